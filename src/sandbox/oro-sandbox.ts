// A simulated Oro back office behind one fetch handler: the same model serves msw (component tests) and the
// local Node server (demo, browser tests). See ../shared/oro-api.md (beside this repository) for the contract it follows.

import { handleApi, unauthorizedResponse } from "./api-router";
import { handleDashboard, handleRecordPage, notFoundPage, recordForPath } from "./back-office";
import type { SandboxContext } from "./context";
import { corsHeaders, preflightResponse, type CorsKind } from "./cors";
import { FaultController, SandboxConnectionDropped, type Fault } from "./faults";
import { errorResponse, jsonApiResponse } from "./json-api";
import { SandboxModel } from "./model";
import {
  handleAuthorize,
  handleLoginCheck,
  handleLoginPage,
  handleLogout,
  handleMetadata,
  handleToken,
  metadataPath,
  oauthNotFoundPage,
} from "./oauth";
import { defaultClient, defaultClientId, type OAuthClient, type SandboxOptions } from "./options";
import { htmlResponse, renderProxyErrorPage } from "./pages";
import { createSeedData } from "./seed";
import { SessionStore } from "./sessions";
import { TokenStore, warmUpSigningKeys, type TokenResponse } from "./tokens";

export interface OroSandbox {
  readonly baseUrl: string;
  readonly backOfficePrefix: "" | "/admin";
  /** The entry point for both transports. Rejects with SandboxConnectionDropped for a dropped connection. */
  fetch(request: Request): Promise<Response>;
  readonly model: SandboxModel;
  readonly faults: FaultController;
  /** Test helper: tokens for a user without going through login and consent. */
  issueTokens(username: string, clientId?: string): Promise<TokenResponse>;
  /** Every access token issued so far answers 401 from now on. */
  expireAccessTokens(): void;
  setLatency(ms: number): void;
  /** Back to the seed: data, tokens, sessions, faults and latency. */
  reset(): void;
}

function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException("The operation was aborted.", "AbortError");
}

/** Waits `ms`, or rejects as soon as the request is aborted (the client gave up on it). */
export function delay(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(abortError(signal));
      return;
    }
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

function untilAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_resolve, reject) => {
    if (signal.aborted) reject(abortError(signal));
    else signal.addEventListener("abort", () => reject(abortError(signal)), { once: true });
  });
}

/** Copies a response with extra headers (responses from redirect() and friends have immutable headers). */
function withHeaders(response: Response, extra: Record<string, string>): Response {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(extra)) headers.set(name, value);
  if (!headers.has("X-Frame-Options")) headers.set("X-Frame-Options", "DENY");
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

function faultResponse(fault: Exclude<Fault, { kind: "drop" } | { kind: "hang" } | { kind: "expire-token" }>): Response {
  switch (fault.kind) {
    case "status":
      return errorResponse(fault.status, [
        {
          title: fault.status >= 500 ? "unexpected error" : "http exception",
          detail: fault.status >= 500 ? "An unexpected error occurred. Please contact the administrator." : `HTTP ${fault.status}`,
        },
      ]);
    case "rate-limit":
      return errorResponse(429, [{ title: "too many requests", detail: "Too many requests. Please try again later." }], {
        "Retry-After": String(fault.retryAfterSeconds),
      });
    case "html":
      return new Response(renderProxyErrorPage(fault.status), { status: fault.status, headers: { "Content-Type": "text/html" } });
    case "body":
      return jsonApiResponse(fault.body, 200);
  }
}

