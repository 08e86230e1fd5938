// The OAuth 2.0 authorization code flow with PKCE (S256) as a public client, on top of oauth4webapi.
// The verifier and state never leave the pane's memory: only the challenge travels, inside the dialog URL.
// Part of the sign-in flow, loaded on demand (sign-in.ts); refreshing tokens lives in token-refresh.ts.
import * as oauth from "oauth4webapi";
import { z } from "zod/mini";
import { callbackMessageType, redirectUriFor, startPagePath, type CallbackMessage } from "./callback-message";
import { ConnectError, type ConnectFailure } from "./connect-error";
import { hostOf, isReachable, issuerFor, type OroConnection } from "./oro-endpoints";
import {
  isNetworkFailure,
  oauthFailureFrom,
  TokenEndpointError,
  type TokenEndpointFailure,
  type TokenSet,
} from "./token-refresh";

export type AuthorizationRequest = {
  connection: OroConnection;
  clientId: string;
  redirectUri: string;
  state: string;
  codeVerifier: string;
  /** Oro's authorize URL with the challenge (never the verifier). */
  authorizeUrl: string;
  /** The same-origin start page the dialog opens; it redirects to `authorizeUrl`. */
  dialogUrl: string;
};

function dialogUrlFor(paneOrigin: string, authorizeUrl: string): string {
  return `${paneOrigin}${startPagePath}?authorize=${encodeURIComponent(authorizeUrl)}`;
}

function authorizationServerFor(connection: OroConnection): oauth.AuthorizationServer {
  return {
    issuer: issuerFor(connection),
    authorization_endpoint: connection.authorizationEndpoint,
    token_endpoint: connection.tokenEndpoint,
    code_challenge_methods_supported: ["S256"],
  };
}

export async function createAuthorizationRequest(options: {
  connection: OroConnection;
  clientId: string;
  paneOrigin: string;
}): Promise<AuthorizationRequest> {
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const codeChallenge = await oauth.calculatePKCECodeChallenge(codeVerifier);
  const redirectUri = redirectUriFor(options.paneOrigin);
  const url = new URL(options.connection.authorizationEndpoint);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("client_id", options.clientId);
  url.searchParams.set("redirect_uri", redirectUri);
  url.searchParams.set("state", state);
  url.searchParams.set("code_challenge", codeChallenge);
  url.searchParams.set("code_challenge_method", "S256");
  const authorizeUrl = url.href;
  return {
    connection: options.connection,
    clientId: options.clientId,
    redirectUri,
    state,
    codeVerifier,
    authorizeUrl,
    dialogUrl: dialogUrlFor(options.paneOrigin, authorizeUrl),
  };
}

/** What the callback page sends to the pane (as JSON text). */
const callbackMessageSchema: z.ZodMiniType<CallbackMessage> = z.object({
  type: z.literal(callbackMessageType),
  code: z.optional(z.string().check(z.minLength(1))),
  state: z.optional(z.string()),
  error: z.optional(z.string().check(z.minLength(1))),
  errorDescription: z.optional(z.string()),
});

export function parseCallbackMessage(text: string): CallbackMessage | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = callbackMessageSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/**
 * Turns the dialog's callback into tokens: checks state, reads Oro's error if it sent one, exchanges the code
 * with the verifier. Throws ConnectError for every way this can fail.
 */
