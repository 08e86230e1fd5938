// OroOAuth2ServerBundle as the connector meets it: authorize (login → consent → code), the token endpoint
// (authorization_code with PKCE S256, rotating refresh tokens) and RFC 8414 metadata. Error payloads and
// hints follow league/oauth2-server, which Oro uses.

import { backOfficeUrl, redirectResponse, type SandboxContext } from "./context";
import { parseRawQuery } from "./json-api";
import type { OAuthClient } from "./options";
import { escapeHtml, htmlResponse, renderConsentPage, renderLoginPage } from "./pages";
import type { Session } from "./sessions";

interface OAuthErrorSpec {
  error: string;
  description: string;
  status: number;
}

const oauthErrors = {
  invalidRequest: {
    error: "invalid_request",
    description:
      "The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed.",
    status: 400,
  },
  invalidClient: { error: "invalid_client", description: "Client authentication failed", status: 401 },
  invalidGrant: {
    error: "invalid_grant",
    description:
      "The provided authorization grant (e.g., authorization code, resource owner credentials) or refresh token is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.",
    status: 400,
  },
  invalidRefreshToken: { error: "invalid_grant", description: "The refresh token is invalid.", status: 400 },
  unsupportedGrantType: {
    error: "unsupported_grant_type",
    description: "The authorization grant type is not supported by the authorization server.",
    status: 400,
  },
  accessDenied: { error: "access_denied", description: "The resource owner or authorization server denied the request.", status: 401 },
} satisfies Record<string, OAuthErrorSpec>;

function oauthPayload(spec: OAuthErrorSpec, hint: string): Record<string, string> {
  const payload: Record<string, string> = { error: spec.error, error_description: spec.description };
  if (hint !== "") payload.hint = hint;
  payload.message = spec.description;
  return payload;
}

function oauthErrorResponse(spec: OAuthErrorSpec, hint: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(oauthPayload(spec, hint)), {
    status: spec.status,
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store", "X-Frame-Options": "DENY", ...headers },
  });
}

const checkParameter = (name: string) => `Check the \`${name}\` parameter`;

function findClient(context: SandboxContext, clientId: string): OAuthClient | undefined {
  return context.clients.find((client) => client.clientId === clientId);
}

function withQuery(uri: string, params: Record<string, string>): string {
  const query = new URLSearchParams(params).toString();
  return `${uri}${uri.includes("?") ? "&" : "?"}${query}`;
}

function queryMap(url: URL): Map<string, string> {
  return new Map(parseRawQuery(url.search));
}

interface ValidAuthorizeRequest {
  client: OAuthClient;
  redirectUri: string;
  state: string | undefined;
  codeChallenge: string | null;
}

const pkcePattern = /^[A-Za-z0-9\-._~]{43,128}$/;

/** league's validateAuthorizationRequest plus Oro's refusal of "plain": a Response when invalid. */
function validateAuthorizeRequest(context: SandboxContext, url: URL): ValidAuthorizeRequest | Response {
  const query = queryMap(url);
  const clientId = query.get("client_id");
  if (query.get("response_type") !== "code" || clientId === undefined) {
    return oauthErrorResponse(oauthErrors.unsupportedGrantType, "Check that all required parameters have been provided");
  }
  const client = findClient(context, clientId);
  if (!client) return oauthErrorResponse(oauthErrors.invalidClient, "");
  let redirectUri = query.get("redirect_uri");
  if (redirectUri === undefined) {
    if (client.redirectUris.length !== 1) return oauthErrorResponse(oauthErrors.invalidClient, "");
    redirectUri = client.redirectUris[0] ?? "";
  } else if (!client.redirectUris.includes(redirectUri)) {
    return oauthErrorResponse(oauthErrors.invalidClient, "");
  }
  const codeChallenge = query.get("code_challenge");
  if (codeChallenge === undefined) {
    if (client.public) {
      return oauthErrorResponse(oauthErrors.invalidRequest, "Code challenge must be provided for public clients");
    }
    return { client, redirectUri, state: query.get("state"), codeChallenge: null };
  }
  const method = query.get("code_challenge_method") ?? "plain";
  if (method !== "S256" && method !== "plain") {
    return oauthErrorResponse(oauthErrors.invalidRequest, "Code challenge method must be one of `S256`, `plain`");
  }
  if (!pkcePattern.test(codeChallenge)) {
    return oauthErrorResponse(oauthErrors.invalidRequest, "Code challenge must follow the specifications of RFC-7636.");
  }
  if (method === "plain") {
    return oauthErrorResponse(oauthErrors.invalidRequest, "Plain code challenge method is not allowed for this client");
  }
  return { client, redirectUri, state: query.get("state"), codeChallenge };
}

