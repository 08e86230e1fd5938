// Helpers for tests that drive the sandbox like a browser would: PKCE pairs, a cookie-keeping page client
// that follows nothing by itself, and the whole sign-in dance through the real login and consent pages.

import { z } from "zod";
import { createOroClient, type OroClient, type OroClientOptions } from "../oro/oro-client";
import type { OroSandbox } from "./oro-sandbox";

export async function createPkcePair(): Promise<{ verifier: string; challenge: string }> {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  const verifier = base64Url(bytes);
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)));
  return { verifier, challenge: base64Url(digest) };
}

function base64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Reads the value attribute of the hidden input with the given name from a page. */
export function hiddenInputValue(html: string, name: string): string | undefined {
  const match = new RegExp(`<input[^>]*name="${name}"[^>]*value="([^"]*)"`).exec(html);
  return match?.[1];
}

/** A minimal browser: keeps the session cookie and resolves relative form actions; redirects are not followed. */
export class PageClient {
  private cookie: string | undefined;
  private readonly sandbox: OroSandbox;

  constructor(sandbox: OroSandbox) {
    this.sandbox = sandbox;
  }

  private remember(response: Response): Response {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      if (pair !== undefined) this.cookie = pair.endsWith("=deleted") ? undefined : pair;
    }
    return response;
  }

  private absolute(url: string): string {
    return new URL(url, this.sandbox.baseUrl).toString();
  }

  async get(url: string): Promise<Response> {
    const headers: Record<string, string> = this.cookie === undefined ? {} : { Cookie: this.cookie };
    return this.remember(await this.sandbox.fetch(new Request(this.absolute(url), { headers, redirect: "manual" })));
  }

  async postForm(url: string, fields: Record<string, string>): Promise<Response> {
    const headers: Record<string, string> = { "Content-Type": "application/x-www-form-urlencoded" };
    if (this.cookie !== undefined) headers.Cookie = this.cookie;
    const body = new URLSearchParams(fields).toString();
    return this.remember(
      await this.sandbox.fetch(new Request(this.absolute(url), { method: "POST", headers, body, redirect: "manual" })),
    );
  }
}

export function formAction(html: string): string {
  const match = /<form[^>]*action="([^"]*)"/.exec(html);
  if (!match?.[1]) throw new Error("The page has no form");
  return match[1].replace(/&amp;/g, "&");
}

/**
 * Runs the authorization-code flow through the real pages (authorize → login → authorize → consent) and
 * returns the final redirect to the client's redirect URI.
 */
export async function authorizeThroughPages(
  sandbox: OroSandbox,
  options: {
    authorizeUrl: string;
    username: string;
    password: string;
    decision?: "grant" | "cancel";
  },
): Promise<URL> {
  const browser = new PageClient(sandbox);
  const toLogin = await browser.get(options.authorizeUrl);
  const loginUrl = toLogin.headers.get("Location");
  if (toLogin.status !== 302 || loginUrl === null) throw new Error(`Expected a redirect to login, got ${toLogin.status}`);
  const loginPage = await (await browser.get(loginUrl)).text();
  const afterLogin = await browser.postForm(formAction(loginPage), {
    _username: options.username,
    _password: options.password,
    _csrf_token: hiddenInputValue(loginPage, "_csrf_token") ?? "",
  });
  const back = afterLogin.headers.get("Location");
  if (afterLogin.status !== 302 || back === null) throw new Error(`Login failed with ${afterLogin.status}`);
  const consent = await browser.get(back);
  if (consent.status === 302) return new URL(consent.headers.get("Location") ?? "");
  const consentPage = await consent.text();
  const decided = await browser.postForm(formAction(consentPage), {
    _csrf_token: hiddenInputValue(consentPage, "_csrf_token") ?? "",
    grantAccess: options.decision === "cancel" ? "false" : "true",
  });
  return new URL(decided.headers.get("Location") ?? "");
}

const resourceSchema = z.object({
  type: z.string(),
  id: z.string(),
  meta: z.record(z.string(), z.unknown()).optional(),
  links: z.record(z.string(), z.string()).optional(),
  attributes: z.record(z.string(), z.unknown()).optional(),
  relationships: z.record(z.string(), z.object({ data: z.unknown() })).optional(),
});

export const jsonApiListSchema = z.object({
  data: z.array(resourceSchema),
  links: z.object({ next: z.string() }).optional(),
  included: z.array(resourceSchema).optional(),
});

export const jsonApiSingleSchema = z.object({
  data: resourceSchema,
  included: z.array(resourceSchema).optional(),
});

export const jsonApiErrorsSchema = z.object({
  errors: z.array(
    z.object({
      status: z.string(),
      title: z.string(),
      detail: z.string().optional(),
      source: z.object({ pointer: z.string().optional(), parameter: z.string().optional() }).optional(),
    }),
  ),
});

/** Calls the back-office API as a user (tokens issued directly), with the JSON:API media type. */
export async function apiClient(sandbox: OroSandbox, username: string) {
  const { access_token: accessToken } = await sandbox.issueTokens(username);
  const url = (path: string) => `${sandbox.baseUrl}${sandbox.backOfficePrefix}/api/${path}`;
  const request = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    sandbox.fetch(
      new Request(url(path), {
        method,
        headers: {
          Authorization: `Bearer ${accessToken}`,
          Accept: "application/vnd.api+json",
          ...(body === undefined ? {} : { "Content-Type": "application/vnd.api+json" }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
  return {
    accessToken,
    get: (path: string, headers?: Record<string, string>) => request("GET", path, undefined, headers),
    post: (path: string, body: unknown) => request("POST", path, body),
    patch: (path: string, body: unknown) => request("PATCH", path, body),
    delete: (path: string, body?: unknown) => request("DELETE", path, body),
    async list(path: string) {
      const response = await request("GET", path);
      if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
      return jsonApiListSchema.parse(await response.json());
    },
  };
}

/**
 * The pane's Oro client signed in to the sandbox as `username` (tokens issued directly). A 401 gets a fresh token,
 * and the token it rejected goes into `refreshes`. Requests go straight to the sandbox unless `options.fetch` sends
 * them elsewhere (through msw, say).
 */
export async function sandboxOroClient(
  sandbox: OroSandbox,
  username: string,
  options: Pick<OroClientOptions, "fetch" | "timeoutMs" | "retry"> = {},
): Promise<{ client: OroClient; refreshes: string[] }> {
  let tokens = await sandbox.issueTokens(username);
  const refreshes: string[] = [];
  const client = createOroClient({
    ...options,
    apiBaseUrl: `${sandbox.baseUrl}${sandbox.backOfficePrefix}/api`,
    getAccessToken: () => Promise.resolve(tokens.access_token),
    onUnauthorized: async (rejected) => {
      refreshes.push(rejected);
      tokens = await sandbox.issueTokens(username);
      return tokens.access_token;
    },
    fetch: options.fetch ?? ((input, init) => sandbox.fetch(new Request(input, init))),
  });
  return { client, refreshes };
}
