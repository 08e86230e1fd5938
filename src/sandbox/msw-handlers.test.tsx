// Component tests run in jsdom: the sandbox (JWT signing included) must work there behind msw.
import { expect, test } from "vitest";
import { createTestSandbox, useSandboxServer } from "../../tests/support/sandbox-server";

const sandbox = createTestSandbox();
useSandboxServer(sandbox);

test("component tests reach the sandbox through msw in jsdom", async () => {
  const { access_token: token } = await sandbox.issueTokens("sales");
  const response = await fetch("https://oro.test/admin/api/emailcontextentities?page[size]=-1", {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ data: expect.arrayContaining([expect.objectContaining({ id: "contacts" })]) });
});

test("each test starts from the seed: tokens of the previous test are gone", async () => {
  const response = await fetch("https://oro.test/admin/api/userprofile", { headers: { Authorization: "Bearer stale" } });
  expect(response.status).toBe(401);
});