function loginRedirect(context: SandboxContext, session: Session, targetPath: string): Response {
  session.targetPath = targetPath;
  return redirectResponse(backOfficeUrl(context, "/user/login"), { "Set-Cookie": context.sessions.cookieHeader(session) });
}

async function readForm(request: Request): Promise<Map<string, string>> {
  const text = await request.text();
  return new Map(parseRawQuery(text));
}

/** GET/POST {bo}/oauth2-token/authorize */
export async function handleAuthorize(request: Request, url: URL, context: SandboxContext): Promise<Response> {
  if (request.method !== "GET" && request.method !== "POST") {
    return htmlResponse("Method Not Allowed", 405, { Allow: "GET, POST" });
  }
  const existing = context.sessions.fromRequest(request);
  const user = existing?.userId === null || existing === undefined ? undefined : context.model.userById(existing.userId);
  if (!existing || !user) {
    return loginRedirect(context, existing ?? context.sessions.create(), url.pathname + url.search);
  }
  const session = existing;
  const validated = validateAuthorizeRequest(context, url);
  if (validated instanceof Response) return validated;

  const complete = (approved: boolean): Response => {
    if (!approved) {
      const params = oauthPayload(oauthErrors.accessDenied, "The user denied the request");
      if (validated.state !== undefined) params.state = validated.state;
      return redirectResponse(withQuery(validated.redirectUri, params));
    }
    const code = context.tokens.createCode({
      clientId: validated.client.clientId,
      redirectUri: validated.redirectUri,
      userId: user.id,
      codeChallenge: validated.codeChallenge,
    });
    const params: Record<string, string> = { code: code.code };
    if (validated.state !== undefined) params.state = validated.state;
    return redirectResponse(withQuery(validated.redirectUri, params));
  };

  if (request.method === "POST") {
    const form = await readForm(request);
    if (form.get("_csrf_token") !== session.csrfToken) {
      return oauthErrorResponse(oauthErrors.invalidRequest, checkParameter("_csrf_token"));
    }
    return complete(form.get("grantAccess") === "true");
  }
  if (validated.client.skipConsent) return complete(true);
  const html = renderConsentPage({
    action: url.pathname + url.search,
    csrfToken: session.csrfToken,
    appName: validated.client.name,
    userName: `${user.firstName} ${user.lastName}`,
  });
  return htmlResponse(html);
}

function appNameForTarget(context: SandboxContext, targetPath: string | null): string | null {
  if (targetPath === null) return null;
  const queryStart = targetPath.indexOf("?");
  if (queryStart === -1) return null;
  const clientId = new Map(parseRawQuery(targetPath.slice(queryStart))).get("client_id");
  return clientId === undefined ? null : (findClient(context, clientId)?.name ?? null);
}

function renderLogin(context: SandboxContext, session: Session, error: string | null, username: string, status = 200): Response {
  const html = renderLoginPage({
    action: `${context.backOfficePrefix}/user/login-check`,
    csrfToken: session.csrfToken,
    appName: appNameForTarget(context, session.targetPath),
    error,
    username,
  });
  return htmlResponse(html, status, { "Set-Cookie": context.sessions.cookieHeader(session) });
}

/** GET {bo}/user/login */
export function handleLoginPage(request: Request, context: SandboxContext): Response {
  const session = context.sessions.fromRequest(request) ?? context.sessions.create();
  if (session.userId !== null) {
    const target = session.targetPath ?? `${context.backOfficePrefix}/`;
    session.targetPath = null;
    return redirectResponse(`${context.baseUrl}${target}`);
  }
  return renderLogin(context, session, null, "");
}

