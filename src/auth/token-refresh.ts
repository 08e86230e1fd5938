// Refreshing the access token: one form-encoded POST to Oro's token endpoint (grant_type=refresh_token) with plain
// fetch, the answer checked with zod/mini. Every restored session starts with it, so it carries no OAuth library;
// the sign-in flow (pkce-flow.ts, loaded on demand) reads Oro's error bodies with the same rules.
import { z } from "zod/mini";
import type { OroConnection } from "./oro-endpoints";

export type TokenSet = {
  accessToken: string;
  /** Oro always rotates: null only if a server ever answers without one (then the old one stays valid). */
  refreshToken: string | null;
  expiresInSeconds: number;
};

/** Why a token endpoint call failed, as far as the pane can tell. */
export type TokenEndpointFailure =
  /** Oro answered with its OAuth error JSON `{ error, error_description, hint, message }`. */
  | { kind: "oauth"; status: number; error: string; description?: string }
  /** No readable answer: offline, Oro down, or CORS not allowing this origin. */
  | { kind: "network" }
  /** 5xx, or an answer that is not a token response. */
  | { kind: "server"; status?: number };

export class TokenEndpointError extends Error {
  readonly failure: TokenEndpointFailure;

  constructor(failure: TokenEndpointFailure, options?: { cause?: unknown }) {
    super(`Oro's token endpoint failed: ${failure.kind === "oauth" ? failure.error : failure.kind}`, options);
    this.name = "TokenEndpointError";
    this.failure = failure;
  }
}

/**
 * True when Oro refused the refresh token itself (revoked, expired, already rotated, unreadable): only then is the
 * session over. league/oauth2-server (Oro's) says `invalid_grant`; its releases before 8.x, and some of Oro's own
 * checks, say `invalid_request` about the refresh token ("The refresh token is invalid.", "Cannot decrypt the
 * refresh token"): retrying such a token can never succeed either.
 */
export function isRefreshTokenRejected(failure: TokenEndpointFailure): boolean {
  if (failure.kind !== "oauth") return false;
  if (failure.error === "invalid_grant") return true;
  return failure.error === "invalid_request" && /refresh token/i.test(failure.description ?? "");
}

const nonEmpty = z.string().check(z.minLength(1));

const oauthErrorSchema = z.object({
  error: nonEmpty,
  error_description: z.optional(z.string()),
  hint: z.optional(z.string()),
  message: z.optional(z.string()),
});

/** RFC 6749 §5.1 as Oro answers it; expires_in may come as a numeric string from some proxies. */
const tokenResponseSchema = z.object({
  access_token: nonEmpty,
  token_type: nonEmpty.check(
    z.toLowerCase(),
    z.refine((type) => type === "bearer"),
  ),
  expires_in: z.optional(
    z.pipe(
      z.union([
        z.number(),
        z.pipe(
          z.string(),
          z.transform((text) => Number.parseFloat(text)),
        ),
      ]),
      z.number().check(z.nonnegative()),
    ),
  ),
  refresh_token: z.optional(nonEmpty),
  scope: z.optional(z.string()),
});

/** An OAuth error body (`{ error, ... }`) as a failure; a body that is not one makes it a server failure. */
export function oauthFailureFrom(status: number, body: unknown): TokenEndpointFailure {
  const parsed = oauthErrorSchema.safeParse(body);
  if (!parsed.success) return { kind: "server", status };
  const { error, error_description, hint, message } = parsed.data;
  // Oro's hint is often the useful part ("Cannot decrypt the authorization code").
  const description = [error_description ?? message, hint]
    .filter((part) => part !== undefined && part !== "")
    .join(" ");
  return description === ""
    ? { kind: "oauth", status, error }
    : { kind: "oauth", status, error, description };
}

/** A fetch that threw: the browser could not read any answer (offline, timeout, CORS). */
export function isNetworkFailure(error: unknown): boolean {
  return (
    error instanceof TypeError ||
    (error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError"))
  );
}

/** One refresh with rotation; throws TokenEndpointError (see isRefreshTokenRejected for what ends a session). */
export async function refreshTokens(options: {
  connection: Pick<OroConnection, "tokenEndpoint">;
  clientId: string;
  refreshToken: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}): Promise<TokenSet> {
  const doFetch =
    options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  // A public client authenticates by naming itself in the body (no secret, no Authorization header).
  const body = new URLSearchParams({
    grant_type: "refresh_token",
    client_id: options.clientId,
    refresh_token: options.refreshToken,
  });
  let status: number;
  let text: string;
  let challenge: string | null;
  try {
    const response = await doFetch(options.connection.tokenEndpoint, {
      method: "POST",
      // Both headers are CORS-safelisted: the request needs no preflight.
      headers: {
        accept: "application/json",
        "content-type": "application/x-www-form-urlencoded;charset=UTF-8",
      },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(options.timeoutMs ?? 20_000),
    });
    status = response.status;
    challenge = response.headers.get("www-authenticate");
    text = await response.text();
  } catch (error) {
    throw new TokenEndpointError(isNetworkFailure(error) ? { kind: "network" } : { kind: "server" }, {
      cause: error,
    });
  }
  const json = parseJson(text);
  if (status !== 200) throw new TokenEndpointError(failureOfAnswer(status, json, challenge));
  const parsed = tokenResponseSchema.safeParse(json);
  if (!parsed.success) throw new TokenEndpointError({ kind: "server", status }, { cause: parsed.error });
  return {
    accessToken: parsed.data.access_token,
    refreshToken: parsed.data.refresh_token ?? null,
    // Oro's access token is a JWT, but it is treated as opaque: its lifetime comes from expires_in.
    expiresInSeconds: parsed.data.expires_in ?? 3600,
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function failureOfAnswer(status: number, json: unknown, challenge: string | null): TokenEndpointFailure {
  if (status >= 400 && status < 500) {
    const failure = oauthFailureFrom(status, json);
    if (failure.kind === "oauth") return failure;
  }
  // Oro adds a Bearer challenge to some 401s; when the browser may read it and the body said nothing, it names
  // the error (or the client was not accepted).
  if (challenge !== null) {
    const named = /\berror="?([^",\s]+)"?/i.exec(challenge)?.[1];
    return { kind: "oauth", status, error: named ?? "invalid_client" };
  }
  // 5xx, a redirect (opaque with redirect: "manual", status 0) or a 4xx that is not OAuth's.
  return status > 0 ? { kind: "server", status } : { kind: "server" };
}
