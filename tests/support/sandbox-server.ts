// msw wiring for component tests: the Oro sandbox behind msw, reset after every test.

import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";
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

