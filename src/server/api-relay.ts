// The opt-in same-origin relay for Oro's API (--api-relay): the pane sends its API requests to this server, which
// forwards them to the configured Oro, so the browser makes no CORS preflight (a round trip per new URL). It relays
// nothing but Oro's API roots: the token endpoint, login pages and anything else answer 404 without Oro being asked,
// so refresh tokens and passwords never pass here. Access tokens do, as they already do for the settings API.
import { Hono, type Context, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { defaultApiRelayPath, isApiRelayPath } from "../oro/api-relay";

export const apiRelayPath = defaultApiRelayPath;

export type ApiRelayOptions = {
  /** Oro's base URL (a path is allowed, e.g. https://host/oro); a function is read per request; null = none yet. */
  oroBaseUrl: string | (() => string | null);
  /** For the calls to Oro (tests). */
  fetch?: typeof fetch;
  /** No complete answer from Oro within this time → 504. Default 30 s. */
  timeoutMs?: number;
  /** Larger request bodies → 413. Default 5 MB. */
  maxBodyBytes?: number;
  /**
   * Bench only: holds every relayed request back this long before forwarding it, to model the round trip between
   * the browser and this server when the server sits beside Oro. Read per request.
   */
  latencyMs?: () => number;
  /** Where relay failures are reported (method and path only, never headers, tokens or the query). */
  log?: (line: string) => void;
};

const relayedMethods = new Set(["GET", "HEAD", "POST", "PATCH", "DELETE"]);
const forwardedRequestHeaders = ["authorization", "accept", "content-type", "x-include", "accept-language"];
const returnedResponseHeaders = [
  "content-type",
  "www-authenticate",
  "retry-after",
  "x-include-total-count",
  "x-include-deleted-count",
  "location",
];
export const relayVia = "1.1 oro-connector";

/** The Oro URL a request is relayed to, set once the request passed the checks. */
type RelayEnv = { Variables: { target: string } };

/** A JSON:API error document, the shape the pane's Oro client reads its messages from. */
function relayError(status: 404 | 405 | 413 | 502 | 504, title: string, detail: string): Response {
  return new Response(JSON.stringify({ errors: [{ status: String(status), title, detail }] }), {
    status,
    headers: { "Content-Type": "application/vnd.api+json", "Cache-Control": "no-store" },
  });
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}

/** A Hono app answering below /oro-api-relay; mount it with app.route("/", ...). */
export function createApiRelayRoutes(options: ApiRelayOptions): Hono {
  const doFetch =
    options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxBodyBytes = options.maxBodyBytes ?? 5 * 1024 * 1024;
  const log = options.log ?? ((line: string) => console.warn(line));

  /** Refused whatever the body: anything but Oro's API (404), other methods (405), no Oro to relay to (502). */
  const checkTarget: MiddlewareHandler<RelayEnv> = async (c, next) => {
    const request = c.req.raw;
    // The raw path as the browser sent it (percent-encoding intact), never a decoded one.
    const url = new URL(request.url);
    const rest = url.pathname.slice(apiRelayPath.length + 1);
    if (!url.pathname.startsWith(`${apiRelayPath}/`) || !isApiRelayPath(rest)) {
      return relayError(404, "not found", "The API relay forwards only requests for Oro's API.");
    }
    if (!relayedMethods.has(request.method)) {
      const response = relayError(
        405,
        "method not allowed",
        `The API relay does not forward ${request.method}.`,
      );
      response.headers.set("Allow", [...relayedMethods].join(", "));
      return response;
    }
    const configured = typeof options.oroBaseUrl === "function" ? options.oroBaseUrl() : options.oroBaseUrl;
    if (configured === null) {
      return relayError(502, "oro not configured", "The connector's server has no Oro to relay to.");
    }
    c.set("target", `${configured.replace(/\/+$/, "")}/${rest}${url.search}`);
    await next();
  };

  const limitBody = bodyLimit({
    maxSize: maxBodyBytes,
    onError: () =>
      relayError(413, "request entity too large", `The API relay takes bodies up to ${maxBodyBytes} bytes.`),
  });

  async function relay(c: Context<RelayEnv>): Promise<Response> {
    // Read after limitBody, which may have replaced the request with one holding the body it counted.
    const request = c.req.raw;
    const url = new URL(request.url);
    const target = c.get("target");
    const body =
      request.method === "GET" || request.method === "HEAD" || request.body === null
        ? undefined
        : await request.arrayBuffer();

    const headers = new Headers();
    for (const name of forwardedRequestHeaders) {
      const value = request.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    const via = request.headers.get("via");
    headers.set("via", via === null ? relayVia : `${via}, ${relayVia}`);

    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = AbortSignal.any([timeout, request.signal]);
    await delay(options.latencyMs?.() ?? 0, request.signal);
    let status: number;
    let upstreamHeaders: Headers;
    let answer: ArrayBuffer;
    try {
      const upstream = await doFetch(target, {
        method: request.method,
        headers,
        ...(body === undefined ? {} : { body }),
        redirect: "manual",
        credentials: "omit",
        signal,
      });
      // A network error dressed as a response (Response.error(), status 0) is no answer either.
      if (upstream.type === "error") throw new TypeError("Oro's answer was a network error");
      status = upstream.status;
      upstreamHeaders = upstream.headers;
      // Read whole under the same timeout: Oro stalling mid-answer is still "no answer" (504), not a cut document.
      answer = await upstream.arrayBuffer();
    } catch (error) {
      const where = `${request.method} ${url.pathname}`;
      if (timeout.aborted) {
        log(`API relay: Oro gave no complete answer within ${timeoutMs} ms (${where})`);
        return relayError(
          504,
          "gateway timeout",
          `Oro did not answer the connector's server within ${timeoutMs / 1000} s.`,
        );
      }
      if (!request.signal.aborted) {
        const reason =
          error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
        log(`API relay: Oro could not be reached (${where}): ${reason}`);
      }
      return relayError(502, "bad gateway", "The connector's server could not reach Oro.");
    }

    const responseHeaders = new Headers({ "Cache-Control": "no-store" });
    for (const name of returnedResponseHeaders) {
      const value = upstreamHeaders.get(name);
      if (value !== null) responseHeaders.set(name, value);
    }
    const empty = request.method === "HEAD" || status === 204 || status === 205 || status === 304;
    return new Response(empty ? null : answer, { status, headers: responseHeaders });
  }

  const app = new Hono<RelayEnv>();
  // "/*" matches the relay's root too (answered 404). The body limit comes after the checks, so a request that is
  // refused anyway is told why, not that its body is too large.
  app.all(`${apiRelayPath}/*`, checkTarget, limitBody, relay);
  // Mounted in a plain app: the server's route list takes Hono apps without variables.
  return new Hono().route("/", app);
}