/** POST {bo}/user/login-check */
export async function handleLoginCheck(request: Request, context: SandboxContext): Promise<Response> {
  const form = await readForm(request);
  const username = form.get("_username") ?? "";
  const existing = context.sessions.fromRequest(request);
  if (!existing || form.get("_csrf_token") !== existing.csrfToken) {
    return renderLogin(context, existing ?? context.sessions.create(), "Invalid CSRF token.", username);
  }
  const password = form.get("_password") ?? "";
  const user =
    context.model.userByUsername(username) ??
    context.model.data.users.find((candidate) => candidate.email.toLowerCase() === username.toLowerCase());
  if (!user || !user.enabled || user.password !== password) {
    return renderLogin(context, existing, "Invalid user name or password.", username);
  }
  const session = context.sessions.regenerate(existing);
  session.userId = user.id;
  const target = session.targetPath ?? `${context.backOfficePrefix}/`;
  session.targetPath = null;
  return redirectResponse(`${context.baseUrl}${target}`, { "Set-Cookie": context.sessions.cookieHeader(session) });
}

/** GET {bo}/user/logout */
export function handleLogout(request: Request, context: SandboxContext): Response {
  const session = context.sessions.fromRequest(request);
  if (session) context.sessions.destroy(session);
  return redirectResponse(backOfficeUrl(context, "/user/login"), { "Set-Cookie": context.sessions.expiredCookieHeader() });
}

async function readTokenRequest(request: Request): Promise<Map<string, string> | undefined> {
  const text = await request.text();
  const contentType = (request.headers.get("Content-Type") ?? "").toLowerCase();
  if (contentType.includes("application/json")) {
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
      const result = new Map<string, string>();
      for (const [key, item] of Object.entries(value)) {
        if (typeof item === "string") result.set(key, item);
        else if (typeof item === "number") result.set(key, String(item));
      }
      return result;
    } catch {
      return undefined;
    }
  }
  return new Map(parseRawQuery(text));
}

async function s256(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
  let binary = "";
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function tokenResponse(body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { "Content-Type": "application/json; charset=UTF-8", "Cache-Control": "no-store", Pragma: "no-cache" },
  });
}

/** Looks up and authenticates the client of a token request. */
function tokenClient(context: SandboxContext, params: Map<string, string>): OAuthClient | Response {
  const clientId = params.get("client_id");
  if (clientId === undefined) return oauthErrorResponse(oauthErrors.invalidRequest, checkParameter("client_id"));
  const client = findClient(context, clientId);
  if (!client) return oauthErrorResponse(oauthErrors.invalidClient, "");
  if (!client.public && params.get("client_secret") !== client.secret) return oauthErrorResponse(oauthErrors.invalidClient, "");
  return client;
}

/** POST {base}/oauth2-token (never prefixed). */
export async function handleToken(request: Request, context: SandboxContext): Promise<Response> {
  if (request.method !== "POST") {
    return new Response(null, { status: 405, headers: { Allow: "POST" } });
  }
  const params = await readTokenRequest(request);
  if (!params) return oauthErrorResponse(oauthErrors.unsupportedGrantType, "Check that all required parameters have been provided");
  const grantType = params.get("grant_type");
  if (grantType === "authorization_code") return authorizationCodeGrant(context, params);
  if (grantType === "refresh_token") return refreshTokenGrant(context, params);
  return oauthErrorResponse(oauthErrors.unsupportedGrantType, "Check that all required parameters have been provided");
}

