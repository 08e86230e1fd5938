// Finds where an Oro back office keeps its OAuth endpoints and its API: RFC 8414 metadata when Oro publishes it
// (6.1.8+), otherwise the documented layouts with and without the back-office prefix (`/admin` with Commerce).
// Every probe is a plain browser request, so each failure is told apart only as far as a browser can tell.
// Part of the sign-in flow, loaded on demand: a restored session never needs it.
import * as oauth from "oauth4webapi";
import { z } from "zod/mini";
import { ConnectError } from "./connect-error";
import { hostOf, isReachable, layoutConnection, type OroConnection } from "./oro-endpoints";

export type DiscoverOptions = {
  baseUrl: string;
  /** The configured prefix, or null to find out ("/admin" first: with Commerce the root API is the storefront's). */
  backOfficePrefix: string | null;
  fetch?: typeof fetch;
  /** This add-in's origin, quoted in messages about CORS. */
  paneOrigin?: string;
  probeTimeoutMs?: number;
};

type MetadataProbe =
  | { kind: "found"; authorizationEndpoint: string; tokenEndpoint: string }
  | { kind: "absent" }
  | { kind: "unreadable" };

type ApiProbe = { kind: "bearer" } | { kind: "answered"; status: number } | { kind: "unreadable" };

const metadataEndpointsSchema = z.object({
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
  code_challenge_methods_supported: z.optional(z.array(z.string())),
});

/** Resolves the connection or throws a ConnectError saying why this address is not a usable Oro. */
export async function discoverOroConnection(options: DiscoverOptions): Promise<OroConnection> {
  const doFetch =
    options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const timeoutMs = options.probeTimeoutMs ?? 15_000;
  const host = hostOf(options.baseUrl);
  const facts = { host, ...(options.paneOrigin === undefined ? {} : { paneOrigin: options.paneOrigin }) };
  const candidates =
    options.backOfficePrefix === null ? ["/admin", ""] : [normalizePrefix(options.backOfficePrefix)];

  let metadataFound = false;
  let apiMissing = false;
  let anythingReadable = false;
  for (const prefix of candidates) {
    const [metadata, api] = await Promise.all([
      probeMetadata(options.baseUrl, prefix, doFetch, timeoutMs),
      probeApi(options.baseUrl, prefix, doFetch, timeoutMs),
    ]);
    if (api.kind === "bearer") {
      const layout = layoutConnection(options.baseUrl, prefix);
      return metadata.kind === "found"
        ? {
            ...layout,
            authorizationEndpoint: metadata.authorizationEndpoint,
            tokenEndpoint: metadata.tokenEndpoint,
          }
        : layout;
    }
    if (metadata.kind === "found") metadataFound = true;
    if (metadata.kind !== "unreadable" || api.kind !== "unreadable") anythingReadable = true;
    if (api.kind === "answered" && api.status === 404) apiMissing = true;
  }

  if (metadataFound && apiMissing) throw new ConnectError({ kind: "api-disabled", ...facts });
  if (anythingReadable && !metadataFound) throw new ConnectError({ kind: "not-oro", ...facts });
  // Nothing we could read: either nothing answers, or the browser hid the answers (CORS). An opaque request
  // tells the two apart without needing Oro's permission.
  const reachable = await isReachable(options.baseUrl, doFetch, timeoutMs);
  throw new ConnectError({ kind: reachable ? "api-blocked" : "oro-unreachable", ...facts });
}

function normalizePrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/\/+$/, "");
  if (trimmed === "") return "";
  return trimmed.startsWith("/") ? trimmed : `/${trimmed}`;
}

async function probeMetadata(
  baseUrl: string,
  prefix: string,
  doFetch: typeof fetch,
  timeoutMs: number,
): Promise<MetadataProbe> {
  const issuer = new URL(`${baseUrl}${prefix}/oauth2-server`);
  const insecure = issuer.protocol === "http:";
  let response: Response;
  try {
    if (new URL(baseUrl).pathname === "/") {
      // RFC 8414 puts the well-known segment at the root, before the issuer's path: exactly Oro's layout.
      response = await oauth.discoveryRequest(issuer, {
        algorithm: "oauth2",
        signal: AbortSignal.timeout(timeoutMs),
        [oauth.customFetch]: doFetch,
        [oauth.allowInsecureRequests]: insecure,
      });
    } else {
      // Oro installed under a path serves the well-known route under that path, not at the host root.
      response = await doFetch(`${baseUrl}/.well-known/oauth-authorization-server${prefix}/oauth2-server`, {
        headers: { accept: "application/json" },
        redirect: "manual",
        credentials: "omit",
        signal: AbortSignal.timeout(timeoutMs),
      });
    }
  } catch {
    return { kind: "unreadable" };
  }
  if (response.status !== 200) return { kind: "absent" };
  try {
    const server = await oauth.processDiscoveryResponse(issuer, response);
    const endpoints = metadataEndpointsSchema.safeParse(server);
    if (!endpoints.success) return { kind: "absent" };
    const { authorization_endpoint, token_endpoint, code_challenge_methods_supported } = endpoints.data;
    if (code_challenge_methods_supported && !code_challenge_methods_supported.includes("S256"))
      return { kind: "absent" };
    // The dialog's start page only follows authorize URLs of this shape; other metadata is not the back office's.
    if (!new URL(authorization_endpoint).pathname.endsWith(`${prefix}/oauth2-token/authorize`))
      return { kind: "absent" };
    return { kind: "found", authorizationEndpoint: authorization_endpoint, tokenEndpoint: token_endpoint };
  } catch {
    return { kind: "absent" };
  }
}

async function probeApi(
  baseUrl: string,
  prefix: string,
  doFetch: typeof fetch,
  timeoutMs: number,
): Promise<ApiProbe> {
  let response: Response;
  try {
    response = await doFetch(`${baseUrl}${prefix}/api/userprofile`, {
      headers: { accept: "application/vnd.api+json" },
      credentials: "omit",
      signal: AbortSignal.timeout(timeoutMs),
    });
    void response.body?.cancel().catch(() => undefined);
  } catch {
    return { kind: "unreadable" };
  }
  if (response.status === 401) {
    // Oro does not list WWW-Authenticate in its exposed CORS headers, so a browser usually cannot see it;
    // when it is visible it must name Bearer (an HTTP Basic realm in front of Oro is not the API).
    const challenge = response.headers.get("www-authenticate");
    if (challenge === null || /\bbearer\b/i.test(challenge)) return { kind: "bearer" };
  }
  return { kind: "answered", status: response.status };
}
