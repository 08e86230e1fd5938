// When the pane's own sign-in code cannot be fetched (offline, or the add-in was redeployed and the old chunk is
// gone), Connect says so instead of blaming Oro, and the next click asks for the code again.
import { afterEach, expect, test, vi } from "vitest";

let loadAttempts = 0;
vi.doMock("./sign-in", () => {
  loadAttempts += 1;
  throw new TypeError("Failed to fetch dynamically imported module");
});

afterEach(() => vi.doUnmock("./sign-in"));

test("a sign-in chunk that cannot load gives its own message, and Connect tries to load it again", async () => {
  const { createSessionManager } = await import("./session-manager");
  const openDialog = vi.fn(() => Promise.reject(new Error("no dialog expected")));
  const manager = createSessionManager({
    config: { oroBaseUrl: "https://crm.example.test", backOfficePrefix: null, clientId: "outlook-connector" },
    mailbox: { openDialog, partitionKey: "test" },
    storage: null,
    fetch: () => Promise.reject(new TypeError("no network expected")),
    paneOrigin: "https://addin.example.test",
  });
  await manager.start();

  await manager.connect();
  const first = manager.getSession();
  expect(first.status).toBe("disconnected");
  expect(first.status === "disconnected" ? first.error?.kind : null).toBe("signin-unavailable");
  const attemptsAfterFirst = loadAttempts;
  expect(attemptsAfterFirst).toBeGreaterThanOrEqual(1);

  await manager.connect();
  const second = manager.getSession();
  expect(second.status === "disconnected" ? second.error?.kind : null).toBe("signin-unavailable");
  expect(loadAttempts).toBeGreaterThan(attemptsAfterFirst);
  manager.dispose();
});
