// The optional same-origin relay for Oro's API: the pane sends API requests to its own server, which forwards them
// to Oro, so the browser never asks Oro's CORS permission (one preflight round trip per new URL). Only the API goes
// that way: the token endpoint and the sign-in pages stay direct, and refresh tokens never pass the relay.
// The path rule is shared with the server (src/server/api-relay.ts), which enforces it again.

/** Where the connector's server answers the relay; the server puts it into the deployment config when enabled. */
export const defaultApiRelayPath = "/oro-api-relay";

// One path segment of a back-office prefix ("admin"): no dots alone, nothing that could change the path's shape.
const prefixSegment = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/;
// Encoded dots, slashes, backslashes and NUL could be decoded into a different path by a server further on.
const ambiguousEncoding = /%(?:2e|2f|5c|00)/i;

/**
 * True when `rest` (a path below Oro's base URL, without leading slash and query) is inside one of Oro's API roots:
 * `api/…` (Platform/CRM, or the storefront with Commerce) or `<prefix>/api/…` (back office under e.g. "/admin").
 * Anything else, the token endpoint and login pages included, is refused.
 */
export function isApiRelayPath(rest: string): boolean {
  if (rest.includes("\\") || ambiguousEncoding.test(rest)) return false;
  const segments = rest.split("/");
  if (segments.some((segment) => segment === "" || segment === "." || segment === "..")) return false;
  if (segments[0] === "api") return segments.length >= 2;
  const [prefix, api] = segments;
  return prefix !== undefined && prefixSegment.test(prefix) && api === "api" && segments.length >= 3;
}

/** The part of `url` below `oroBaseUrl` when the relay may carry it, else null. */
export function apiRelayRest(oroBaseUrl: string, url: URL): string | null {
  let base: URL;
  try {
    base = new URL(oroBaseUrl);
  } catch {
    return null;
  }
  if (url.origin !== base.origin || url.username !== "" || url.password !== "") return null;
  const basePath = `${base.pathname.replace(/\/+$/, "")}/`;
  if (!url.pathname.startsWith(basePath)) return null;
  const rest = url.pathname.slice(basePath.length);
  return isApiRelayPath(rest) ? rest : null;
}

export type RelayFetchOptions = {
  /** The Oro the server relays to (the deployment's oroBaseUrl). */
  oroBaseUrl: string;
  /** The relay's absolute address, e.g. "https://addin.example.com/oro-api-relay". */
  relayUrl: string;
  fetch?: typeof fetch;
};

/**
 * A fetch that sends requests for Oro's API through the relay and everything else (token endpoint, metadata,
 * sign-in pages, other servers) unchanged. Accepts strings, URLs and Requests like fetch itself.
 */
export function relayFetch(options: RelayFetchOptions): typeof fetch {
  const doFetch =
    options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const relayUrl = options.relayUrl.replace(/\/+$/, "");

  function relayed(url: string): string | null {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return null;
    }
    const rest = apiRelayRest(options.oroBaseUrl, parsed);
    return rest === null ? null : `${relayUrl}/${rest}${parsed.search}`;
  }

  return (input: RequestInfo | URL, init?: RequestInit) => {
    if (input instanceof Request) {
      const target = relayed(input.url);
      return doFetch(target === null ? input : new Request(target, input), init);
    }
    const target = relayed(input instanceof URL ? input.href : input);
    return doFetch(target ?? input, init);
  };
}