async function authorizationCodeGrant(context: SandboxContext, params: Map<string, string>): Promise<Response> {
  const client = tokenClient(context, params);
  if (client instanceof Response) return client;
  const redirectUri = params.get("redirect_uri");
  if (redirectUri !== undefined && !client.redirectUris.includes(redirectUri)) {
    return oauthErrorResponse(oauthErrors.invalidClient, "");
  }
  const codeValue = params.get("code");
  if (codeValue === undefined) return oauthErrorResponse(oauthErrors.invalidRequest, checkParameter("code"));
  const code = context.tokens.codes.get(codeValue);
  if (!code) return oauthErrorResponse(oauthErrors.invalidRequest, "Cannot decrypt the authorization code");
  if (code.expiresAt <= context.now()) return oauthErrorResponse(oauthErrors.invalidGrant, "Authorization code has expired");
  if (code.used) return oauthErrorResponse(oauthErrors.invalidGrant, "Authorization code has been revoked");
  if (code.clientId !== client.clientId) {
    return oauthErrorResponse(oauthErrors.invalidGrant, "Authorization code was not issued to this client");
  }
  if (redirectUri === undefined || redirectUri !== code.redirectUri) {
    return oauthErrorResponse(oauthErrors.invalidRequest, "Invalid redirect URI");
  }
  if (code.codeChallenge !== null) {
    const verifier = params.get("code_verifier");
    if (verifier === undefined) return oauthErrorResponse(oauthErrors.invalidRequest, checkParameter("code_verifier"));
    if (!pkcePattern.test(verifier)) {
      return oauthErrorResponse(oauthErrors.invalidRequest, "Code Verifier must follow the specifications of RFC-7636.");
    }
    if ((await s256(verifier)) !== code.codeChallenge) {
      return oauthErrorResponse(oauthErrors.invalidGrant, "Failed to verify `code_verifier`.");
    }
  }
  const user = context.model.userById(code.userId);
  if (!user) return oauthErrorResponse(oauthErrors.invalidGrant, "");
  code.used = true;
  return tokenResponse(await context.tokens.issue(user.id, user.username, client.clientId));
}

async function refreshTokenGrant(context: SandboxContext, params: Map<string, string>): Promise<Response> {
  const client = tokenClient(context, params);
  if (client instanceof Response) return client;
  const value = params.get("refresh_token");
  if (value === undefined) return oauthErrorResponse(oauthErrors.invalidRequest, checkParameter("refresh_token"));
  const record = context.tokens.refreshTokens.get(value);
  if (!record) return oauthErrorResponse(oauthErrors.invalidRequest, "Cannot decrypt the refresh token");
  if (record.clientId !== client.clientId) return oauthErrorResponse(oauthErrors.invalidRefreshToken, "Token is not linked to client");
  if (record.expiresAt <= context.now()) return oauthErrorResponse(oauthErrors.invalidRefreshToken, "Token has expired");
  if (record.revoked) return oauthErrorResponse(oauthErrors.invalidRefreshToken, "Token has been revoked");
  const user = context.model.userById(record.userId);
  if (!user || !user.enabled) return oauthErrorResponse(oauthErrors.invalidGrant, "");
  // Rotation: the old refresh token and the access token issued with it stop working at once.
  record.revoked = true;
  context.tokens.revokeAccessToken(record.accessJti);
  return tokenResponse(await context.tokens.issue(user.id, user.username, client.clientId));
}

/** Where RFC 8414 metadata lives for the layout ("/.well-known/oauth-authorization-server[/admin]/oauth2-server"). */
export function metadataPath(context: SandboxContext): string {
  return `/.well-known/oauth-authorization-server${context.backOfficePrefix}/oauth2-server`;
}

export function handleMetadata(context: SandboxContext): Response {
  const body = {
    issuer: backOfficeUrl(context, "/oauth2-server"),
    authorization_endpoint: backOfficeUrl(context, "/oauth2-token/authorize"),
    token_endpoint: `${context.baseUrl}/oauth2-token`,
    response_types_supported: ["code"],
    grant_types_supported: ["authorization_code", "refresh_token"],
    code_challenge_methods_supported: ["S256"],
  };
  return new Response(JSON.stringify(body), { status: 200, headers: { "Content-Type": "application/json" } });
}

/** Used for 404s of the OAuth pages when the Web API is off. */
export function oauthNotFoundPage(): Response {
  return htmlResponse(`<!doctype html><title>Not Found</title><h1>${escapeHtml("404 Not Found")}</h1>`, 404);
}
