import { describe, expect, test } from "vitest";
import { z } from "zod";
import { createOroSandbox, type OroSandbox } from "./oro-sandbox";
import type { SandboxOptions } from "./options";
import { PageClient, authorizeThroughPages, createPkcePair, formAction, hiddenInputValue } from "./testing";

const base = "https://oro.test";
const redirectUri = "http://localhost/auth-callback.html";
const clientId = "oro-outlook-connector";
const tokenSchema = z.object({
  token_type: z.literal("Bearer"),
  expires_in: z.number(),
  access_token: z.string(),
  refresh_token: z.string(),
});

function sandboxWith(options: Partial<SandboxOptions> = {}): OroSandbox {
  return createOroSandbox({ baseUrl: base, redirectUris: [redirectUri], ...options });
}

function authorizeUrl(sandbox: OroSandbox, params: Record<string, string>): string {
  const query = new URLSearchParams({ response_type: "code", client_id: clientId, redirect_uri: redirectUri, ...params });
  return `${base}${sandbox.backOfficePrefix}/oauth2-token/authorize?${query.toString()}`;
}

async function tokenRequest(sandbox: OroSandbox, body: Record<string, string>, as: "json" | "form" = "json"): Promise<Response> {
  const init =
    as === "json"
      ? { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }
      : { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(body).toString() };
  return sandbox.fetch(new Request(`${base}/oauth2-token`, init));
}

async function codeFor(sandbox: OroSandbox, challenge: string, state = "s-1"): Promise<string> {
  const url = await authorizeThroughPages(sandbox, {
    authorizeUrl: authorizeUrl(sandbox, { state, code_challenge: challenge, code_challenge_method: "S256" }),
    username: "sales",
    password: "sales",
  });
  return url.searchParams.get("code") ?? "";
}

function userProfile(sandbox: OroSandbox, accessToken: string): Promise<Response> {
  return sandbox.fetch(
    new Request(`${base}${sandbox.backOfficePrefix}/api/userprofile`, {
      headers: { Authorization: `Bearer ${accessToken}`, Accept: "application/vnd.api+json" },
    }),
  );
}