export async function completeAuthorization(
  request: AuthorizationRequest,
  callback: CallbackMessage,
  options: { fetch?: typeof fetch; paneOrigin?: string } = {},
): Promise<TokenSet> {
  const facts: Omit<ConnectFailure, "kind"> = {
    host: hostOf(request.connection.baseUrl),
    redirectUri: request.redirectUri,
    ...(options.paneOrigin === undefined ? {} : { paneOrigin: options.paneOrigin }),
  };
  // Compared before anything else: an answer to someone else's request is never looked at further.
  if (callback.state !== request.state) throw new ConnectError({ kind: "state-mismatch", ...facts });

  const as = authorizationServerFor(request.connection);
  const client: oauth.Client = { client_id: request.clientId };
  const parameters = new URLSearchParams();
  if (callback.code !== undefined) parameters.set("code", callback.code);
  if (callback.state !== undefined) parameters.set("state", callback.state);
  if (callback.error !== undefined) parameters.set("error", callback.error);
  if (callback.errorDescription !== undefined) parameters.set("error_description", callback.errorDescription);

  let validated: URLSearchParams;
  try {
    validated = oauth.validateAuthResponse(as, client, parameters, request.state);
  } catch (error) {
    if (error instanceof oauth.AuthorizationResponseError) {
      const description = error.error_description;
      throw new ConnectError(
        {
          kind: error.error === "access_denied" ? "access-denied" : "authorization-error",
          ...facts,
          ...(description ? { description } : {}),
        },
        { cause: error },
      );
    }
    throw new ConnectError({ kind: "state-mismatch", ...facts }, { cause: error });
  }
  if (callback.code === undefined) throw new ConnectError({ kind: "state-mismatch", ...facts });

  const doFetch =
    options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  try {
    return await readTokenResponse(async () => {
      const response = await oauth.authorizationCodeGrantRequest(
        as,
        client,
        oauth.None(),
        validated,
        request.redirectUri,
        request.codeVerifier,
        requestOptions(as, doFetch),
      );
      return oauth.processAuthorizationCodeResponse(as, client, response);
    });
  } catch (error) {
    if (!(error instanceof TokenEndpointError)) throw error;
    const failure = error.failure;
    if (failure.kind === "network") {
      // The dialog just showed Oro's pages, so Oro is usually up: a fetch that cannot be read is then CORS.
      const reachable = await isReachable(request.connection.tokenEndpoint, doFetch);
      throw new ConnectError(
        { kind: reachable ? "token-cors-blocked" : "oro-unreachable", ...facts },
        { cause: error },
      );
    }
    if (failure.kind === "server")
      throw new ConnectError({ kind: "server-error", ...facts }, { cause: error });
    const description = failure.description;
    const kind =
      failure.error === "invalid_grant"
        ? "invalid-grant"
        : failure.error === "invalid_client" || failure.error === "unauthorized_client"
          ? "invalid-client"
          : "authorization-error";
    throw new ConnectError({ kind, ...facts, ...(description ? { description } : {}) }, { cause: error });
  }
}

function requestOptions(
  as: oauth.AuthorizationServer,
  doFetch: typeof fetch,
): oauth.TokenEndpointRequestOptions {
  const insecure = typeof as.token_endpoint === "string" && new URL(as.token_endpoint).protocol === "http:";
  return {
    signal: AbortSignal.timeout(20_000),
    [oauth.customFetch]: doFetch,
    // Only ever true for http://localhost (the URL check refuses any other plain-http Oro).
    [oauth.allowInsecureRequests]: insecure,
  };
}

async function readTokenResponse(run: () => Promise<oauth.TokenEndpointResponse>): Promise<TokenSet> {
  let result: oauth.TokenEndpointResponse;
  try {
    result = await run();
  } catch (error) {
    throw new TokenEndpointError(await classifyTokenError(error), { cause: error });
  }
  if (result.token_type !== "bearer") throw new TokenEndpointError({ kind: "server", status: 200 });
  return {
    accessToken: result.access_token,
    refreshToken: result.refresh_token ?? null,
    // Oro's access token is a JWT, but it is treated as opaque: its lifetime comes from expires_in.
    expiresInSeconds: result.expires_in ?? 3600,
  };
}

async function classifyTokenError(error: unknown): Promise<TokenEndpointFailure> {
  if (error instanceof oauth.ResponseBodyError) return oauthFailureFrom(error.status, error.cause);
  if (error instanceof oauth.WWWAuthenticateChallengeError) {
    // Oro adds a challenge to some 401s; the OAuth error is still in the (unread) body.
    let body: unknown = null;
    try {
      body = await error.response.json();
    } catch {
      body = null;
    }
    const failure = oauthFailureFrom(error.status, body);
    if (failure.kind === "oauth") return failure;
    const challengeError = error.cause.find((challenge) => typeof challenge.parameters.error === "string")
      ?.parameters.error;
    return { kind: "oauth", status: error.status, error: challengeError ?? "invalid_client" };
  }
  if (error instanceof oauth.OperationProcessingError) {
    const status = error.cause instanceof Response ? error.cause.status : undefined;
    return status === undefined ? { kind: "server" } : { kind: "server", status };
  }
  return isNetworkFailure(error) ? { kind: "network" } : { kind: "server" };
}
