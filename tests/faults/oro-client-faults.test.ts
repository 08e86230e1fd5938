// Fault suite, client level: the Oro client as the app configures it (its default retries, backoff and limits)
// against the simulated Oro behind msw, with the sandbox's fault injection making Oro (or the proxy in front of it)
// fail. What the user would notice: the call still succeeds, or fails with the right message, without hammering Oro.
import { describe, expect, test } from "vitest";
import { describeOroError } from "../../src/oro/messages";
import { isOroApiError, type OroApiError } from "../../src/oro/oro-api-error";
import type { OroClient } from "../../src/oro/oro-client";
import { createEmail, getUserProfile } from "../../src/oro/resources";
import { oroUsers, people } from "../../src/sandbox/demo-identities";
import { sandboxOroClient } from "../../src/sandbox/testing";
import { countRequests, createTestSandbox, serveSandbox } from "../support/sandbox-server";
import { tallyFaultClasses } from "./fault-tally";

tallyFaultClasses("oro-client-faults");

const sandbox = createTestSandbox();
const server = serveSandbox(sandbox);

/**
 * The client with the app's defaults (see session-manager getClient), over the global fetch so that msw serves it;
 * `timeoutMs` only where a test must wait.
 */
async function appClient(options: { timeoutMs?: number } = {}): Promise<OroClient> {
  const { client } = await sandboxOroClient(sandbox, oroUsers.sales.username, {
    fetch: (input, init) => fetch(input, init),
    ...options,
  });
  return client;
}

async function failureOf(promise: Promise<unknown>): Promise<OroApiError> {
  const error: unknown = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!isOroApiError(error)) throw new Error(`Expected an OroApiError, got ${String(error)}`);
  return error;
}

const newEmail = {
  subject: "Fault suite",
  from: { email: people.olivia.emailAddress },
  toRecipients: [{ email: oroUsers.sales.email }],
  ccRecipients: [],
  bccRecipients: [],
  messageId: "<fault-suite-write@example.test>",
  sentAt: new Date("2026-03-01T10:00:00Z"),
  internalDate: new Date("2026-03-01T10:00:00Z"),
  body: null,
  activityTargets: [],
};

describe("429 rate limit with Retry-After", { timeout: 20_000 }, () => {
  test("waits as long as Retry-After asks, then the read succeeds", async () => {
    const client = await appClient();
    const requests = countRequests(server, { path: "/userprofile" });
    sandbox.faults.add({ kind: "rate-limit", retryAfterSeconds: 1, path: "/userprofile" });

    const profile = await getUserProfile(client);

    expect(profile.email).toBe(oroUsers.sales.email);
    expect(requests.count).toBe(2);
    // Not earlier than Oro asked (a lower bound only: a slow machine may wait longer, never shorter).
    expect((requests.times[1] ?? 0) - (requests.times[0] ?? 0)).toBeGreaterThanOrEqual(950);
  });

  test("gives up after two retries and says when to try again", async () => {
    const client = await appClient();
    const requests = countRequests(server, { path: "/userprofile" });
    sandbox.faults.add({ kind: "rate-limit", retryAfterSeconds: 1, path: "/userprofile", times: 10 });

    const error = await failureOf(getUserProfile(client));

    expect(requests.count).toBe(3);
    expect(error.kind).toBe("rateLimited");
    expect(describeOroError(error)).toEqual({ key: "errorRateLimitedWait", values: { seconds: 1 } });
  });

  test("a Retry-After of minutes fails at once instead of freezing the pane", async () => {
    const client = await appClient();
    const requests = countRequests(server, { path: "/userprofile" });
    sandbox.faults.add({ kind: "rate-limit", retryAfterSeconds: 600, path: "/userprofile" });

    const error = await failureOf(getUserProfile(client));

    expect(requests.count).toBe(1);
    expect(describeOroError(error)).toEqual({ key: "errorRateLimitedWait", values: { seconds: 600 } });
  });

  test("a rate-limited write is not sent again by the client", async () => {
    const client = await appClient();
    const requests = countRequests(server, { path: "/emails" });
    sandbox.faults.add({ kind: "rate-limit", retryAfterSeconds: 1, method: "POST", path: "/emails" });

    const error = await failureOf(createEmail(client, newEmail));

    expect(error.kind).toBe("rateLimited");
    expect(requests.count).toBe(1);
  });
});