export function createOroSandbox(options: SandboxOptions): OroSandbox {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, "");
  const backOfficePrefix = (options.layout ?? "commerce") === "commerce" ? "/admin" : "";
  const now = options.now ?? (() => Date.now());
  const clients: OAuthClient[] = options.clients ?? [defaultClient(options.redirectUris ?? [])];
  const webApiEnabled = options.webApiEnabled ?? true;
  const corsOrigins = { oauth: options.corsOrigins?.oauth ?? [], api: options.corsOrigins?.api ?? [] };
  warmUpSigningKeys();
  const model = new SandboxModel(createSeedData());
  const tokens = new TokenStore(now);
  const sessions = new SessionStore(baseUrl.startsWith("https:"));
  const faults = new FaultController();
  let latencyMs = options.latencyMs ?? 0;

  const context: SandboxContext = {
    baseUrl,
    backOfficePrefix,
    model,
    tokens,
    sessions,
    clients,
    corsOrigins,
    publishMetadata: options.publishMetadata ?? true,
    now,
  };

  /** Routes one request; `tokenExpired` simulates an expired token for this request only. */
  async function route(request: Request, path: string, url: URL, tokenExpired: boolean): Promise<Response> {
    const cors = (kind: CorsKind, response: Response) => withHeaders(response, corsHeaders(request, corsOrigins[kind], kind));
    const bo = backOfficePrefix;

    if (path === "/oauth2-token") {
      if (!webApiEnabled) return oauthNotFoundPage();
      if (request.method === "OPTIONS") return preflightResponse(request, corsOrigins.oauth, "oauth");
      return cors("oauth", await handleToken(request, context));
    }
    if (path === metadataPath(context) && context.publishMetadata && webApiEnabled) {
      if (request.method === "OPTIONS") return preflightResponse(request, corsOrigins.oauth, "oauth");
      return cors("oauth", handleMetadata(context));
    }
    if (path === `${bo}/api` || path.startsWith(`${bo}/api/`)) {
      if (!webApiEnabled) return errorResponse(404, [{ title: "not found http exception", detail: "No route found." }]);
      if (request.method === "OPTIONS") return preflightResponse(request, corsOrigins.api, "api");
      if (tokenExpired) return cors("api", unauthorizedResponse());
      return cors("api", await handleApi(request, url, path.slice(`${bo}/api/`.length), context));
    }
    if (bo !== "" && (path === "/api" || path.startsWith("/api/"))) {
      // The storefront API: back-office tokens mean nothing here.
      if (request.method === "OPTIONS") return preflightResponse(request, corsOrigins.api, "api");
      return cors("api", unauthorizedResponse());
    }
    if (path === `${bo}/oauth2-token/authorize`) {
      if (!webApiEnabled) return oauthNotFoundPage();
      return handleAuthorize(request, url, context);
    }
    if (path === `${bo}/user/login` && request.method === "GET") return handleLoginPage(request, context);
    if (path === `${bo}/user/login-check` && request.method === "POST") return handleLoginCheck(request, context);
    if (path === `${bo}/user/logout`) return handleLogout(request, context);
    if (path === `${bo}/` || path === bo) return handleDashboard(request, url, context);
    if (bo !== "" && path === "/") {
      return htmlResponse("<!doctype html><title>Storefront</title><h1>Storefront</h1><p>This sandbox simulates the back office only.</p>");
    }
    if (path.startsWith(`${bo}/`)) {
      const ref = recordForPath(path.slice(bo.length));
      if (ref) return handleRecordPage(request, url, ref, context);
    }
    return notFoundPage();
  }

  async function handle(request: Request): Promise<Response> {
    await delay(latencyMs, request.signal);
    const url = new URL(request.url);
    if (basePath !== "" && url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) return notFoundPage();
    const path = url.pathname.slice(basePath.length) || "/";
    const fault = faults.take(request.method, path);
    if (fault === undefined) return withHeaders(await route(request, path, url, false), {});
    switch (fault.kind) {
      case "drop":
        if (fault.when === "after") await route(request, path, url, false);
        throw new SandboxConnectionDropped();
      case "hang":
        return untilAborted(request.signal);
      case "expire-token":
        return withHeaders(await route(request, path, url, true), {});
      case "html":
        return faultResponse(fault);
      default: {
        const kind: CorsKind = path === "/oauth2-token" ? "oauth" : "api";
        return withHeaders(faultResponse(fault), corsHeaders(request, corsOrigins[kind], kind));
      }
    }
  }

  return {
    baseUrl,
    backOfficePrefix,
    fetch: handle,
    model,
    faults,
    async issueTokens(username: string, clientId: string = clients[0]?.clientId ?? defaultClientId) {
      const user = model.userByUsername(username);
      if (!user) throw new Error(`No sandbox user "${username}"`);
      return tokens.issue(user.id, user.username, clientId);
    },
    expireAccessTokens() {
      tokens.expireAllAccessTokens();
    },
    setLatency(ms: number) {
      latencyMs = ms;
    },
    reset() {
      model.replaceData(createSeedData());
      tokens.clear();
      sessions.clear();
      faults.clear();
      latencyMs = options.latencyMs ?? 0;
    },
  };
}
