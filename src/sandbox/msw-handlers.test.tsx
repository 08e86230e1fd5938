// Component tests run in jsdom: the sandbox (JWT signing included) must work there behind msw.
import { expect, test } from "vitest";
import { createTestSandbox, serveSandbox } from "../../tests/support/sandbox-server";
import { jsonApiListSchema } from "./testing";

const sandbox = createTestSandbox();
serveSandbox(sandbox);

test("component tests reach the sandbox through msw in jsdom", async () => {
  const { access_token: token } = await sandbox.issueTokens("sales");
  const response = await fetch("https://oro.test/admin/api/emailcontextentities?page[size]=-1", {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  const ids = jsonApiListSchema.parse(await response.json()).data.map((item) => item.id);
  expect(ids).toContain("contacts");
});

test("each test starts from the seed: tokens of the previous test are gone", async () => {
  const response = await fetch("https://oro.test/admin/api/userprofile", { headers: { Authorization: "Bearer stale" } });
  expect(response.status).toBe(401);
});
