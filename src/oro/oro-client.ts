// The transport under every Oro call: JSON:API headers, bearer token with one refresh on 401, bounded retries
// for reads, a timeout, and zod parsing at the boundary. Everything that goes wrong becomes an OroApiError.
import { en } from "zod/locales";
import { z } from "zod/mini";
import { OroApiError, kindForStatus } from "./oro-api-error";

export type OroQueryValue = string | number | boolean | readonly (string | number)[] | null | undefined;
/** Exactly the parameters Oro gets: undefined/null and empty lists are left out, nothing is added. */
export type OroQuery = Readonly<Record<string, OroQueryValue>>;

export type OroRequestOptions = {
  signal?: AbortSignal;
  /** Extra request headers (e.g. a test marker); the JSON:API and auth headers always win. */
  headers?: Readonly<Record<string, string>>;
  /** Sends `X-Include: totalCount`; the response's `total` then carries `X-Include-Total-Count`. */
  includeTotal?: boolean;
};

export type OroResponse<T> = {
  data: T;
  status: number;
  headers: Headers;
  /** From `X-Include-Total-Count` when `includeTotal` was asked for and Oro sent it; null otherwise. */
  total: number | null;
};

export type OroRetryOptions = {
  /** Retries after the first try (not counting the single 401 refresh). Default 2. */
  attempts?: number;
  /** First backoff delay; doubles per retry, with jitter. Default 400 ms. */
  baseDelayMs?: number;
  /** A 429 asking to wait longer than this fails at once with kind "rateLimited". Default 30 s. */
  maxRetryAfterSeconds?: number;
};

export type OroClientOptions = {
  /** Back-office API root without trailing slash, e.g. "https://crm.example.com/admin/api". */
  apiBaseUrl: string;
  getAccessToken: () => Promise<string>;
  /** Called once per request after a 401: a fresh token, or null when the session is over. */
  onUnauthorized: (rejectedToken: string) => Promise<string | null>;
  fetch?: typeof fetch;
  timeoutMs?: number;
  retry?: OroRetryOptions;
};

export interface OroClient {
  readonly apiBaseUrl: string;
  get<S extends OroSchema>(
    path: string,
    query: OroQuery | null,
    schema: S,
    options?: OroRequestOptions,
  ): Promise<OroResponse<z.output<S>>>;
  /** GETs an absolute URL Oro gave us (links.next) after checking it stays inside the API. */
  getUrl<S extends OroSchema>(url: string, schema: S, options?: OroRequestOptions): Promise<OroResponse<z.output<S>>>;
  post<S extends OroSchema>(path: string, body: unknown, schema: S, options?: OroRequestOptions): Promise<OroResponse<z.output<S>>>;
  post(path: string, body: unknown, schema: null, options?: OroRequestOptions): Promise<OroResponse<undefined>>;
  patch<S extends OroSchema>(path: string, body: unknown, schema: S, options?: OroRequestOptions): Promise<OroResponse<z.output<S>>>;
  patch(path: string, body: unknown, schema: null, options?: OroRequestOptions): Promise<OroResponse<undefined>>;
  delete<S extends OroSchema>(path: string, body: unknown, schema: S, options?: OroRequestOptions): Promise<OroResponse<z.output<S>>>;
  delete(path: string, body: unknown, schema: null, options?: OroRequestOptions): Promise<OroResponse<undefined>>;
}

/** Any zod schema (zod/mini in the pane; the server may pass classic zod ones). */
export type OroSchema = z.core.$ZodType;

/** zod/mini carries no messages; the issue summary keeps classic zod's English ones. */
const issueMessages = { error: en().localeError };

const jsonApiMediaType = "application/vnd.api+json";
const retriedStatuses = new Set([500, 502, 503, 504]);

/** Encodes a query the way Oro expects: bracket keys readable, values percent-encoded (`+` → %2B), lists comma-joined. */
export function buildQueryString(query: OroQuery | null): string {
  if (query === null) return "";
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    let encoded: string;
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
      encoded = encodeURIComponent(String(value));
    } else {
      if (value.length === 0) continue;
      encoded = value.map((item) => encodeURIComponent(String(item))).join(",");
    }
    parts.push(`${encodeURIComponent(key).replace(/%5B/gi, "[").replace(/%5D/gi, "]")}=${encoded}`);
  }
  return parts.length === 0 ? "" : `?${parts.join("&")}`;
}

/**
 * The URL of a resource under the API root: `{root}/{path}{query}`, a trailing slash on the root and a leading one
 * on the path dropped. Every request the client sends is built here, and so is any estimate of its length.
 */
export function resourceUrl(apiBaseUrl: string, path: string, query: OroQuery | null): string {
  return `${trimTrailingSlash(apiBaseUrl)}/${path.replace(/^\/+/, "")}${buildQueryString(query)}`;
}

/**
 * True when `url` is inside the API root (same origin, path under the root). Oro's links.next must pass this
 * before we send our bearer token to it.
 */
