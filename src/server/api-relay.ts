// The opt-in same-origin relay for Oro's API (--api-relay): the pane sends its API requests to this server, which
// forwards them to the configured Oro, so the browser makes no CORS preflight (a round trip per new URL). It relays
// nothing but Oro's API roots: the token endpoint, login pages and anything else answer 404 without Oro being asked,
// so refresh tokens and passwords never pass here. Access tokens do, as they already do for the settings API.
import { Hono, type Context } from "hono";
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

class BodyTooLarge extends Error {}

/** A JSON:API error document, the shape the pane's Oro client reads its messages from. */
function relayError(status: 404 | 405 | 413 | 502 | 504, title: string, detail: string): Response {
  return new Response(JSON.stringify({ errors: [{ status: String(status), title, detail }] }), {
    status,
    headers: { "Content-Type": "application/vnd.api+json", "Cache-Control": "no-store" },
  });
}

async function readCappedBody(
  request: Request,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new BodyTooLarge();
  if (request.body === null) return undefined;
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
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

  async function relay(c: Context): Promise<Response> {
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
    const target = `${configured.replace(/\/+$/, "")}/${rest}${url.search}`;

    let body: Uint8Array<ArrayBuffer> | undefined;
    try {
      body =
        request.method === "GET" || request.method === "HEAD"
          ? undefined
          : await readCappedBody(request, maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        return relayError(
          413,
          "request entity too large",
          `The API relay takes bodies up to ${maxBodyBytes} bytes.`,
        );
      }
      throw error;
    }

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

  const app = new Hono();
  app.all(apiRelayPath, relay);
  app.all(`${apiRelayPath}/*`, relay);
  return app;
}
