// The one error type the Oro client throws. `kind` drives what the user is told (see messages.ts);
// status/title/detail come from Oro's JSON:API error document when it sent one.

export const oroApiErrorKinds = [
  "unauthorized",
  "forbidden",
  "notFound",
  "validation",
  "conflict",
  "rateLimited",
  "server",
  "badGateway",
  "timeout",
  "network",
  "invalidResponse",
  "unexpectedStatus",
] as const;

export type OroApiErrorKind = (typeof oroApiErrorKinds)[number];

export type OroApiErrorInit = {
  kind: OroApiErrorKind;
  status?: number;
  title?: string;
  detail?: string;
  /** JSON:API `source.pointer` or `source.parameter` of the first error, e.g. "/data/attributes/subject". */
  source?: string;
  retryAfterSeconds?: number;
  /** Short zod issue summary (paths and messages only, never the data) for logs. */
  issues?: string;
  cause?: unknown;
};

export class OroApiError extends Error {
  readonly kind: OroApiErrorKind;
  readonly status?: number;
  readonly title?: string;
  readonly detail?: string;
  readonly source?: string;
  readonly retryAfterSeconds?: number;
  readonly issues?: string;

  constructor(init: OroApiErrorInit) {
    super(describe(init), init.cause === undefined ? undefined : { cause: init.cause });
    this.name = "OroApiError";
    this.kind = init.kind;
    if (init.status !== undefined) this.status = init.status;
    if (init.title !== undefined) this.title = init.title;
    if (init.detail !== undefined) this.detail = init.detail;
    if (init.source !== undefined) this.source = init.source;
    if (init.retryAfterSeconds !== undefined) this.retryAfterSeconds = init.retryAfterSeconds;
    if (init.issues !== undefined) this.issues = init.issues;
  }
}

export function isOroApiError(error: unknown): error is OroApiError {
  return error instanceof OroApiError;
}

/** Maps an HTTP status to the kind a user-facing message is chosen by. */
export function kindForStatus(status: number): OroApiErrorKind {
  if (status === 400 || status === 422) return "validation";
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404) return "notFound";
  if (status === 409) return "conflict";
  if (status === 429) return "rateLimited";
  if (status === 502 || status === 503 || status === 504) return "badGateway";
  if (status >= 500) return "server";
  return "unexpectedStatus";
}

function describe(init: OroApiErrorInit): string {
  const parts: string[] = [`Oro API ${init.kind}`];
  if (init.status !== undefined) parts.push(`(HTTP ${init.status})`);
  const text = [init.title, init.detail].filter((part) => part !== undefined && part !== "").join(": ");
  return text === "" ? parts.join(" ") : `${parts.join(" ")}: ${text}`;
}