export function isInsideApi(apiBaseUrl: string, url: string): boolean {
  let base: URL;
  let target: URL;
  try {
    base = new URL(trimTrailingSlash(apiBaseUrl));
    target = new URL(url);
  } catch {
    return false;
  }
  if (target.origin !== base.origin) return false;
  if (target.username !== "" || target.password !== "") return false;
  const prefix = `${trimTrailingSlash(base.pathname)}/`;
  return target.pathname.startsWith(prefix) && !target.pathname.slice(prefix.length).split("/").includes("..");
}

export function createOroClient(options: OroClientOptions): OroClient {
  const apiBaseUrl = trimTrailingSlash(options.apiBaseUrl);
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxRetries = Math.max(0, options.retry?.attempts ?? 2);
  const baseDelayMs = Math.max(0, options.retry?.baseDelayMs ?? 400);
  const maxRetryAfterSeconds = options.retry?.maxRetryAfterSeconds ?? 30;

  function urlFor(path: string, query: OroQuery | null): string {
    return resourceUrl(apiBaseUrl, path, query);
  }

  async function request(
    method: "GET" | "POST" | "PATCH" | "DELETE",
    url: string,
    body: unknown,
    schema: OroSchema | null,
    requestOptions: OroRequestOptions = {},
  ): Promise<OroResponse<unknown>> {
    const signal = requestOptions.signal;
    throwIfAborted(signal);
    const isRead = method === "GET";
    const payload = body === undefined ? undefined : JSON.stringify(body);
    let token = await options.getAccessToken();
    let refreshed = false;
    let retriesUsed = 0;

    for (;;) {
      throwIfAborted(signal);
      const headers = new Headers(requestOptions.headers);
      headers.set("Accept", jsonApiMediaType);
      headers.set("Authorization", `Bearer ${token}`);
      if (payload !== undefined) headers.set("Content-Type", jsonApiMediaType);
      if (requestOptions.includeTotal === true) headers.set("X-Include", "totalCount");

      const outcome = await attempt(url, { method, headers, body: payload ?? null, credentials: "omit" }, signal);

      if (outcome.type === "networkError") {
        if (isRead && retriesUsed < maxRetries) {
          await sleep(backoffDelay(retriesUsed), signal);
          retriesUsed += 1;
          continue;
        }
        throw new OroApiError({ kind: "network", detail: errorText(outcome.error), cause: outcome.error });
      }

      const { response, text } = outcome;
      const status = response.status;

      if (status === 401) {
        if (!refreshed) {
          refreshed = true;
          const fresh = await options.onUnauthorized(token);
          if (fresh !== null) {
            token = fresh;
            continue;
          }
        }
        throw new OroApiError({ kind: "unauthorized", status, detail: "Oro did not accept the access token." });
      }

      if (status === 429) {
        const retryAfter = parseRetryAfter(response.headers.get("Retry-After"));
        const wait = retryAfter ?? backoffDelay(retriesUsed) / 1000;
        if (isRead && retriesUsed < maxRetries && wait <= maxRetryAfterSeconds) {
          await sleep(wait * 1000, signal);
          retriesUsed += 1;
          continue;
        }
        throw errorFromResponse(response, text, retryAfter);
      }

      if (isRead && retriedStatuses.has(status) && retriesUsed < maxRetries) {
        await sleep(backoffDelay(retriesUsed), signal);
        retriesUsed += 1;
        continue;
      }

      if (status < 200 || status > 299) throw errorFromResponse(response, text, undefined);

      const data = schema === null ? undefined : parseBody(response, text, schema);
      return { data, status, headers: response.headers, total: requestOptions.includeTotal === true ? parseTotal(response.headers) : null };
    }
  }

  type AttemptOutcome = { type: "response"; response: Response; text: string } | { type: "networkError"; error: unknown };

  /** One fetch with its own timeout; the caller's abort wins over everything and is rethrown as an AbortError. */
  async function attempt(url: string, init: RequestInit, signal: AbortSignal | undefined): Promise<AttemptOutcome> {
    const controller = new AbortController();
    let timedOut = false;
    const onCallerAbort = () => controller.abort();
    signal?.addEventListener("abort", onCallerAbort, { once: true });
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      const response = await doFetch(url, { ...init, signal: controller.signal });
      // The body is read under the same timeout: a proxy that stalls mid-body is still "no answer".
      const text = await response.text();
      return { type: "response", response, text };
    } catch (error) {
      throwIfAborted(signal);
      if (timedOut) {
        throw new OroApiError({ kind: "timeout", detail: `No complete answer within ${timeoutMs} ms.`, cause: error });
      }
      return { type: "networkError", error };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onCallerAbort);
    }
  }

  function backoffDelay(retryIndex: number): number {
    const exponential = baseDelayMs * 2 ** retryIndex;
    // Full jitter in the upper half keeps several panes from retrying in lockstep.
    return exponential / 2 + Math.random() * (exponential / 2);
  }

  function assertInsideApi(url: string): void {
    if (!isInsideApi(apiBaseUrl, url)) {
      throw new OroApiError({
        kind: "invalidResponse",
        detail: "Oro returned a paging link outside its API; it was not followed.",
      });
    }
  }

  // Overloads are expressed on the interface; the implementation is shared and schema-agnostic.
  const write =
    (method: "POST" | "PATCH" | "DELETE") =>
    (path: string, body: unknown, schema: OroSchema | null, requestOptions?: OroRequestOptions) =>
      request(method, urlFor(path, null), body, schema, requestOptions);

  const client = {
    apiBaseUrl,
    get: (path: string, query: OroQuery | null, schema: OroSchema, requestOptions?: OroRequestOptions) =>
      request("GET", urlFor(path, query), undefined, schema, requestOptions),
    getUrl: async (url: string, schema: OroSchema, requestOptions?: OroRequestOptions) => {
      assertInsideApi(url);
      return request("GET", url, undefined, schema, requestOptions);
    },
    post: write("POST"),
    patch: write("PATCH"),
    delete: write("DELETE"),
  };
  return client as OroClient;
}

