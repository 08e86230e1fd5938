// Fault injection: queued rules that make matching requests fail the ways a real Oro (or the proxy in front
// of it, or the network) fails.

export type Fault =
  /** A JSON:API error document with this status (500, 502, 503, ...). */
  | { kind: "status"; status: number }
  /** 429 with Retry-After. */
  | { kind: "rate-limit"; retryAfterSeconds: number }
  /** A reverse proxy's HTML error page (not JSON, no CORS headers). */
  | { kind: "html"; status: number }
  /** The connection drops before the request is processed, or after it was applied but before the answer. */
  | { kind: "drop"; when: "before" | "after" }
  /** No answer until the request's signal aborts. */
  | { kind: "hang" }
  /** The request's access token counts as expired (401). */
  | { kind: "expire-token" }
  /** 200 with this JSON instead of the real answer (malformed data). */
  | { kind: "body"; body: unknown };

export interface FaultMatcher {
  method?: string;
  /** A substring of the URL path, or a pattern tested against it. */
  path?: string | RegExp;
}

export type FaultRule = Fault & FaultMatcher & { times?: number };

interface QueuedRule {
  rule: FaultRule;
  remaining: number;
}

export class FaultController {
  private queue: QueuedRule[] = [];

  /** Queues a rule; it applies to the next `times` (default 1) matching requests. */
  add(rule: FaultRule): void {
    this.queue.push({ rule, remaining: rule.times ?? 1 });
  }

  clear(): void {
    this.queue = [];
  }

  /** Rules still waiting to fire. */
  get pending(): readonly FaultRule[] {
    return this.queue.map((entry) => entry.rule);
  }

  /** The fault for this request, if a rule matches (consuming one of its times). */
  take(method: string, path: string): Fault | undefined {
    const entry = this.queue.find(({ rule }) => matches(rule, method, path));
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.queue = this.queue.filter((candidate) => candidate !== entry);
    return entry.rule;
  }
}

function matches(rule: FaultRule, method: string, path: string): boolean {
  // Preflights belong to the browser, not to the request under test, unless a rule asks for them.
  if (rule.method === undefined && method === "OPTIONS") return false;
  if (rule.method !== undefined && rule.method.toUpperCase() !== method.toUpperCase()) return false;
  if (rule.path === undefined) return true;
  return typeof rule.path === "string" ? path.includes(rule.path) : rule.path.test(path);
}

/**
 * Parses the compact form used by the local server's configuration:
 * comma-separated items `<fault>[:<path>][:<times>]` where fault is a status code (`500`), `429` (Retry-After 1 s),
 * `html502`, `drop-before`, `drop-after`, `hang` or `expire-token`; `latency:<ms>` sets the latency.
 * Example: "500:/emailthreadcontext:2,latency:100".
 */
export function parseFaultSpec(spec: string): { rules: FaultRule[]; latencyMs: number | undefined } {
  const rules: FaultRule[] = [];
  let latencyMs: number | undefined;
  for (const item of spec.split(",").map((part) => part.trim()).filter((part) => part !== "")) {
    const [kind = "", ...rest] = item.split(":");
    if (kind === "latency") {
      const value = Number(rest[0]);
      if (!Number.isFinite(value) || value < 0) throw new Error(`Invalid latency in fault spec: "${item}"`);
      latencyMs = value;
      continue;
    }
    let times: number | undefined;
    const last = rest[rest.length - 1];
    if (rest.length > 1 && last !== undefined && /^\d+$/.test(last)) {
      times = Number(last);
      rest.pop();
    }
    const path = rest.length > 0 && rest.join(":") !== "" ? rest.join(":") : undefined;
    const matcher = { ...(path === undefined ? {} : { path }), ...(times === undefined ? {} : { times }) };
    const htmlMatch = /^html(\d{3})$/.exec(kind);
    if (kind === "429") rules.push({ kind: "rate-limit", retryAfterSeconds: 1, ...matcher });
    else if (/^\d{3}$/.test(kind)) rules.push({ kind: "status", status: Number(kind), ...matcher });
    else if (htmlMatch) rules.push({ kind: "html", status: Number(htmlMatch[1]), ...matcher });
    else if (kind === "drop-before" || kind === "drop-after") rules.push({ kind: "drop", when: kind === "drop-before" ? "before" : "after", ...matcher });
    else if (kind === "hang") rules.push({ kind: "hang", ...matcher });
    else if (kind === "expire-token") rules.push({ kind: "expire-token", ...matcher });
    else throw new Error(`Unknown fault in fault spec: "${item}"`);
  }
  return { rules, latencyMs };
}

/** How a dropped connection surfaces from sandbox.fetch: like fetch's own network error, a TypeError. */
export class SandboxConnectionDropped extends TypeError {
  constructor() {
    super("fetch failed: the sandbox dropped the connection");
    this.name = "SandboxConnectionDropped";
  }
}

export function isDroppedConnection(error: unknown): error is SandboxConnectionDropped {
  return error instanceof SandboxConnectionDropped;
}