describe("authorize through the back-office pages", () => {
  test("an anonymous authorize request is sent to the login page, which names the app and hints the demo users", async () => {
    const sandbox = sandboxWith();
    const browser = new PageClient(sandbox);
    const { challenge } = await createPkcePair();
    const response = await browser.get(authorizeUrl(sandbox, { state: "x", code_challenge: challenge, code_challenge_method: "S256" }));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`${base}/admin/user/login`);
    const cookie = response.headers.get("Set-Cookie") ?? "";
    expect(cookie).toMatch(/^BAPID=/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");

    const login = await browser.get(`${base}/admin/user/login`);
    expect(login.headers.get("X-Frame-Options")).toBe("DENY");
    const html = await login.text();
    expect(html).toContain("Sign in to continue to &quot;Outlook connector&quot;");
    expect(html).toContain('method="post"');
    expect(html).toContain("Sandbox");
    expect(html).toContain("<code>admin</code> / <code>admin</code>");
    expect(html).toContain("<code>sales</code> / <code>sales</code>");
  });

  test("a wrong password re-renders the login page with Oro's message", async () => {
    const sandbox = sandboxWith();
    const browser = new PageClient(sandbox);
    const page = await (await browser.get(`${base}/admin/user/login`)).text();
    const response = await browser.postForm(formAction(page), {
      _username: "sales",
      _password: "wrong",
      _csrf_token: hiddenInputValue(page, "_csrf_token") ?? "",
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Invalid user name or password.");
    expect(html).toContain('value="sales"');
  });

  test("after login the consent page asks about the app, with Grant and Cancel in a CSRF-protected form", async () => {
    const sandbox = sandboxWith();
    const browser = new PageClient(sandbox);
    const { challenge } = await createPkcePair();
    const url = authorizeUrl(sandbox, { state: "x", code_challenge: challenge, code_challenge_method: "S256" });
    await browser.get(url);
    const page = await (await browser.get(`${base}/admin/user/login`)).text();
    const login = await browser.postForm(formAction(page), {
      _username: "admin",
      _password: "admin",
      _csrf_token: hiddenInputValue(page, "_csrf_token") ?? "",
    });
    expect(login.headers.get("Location")).toBe(url);
    const consent = await browser.get(url);
    expect(consent.status).toBe(200);
    expect(consent.headers.get("X-Frame-Options")).toBe("DENY");
    const html = await consent.text();
    expect(html).toContain("&quot;Outlook connector&quot; wants to access your account.");
    expect(html).toMatch(/<button[^>]*value="true"[^>]*>Grant<\/button>/);
    expect(html).toMatch(/<button[^>]*value="false"[^>]*>Cancel<\/button>/);
    expect(hiddenInputValue(html, "_csrf_token")).toBeTruthy();

    const forged = await browser.postForm(formAction(html), { _csrf_token: "forged", grantAccess: "true" });
    expect(forged.status).toBe(400);
    expect(await forged.json()).toMatchObject({ error: "invalid_request" });
  });

  test("Grant redirects with a code and the state; the code and verifier buy tokens that open the API", async () => {
    const sandbox = sandboxWith();
    const { verifier, challenge } = await createPkcePair();
    const redirect = await authorizeThroughPages(sandbox, {
      authorizeUrl: authorizeUrl(sandbox, { state: "state-42", code_challenge: challenge, code_challenge_method: "S256" }),
      username: "sales",
      password: "sales",
    });
    expect(`${redirect.origin}${redirect.pathname}`).toBe(redirectUri);
    expect(redirect.searchParams.get("state")).toBe("state-42");
    const code = redirect.searchParams.get("code") ?? "";
    expect(code).not.toBe("");

    const response = await tokenRequest(sandbox, { grant_type: "authorization_code", client_id: clientId, redirect_uri: redirectUri, code, code_verifier: verifier });
    expect(response.status).toBe(200);
    const { access_token: accessToken, refresh_token: refreshToken, expires_in: expiresIn } = tokenSchema.parse(await response.json());
    expect(expiresIn).toBe(3600);
    expect(accessToken.split(".")).toHaveLength(3);
    expect(refreshToken).not.toBe("");

    const profile = await userProfile(sandbox, accessToken);
    expect(profile.status).toBe(200);
    expect(await profile.json()).toMatchObject({ data: { type: "users", attributes: { username: "sales" } } });
  });

  test("a form-encoded token request works like a JSON one", async () => {
    const sandbox = sandboxWith();
    const { verifier, challenge } = await createPkcePair();
    const code = await codeFor(sandbox, challenge);
    const response = await tokenRequest(
      sandbox,
      { grant_type: "authorization_code", client_id: clientId, redirect_uri: redirectUri, code, code_verifier: verifier },
      "form",
    );
    expect(response.status).toBe(200);
  });

  test("Cancel redirects with access_denied and the state", async () => {
    const sandbox = sandboxWith();
    const { challenge } = await createPkcePair();
    const redirect = await authorizeThroughPages(sandbox, {
      authorizeUrl: authorizeUrl(sandbox, { state: "st", code_challenge: challenge, code_challenge_method: "S256" }),
      username: "sales",
      password: "sales",
      decision: "cancel",
    });
    expect(redirect.searchParams.get("error")).toBe("access_denied");
    expect(redirect.searchParams.get("error_description")).toBe("The resource owner or authorization server denied the request.");
    expect(redirect.searchParams.get("state")).toBe("st");
    expect(redirect.searchParams.has("code")).toBe(false);
  });

  test("a client set to skip consent gets its code right after login", async () => {
    const sandbox = sandboxWith({
      clients: [{ clientId, name: "Outlook connector", redirectUris: [redirectUri], public: true, skipConsent: true }],
    });
    const { challenge } = await createPkcePair();
    const redirect = await authorizeThroughPages(sandbox, {
      authorizeUrl: authorizeUrl(sandbox, { state: "s", code_challenge: challenge, code_challenge_method: "S256" }),
      username: "sales",
      password: "sales",
    });
    expect(redirect.searchParams.get("code")).toBeTruthy();
  });

  async function signedInBrowser(sandbox: OroSandbox): Promise<PageClient> {
    const browser = new PageClient(sandbox);
    const page = await (await browser.get(`${base}${sandbox.backOfficePrefix}/user/login`)).text();
    await browser.postForm(formAction(page), { _username: "sales", _password: "sales", _csrf_token: hiddenInputValue(page, "_csrf_token") ?? "" });
    return browser;
  }

  test("an unregistered redirect URI is refused without redirecting", async () => {
    const sandbox = sandboxWith();
    const browser = await signedInBrowser(sandbox);
    const { challenge } = await createPkcePair();
    const response = await browser.get(
      authorizeUrl(sandbox, { redirect_uri: "https://evil.example/cb", code_challenge: challenge, code_challenge_method: "S256" }),
    );
    expect(response.status).toBe(401);
    expect(response.headers.get("Location")).toBeNull();
    expect(await response.json()).toMatchObject({ error: "invalid_client", message: "Client authentication failed" });
  });

  test("an unknown client is refused without redirecting", async () => {
    const sandbox = sandboxWith();
    const browser = await signedInBrowser(sandbox);
    const { challenge } = await createPkcePair();
    const response = await browser.get(authorizeUrl(sandbox, { client_id: "nobody", code_challenge: challenge, code_challenge_method: "S256" }));
    expect(response.status).toBe(401);
    expect(response.headers.get("Location")).toBeNull();
  });

  test("a public client without a code challenge gets invalid_request", async () => {
    const sandbox = sandboxWith();
    const browser = await signedInBrowser(sandbox);
    const response = await browser.get(authorizeUrl(sandbox, { state: "s" }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid_request", hint: "Code challenge must be provided for public clients" });
  });

  test("the plain challenge method is refused", async () => {
    const sandbox = sandboxWith();
    const browser = await signedInBrowser(sandbox);
    const { verifier } = await createPkcePair();
    const response = await browser.get(authorizeUrl(sandbox, { code_challenge: verifier, code_challenge_method: "plain" }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid_request", hint: "Plain code challenge method is not allowed for this client" });
  });
});

describe("the token endpoint", () => {
  test("a wrong code verifier is invalid_grant", async () => {
    const sandbox = sandboxWith();
    const { challenge } = await createPkcePair();
    const other = await createPkcePair();
    const code = await codeFor(sandbox, challenge);
    const response = await tokenRequest(sandbox, { grant_type: "authorization_code", client_id: clientId, redirect_uri: redirectUri, code, code_verifier: other.verifier });
    expect(response.status).toBe(400);
    const body = z.record(z.string(), z.string()).parse(await response.json());
    expect(body).toMatchObject({ error: "invalid_grant", hint: "Failed to verify `code_verifier`." });
    expect(Object.keys(body).sort()).toEqual(["error", "error_description", "hint", "message"]);
  });

  test("a code works only once", async () => {
    const sandbox = sandboxWith();
    const { verifier, challenge } = await createPkcePair();
    const code = await codeFor(sandbox, challenge);
    const request = { grant_type: "authorization_code", client_id: clientId, redirect_uri: redirectUri, code, code_verifier: verifier };
    expect((await tokenRequest(sandbox, request)).status).toBe(200);
    const reused = await tokenRequest(sandbox, request);
    expect(reused.status).toBe(400);
    expect(await reused.json()).toMatchObject({ error: "invalid_grant", hint: "Authorization code has been revoked" });
  });

  test("a code expires after 600 seconds", async () => {
    let now = Date.UTC(2025, 5, 1);
    const sandbox = sandboxWith({ now: () => now });
    const { verifier, challenge } = await createPkcePair();
    const code = await codeFor(sandbox, challenge);
    now += 601_000;
    const response = await tokenRequest(sandbox, { grant_type: "authorization_code", client_id: clientId, redirect_uri: redirectUri, code, code_verifier: verifier });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid_grant", hint: "Authorization code has expired" });
  });

  test("the redirect URI must match the one of the authorize request", async () => {
    const sandbox = sandboxWith();
    const { verifier, challenge } = await createPkcePair();
    const code = await codeFor(sandbox, challenge);
    const response = await tokenRequest(sandbox, { grant_type: "authorization_code", client_id: clientId, code, code_verifier: verifier });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid_request" });
  });

  test("an unknown client is invalid_client (401)", async () => {
    const sandbox = sandboxWith();
    const response = await tokenRequest(sandbox, { grant_type: "refresh_token", client_id: "nobody", refresh_token: "x" });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: "invalid_client" });
  });

  test("refresh tokens rotate: the old refresh token and the old access token stop working", async () => {
    const sandbox = sandboxWith();
    const first = await sandbox.issueTokens("sales");
    const refreshed = await tokenRequest(sandbox, { grant_type: "refresh_token", client_id: clientId, refresh_token: first.refresh_token });
    expect(refreshed.status).toBe(200);
    const second = tokenSchema.parse(await refreshed.json());
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(second.expires_in).toBe(3600);

    const replay = await tokenRequest(sandbox, { grant_type: "refresh_token", client_id: clientId, refresh_token: first.refresh_token });
    expect(replay.status).toBe(400);
    expect(await replay.json()).toMatchObject({ error: "invalid_grant", hint: "Token has been revoked" });
    expect((await userProfile(sandbox, first.access_token)).status).toBe(401);
    expect((await userProfile(sandbox, second.access_token)).status).toBe(200);
  });

  test("access tokens expire after an hour, refresh tokens after 30 days", async () => {
    let now = Date.UTC(2025, 5, 1);
    const sandbox = sandboxWith({ now: () => now });
    const tokens = await sandbox.issueTokens("sales");
    now += 3601_000;
    expect((await userProfile(sandbox, tokens.access_token)).status).toBe(401);
    now += 30 * 24 * 3600_000;
    const refresh = await tokenRequest(sandbox, { grant_type: "refresh_token", client_id: clientId, refresh_token: tokens.refresh_token });
    expect(refresh.status).toBe(400);
    expect(await refresh.json()).toMatchObject({ error: "invalid_grant", hint: "Token has expired" });
  });

  test("expireAccessTokens() makes every issued access token answer 401 while refresh still works", async () => {
    const sandbox = sandboxWith();
    const tokens = await sandbox.issueTokens("admin");
    sandbox.expireAccessTokens();
    expect((await userProfile(sandbox, tokens.access_token)).status).toBe(401);
    const refresh = await tokenRequest(sandbox, { grant_type: "refresh_token", client_id: clientId, refresh_token: tokens.refresh_token });
    expect(refresh.status).toBe(200);
  });

  test("an unsupported grant type is refused", async () => {
    const sandbox = sandboxWith();
    const response = await tokenRequest(sandbox, { grant_type: "password", client_id: clientId });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "unsupported_grant_type" });
  });
});

describe("layouts and metadata", () => {
  test("the platform layout has no /admin prefix anywhere", async () => {
    const sandbox = sandboxWith({ layout: "platform" });
    expect(sandbox.backOfficePrefix).toBe("");
    const { verifier, challenge } = await createPkcePair();
    const browser = new PageClient(sandbox);
    const toLogin = await browser.get(authorizeUrl(sandbox, { code_challenge: challenge, code_challenge_method: "S256" }));
    expect(toLogin.headers.get("Location")).toBe(`${base}/user/login`);
    const code = await codeFor(sandbox, challenge);
    const tokens = await tokenRequest(sandbox, { grant_type: "authorization_code", client_id: clientId, redirect_uri: redirectUri, code, code_verifier: verifier });
    const { access_token: accessToken } = tokenSchema.parse(await tokens.json());
    expect((await userProfile(sandbox, accessToken)).status).toBe(200);
    const adminApi = await sandbox.fetch(new Request(`${base}/admin/api/userprofile`, { headers: { Authorization: `Bearer ${accessToken}` } }));
    expect(adminApi.status).toBe(404);
  });

  test("RFC 8414 metadata is published per layout", async () => {
    const commerce = sandboxWith();
    const response = await commerce.fetch(new Request(`${base}/.well-known/oauth-authorization-server/admin/oauth2-server`));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      authorization_endpoint: `${base}/admin/oauth2-token/authorize`,
      token_endpoint: `${base}/oauth2-token`,
      code_challenge_methods_supported: ["S256"],
    });
    const platform = sandboxWith({ layout: "platform" });
    const platformMetadata = await platform.fetch(new Request(`${base}/.well-known/oauth-authorization-server/oauth2-server`));
    expect(await platformMetadata.json()).toMatchObject({ authorization_endpoint: `${base}/oauth2-token/authorize` });
  });

  test("without metadata (before 6.1.8) the well-known URL is a 404", async () => {
    const sandbox = sandboxWith({ publishMetadata: false });
    const response = await sandbox.fetch(new Request(`${base}/.well-known/oauth-authorization-server/admin/oauth2-server`));
    expect(response.status).toBe(404);
  });

  test("with the Web API off, API, token and authorize endpoints are 404", async () => {
    const sandbox = sandboxWith({ webApiEnabled: false });
    const tokens = await sandbox.issueTokens("sales");
    expect((await userProfile(sandbox, tokens.access_token)).status).toBe(404);
    expect((await tokenRequest(sandbox, { grant_type: "refresh_token", client_id: clientId, refresh_token: tokens.refresh_token })).status).toBe(404);
    expect((await sandbox.fetch(new Request(authorizeUrl(sandbox, {})))).status).toBe(404);
  });
});
