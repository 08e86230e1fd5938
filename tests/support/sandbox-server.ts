// msw wiring for component tests: the Oro sandbox behind msw, reset after every test.

import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, onTestFinished } from "vitest";
import { sandboxHandlers } from "../../src/sandbox/msw-handlers";
import { createOroSandbox, type OroSandbox } from "../../src/sandbox/oro-sandbox";

export const testSandboxBaseUrl = "https://oro.test";
export const testRedirectUri = "http://localhost/auth-callback.html";

/** A commerce-layout sandbox at https://oro.test whose default client may redirect to the test callback. */
export function createTestSandbox(): OroSandbox {
  return createOroSandbox({ baseUrl: testSandboxBaseUrl, layout: "commerce", redirectUris: [testRedirectUri] });
}

/**
 * Routes every request to the sandbox through msw for this test file (call it at module level); unhandled requests
 * are errors. Returns the msw server for per-test overrides with server.use(...).
 */
export function serveSandbox(sandbox: OroSandbox): ReturnType<typeof setupServer> {
  const instance = setupServer(...sandboxHandlers(sandbox));
  beforeAll(() => instance.listen({ onUnhandledRequest: "error" }));
  afterEach(() => {
    instance.resetHandlers();
    sandbox.reset();
  });
  afterAll(() => instance.close());
  return instance;
}

/** The requests `countRequests` saw, in the order they started. */
export type RequestCount = {
  readonly count: number;
  readonly urls: readonly string[];
  /** When each one started (performance.now()). */
  readonly times: readonly number[];
  /** Settles when the first one starts. */
  readonly first: Promise<void>;
};

/**
 * Counts the requests whose path contains `path` (and, if given, with `method`) that reach `server` from now until
 * the calling test finishes; call it inside a test. The listener comes off with the test: msw's resetHandlers
 * leaves event listeners in place.
 */
export function countRequests(
  server: ReturnType<typeof setupServer>,
  match: { path: string; method?: string },
): RequestCount {
  const urls: string[] = [];
  const times: number[] = [];
  let started: () => void = () => undefined;
  const first = new Promise<void>((resolve) => {
    started = resolve;
  });
  const listener = ({ request }: { request: Request }) => {
    if (match.method !== undefined && request.method !== match.method) return;
    if (!new URL(request.url).pathname.includes(match.path)) return;
    urls.push(request.url);
    times.push(performance.now());
    started();
  };
  server.events.on("request:start", listener);
  onTestFinished(() => {
    server.events.removeListener("request:start", listener);
  });
  return {
    get count() {
      return urls.length;
    },
    urls,
    times,
    first,
  };
}