describe("500/502/503 on reads", { timeout: 20_000 }, () => {
  test.each([500, 502, 503])("a read that fails with %i twice succeeds on the third try", async (status) => {
    const client = await appClient();
    // A read of one page, so every request counted is a try of the same read.
    const requests = countRequests(server, { path: "/userprofile" });
    sandbox.faults.add({ kind: "status", status, path: "/userprofile", times: 2 });

    const profile = await getUserProfile(client);

    expect(profile.roles.length).toBeGreaterThan(0);
    expect(requests.count).toBe(3);
  });

  test("waits longer before each retry (exponential backoff)", async () => {
    const client = await appClient();
    const requests = countRequests(server, { path: "/userprofile" });
    sandbox.faults.add({ kind: "status", status: 503, path: "/userprofile", times: 2 });

    await getUserProfile(client);

    const [first = 0, second = 0, third = 0] = requests.times;
    // The app's base delay is 400 ms, doubled per retry, jittered in the upper half: at least 200 ms, then 400 ms.
    expect(second - first).toBeGreaterThanOrEqual(190);
    expect(third - second).toBeGreaterThanOrEqual(390);
  });

  test("gives up after three tries and tells the user Oro is unreachable for now", async () => {
    const client = await appClient();
    const requests = countRequests(server, { path: "/userprofile" });
    sandbox.faults.add({ kind: "status", status: 503, path: "/userprofile", times: 10 });

    const error = await failureOf(getUserProfile(client));

    expect(requests.count).toBe(3);
    expect(describeOroError(error).key).toBe("errorBadGateway");
  });

  test("a failing write is not repeated by the client: Oro may have applied it", async () => {
    const client = await appClient();
    const requests = countRequests(server, { path: "/emails" });
    sandbox.faults.add({ kind: "status", status: 500, method: "POST", path: "/emails" });

    const error = await failureOf(createEmail(client, newEmail));

    expect(error.kind).toBe("server");
    expect(requests.count).toBe(1);
  });
});

describe("HTML error page instead of JSON:API", { timeout: 20_000 }, () => {
  test("a proxy's 502 page becomes 'Oro is not reachable', without the page's markup", async () => {
    const client = await appClient();
    sandbox.faults.add({ kind: "html", status: 502, path: "/userprofile", times: 3 });

    const error = await failureOf(getUserProfile(client));

    expect(error.kind).toBe("badGateway");
    expect(describeOroError(error).key).toBe("errorBadGateway");
    // The technical detail names what came back, for the logs, but never carries the page itself.
    expect(error.detail).toMatch(/Expected a JSON:API document but HTTP 502 came back as text\/html/);
    expect(error.detail).not.toMatch(/<[a-z]/i);
  });

  test("an HTML page with 200 (wrong address, or the Web API off) is 'could not read the answer'", async () => {
    const client = await appClient();
    sandbox.faults.add({ kind: "html", status: 200, path: "/userprofile" });

    const error = await failureOf(getUserProfile(client));

    expect(describeOroError(error).key).toBe("errorInvalidResponse");
  });
});

describe("hanging request", { timeout: 20_000 }, () => {
  test("a request with no answer times out, and trying again works", async () => {
    const client = await appClient({ timeoutMs: 300 });
    const requests = countRequests(server, { path: "/userprofile" });
    sandbox.faults.add({ kind: "hang", path: "/userprofile" });

    const error = await failureOf(getUserProfile(client));
    expect(error.kind).toBe("timeout");
    expect(describeOroError(error).key).toBe("errorTimeout");

    // What Retry does: the same call again.
    const profile = await getUserProfile(client);
    expect(profile.email).toBe(oroUsers.sales.email);
    expect(requests.count).toBe(2);
  });
});