function parseBody(response: Response, text: string, schema: OroSchema): unknown {
  let document: unknown = undefined;
  if (text.trim() !== "") {
    const json = tryParseJson(text);
    if (!json.ok) {
      throw new OroApiError({ kind: "invalidResponse", status: response.status, detail: nonJsonDetail(response, text) });
    }
    document = json.value;
  }
  const parsed = z.safeParse(schema, document, issueMessages);
  if (!parsed.success) {
    throw new OroApiError({
      kind: "invalidResponse",
      status: response.status,
      detail:
        document === undefined
          ? "Oro answered without a body where data was expected."
          : "Oro's answer did not have the expected shape.",
      issues: summarizeIssues(parsed.error),
    });
  }
  return parsed.data;
}

const jsonApiErrorDocument = z.object({
  errors: z
    .array(
      z.looseObject({
        status: z.optional(z.union([z.string(), z.number()])),
        title: z.optional(z.string()),
        detail: z.optional(z.string()),
        source: z.optional(z.looseObject({ pointer: z.optional(z.string()), parameter: z.optional(z.string()) })),
      }),
    )
    .check(z.minLength(1)),
});

function errorFromResponse(response: Response, text: string, retryAfter: number | undefined): OroApiError {
  const status = response.status;
  const retryPart = retryAfter === undefined ? {} : { retryAfterSeconds: retryAfter };
  if (text.trim() === "") return new OroApiError({ kind: kindForStatus(status), status, ...retryPart });

  const json = tryParseJson(text);
  if (json.ok) {
    const document = jsonApiErrorDocument.safeParse(json.value);
    if (document.success) {
      const [first] = document.data.errors;
      const source = first?.source?.pointer ?? first?.source?.parameter;
      return new OroApiError({
        kind: kindForStatus(status),
        status,
        ...(first?.title === undefined ? {} : { title: first.title }),
        ...(first?.detail === undefined ? {} : { detail: first.detail }),
        ...(source === undefined ? {} : { source }),
        ...retryPart,
      });
    }
    return new OroApiError({ kind: kindForStatus(status), status, detail: `HTTP ${status} without a JSON:API error document.`, ...retryPart });
  }

  // An HTML page: a proxy's error page (5xx), or Oro's web front answering because the API address is wrong
  // or the Web API is off (4xx). Neither is the record or request the user was working on.
  const kind = status >= 500 ? kindForStatus(status) : status === 429 ? "rateLimited" : "invalidResponse";
  return new OroApiError({ kind, status, detail: nonJsonDetail(response, text), ...retryPart });
}

function nonJsonDetail(response: Response, text: string): string {
  const contentType = response.headers.get("Content-Type") ?? "no content type";
  const title = /<title[^>]*>([^<]{0,200})<\/title>/i.exec(text.slice(0, 4096))?.[1]?.trim();
  const page = title === undefined || title === "" ? "" : ` (page title "${title.slice(0, 120)}")`;
  return `Expected a JSON:API document but HTTP ${response.status} came back as ${contentType}${page}, ${text.length} characters.`;
}

function tryParseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Paths and messages only: never the offending values (they may be customer data). */
export function summarizeIssues(error: z.core.$ZodError): string {
  const lines = error.issues.slice(0, 10).map((issue) => `${issue.path.map(String).join(".") || "(root)"}: ${issue.message}`);
  if (error.issues.length > 10) lines.push(`… and ${error.issues.length - 10} more`);
  return lines.join("; ");
}

function parseRetryAfter(value: string | null): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function parseTotal(headers: Headers): number | null {
  const value = headers.get("X-Include-Total-Count");
  if (value === null || !/^\d+$/.test(value.trim())) return null;
  return Number(value.trim());
}

function errorText(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : "";
    return `${error.message}${cause}`;
  }
  return "The request could not be sent.";
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw abortError();
}

function abortError(): DOMException {
  return new DOMException("The request to Oro was cancelled.", "AbortError");
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(abortError());
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

function trimTrailingSlash(value: string): string {
  return value.replace(/\/+$/, "");
}
