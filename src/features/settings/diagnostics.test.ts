import { describe, expect, test } from "vitest";
import { layoutConnection } from "../../auth/oro-endpoints";
import { createOroClient } from "../../oro/oro-client";
import { entityTypesCheck, runDiagnostics } from "./diagnostics";

const connection = layoutConnection("https://crm.example.com", "/admin");

/** An Oro host that takes every request and never answers: only giving up ends the wait. */
const silentOro: typeof fetch = (_input, init) =>
  new Promise((_resolve, reject) => {
    const signal = init?.signal;
    signal?.addEventListener("abort", () => reject(new DOMException("Gave up waiting.", "TimeoutError")), {
      once: true,
    });
  });

describe("deployment diagnostics", () => {
  test("an Oro that never answers fails every check instead of keeping the pane waiting", async () => {
    const timeoutMs = 50;
    const checks = await runDiagnostics({
      connection,
      client: createOroClient({
        apiBaseUrl: connection.apiBaseUrl,
        getAccessToken: () => Promise.resolve("access-token"),
        onUnauthorized: () => Promise.resolve(null),
        fetch: silentOro,
        timeoutMs,
      }),
      clientId: "outlook-connector",
      redirectUri: "https://addin.example.com/auth-callback.html",
      paneOrigin: "https://addin.example.com",
      fetch: silentOro,
      timeoutMs,
    });

    const results = [...checks.results, entityTypesCheck(checks.contextTypes, ["contacts"])];
    expect(results.map((result) => [result.id, result.status, result.detail.key])).toEqual([
      ["reachable", "fail", "reachableFail"],
      ["webApi", "fail", "webApiUnreadable"],
      ["apiCors", "fail", "apiCorsFail"],
      ["tokenCors", "fail", "tokenCorsFail"],
      ["oauthClient", "fail", "oauthClientUnchecked"],
      ["emailContext", "fail", "emailContextFail"],
      ["entityTypes", "fail", "entityTypesUnchecked"],
    ]);
  });
});
