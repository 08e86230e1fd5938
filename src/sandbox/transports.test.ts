import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { sandboxHandlers } from "./msw-handlers";
import { startSandboxServer } from "./node-transport";
import { createOroSandbox } from "./oro-sandbox";

describe("msw transport", () => {
  const sandbox = createOroSandbox({ baseUrl: "https://oro.test" });
  const server = setupServer(...sandboxHandlers(sandbox));
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterAll(() => server.close());

  test("requests under the base URL reach the sandbox", async () => {
    const { access_token: token } = await sandbox.issueTokens("sales");
    const response = await fetch("https://oro.test/admin/api/userprofile", { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { attributes: { username: "sales" } } });
  });

  test("a dropped connection is a network error", async () => {
    sandbox.faults.add({ kind: "drop", when: "before" });
    await expect(fetch("https://oro.test/admin/api/userprofile")).rejects.toThrow(TypeError);
  });
});

describe("node transport", () => {
  test("serves the sandbox over HTTP on a free port, drops connections on request and closes", async () => {
    const sandbox = createOroSandbox({ baseUrl: "http://127.0.0.1" });
    const server = await startSandboxServer(sandbox, { port: 0, host: "127.0.0.1" });
    try {
      const { access_token: token } = await sandbox.issueTokens("admin");
      const response = await fetch(`${server.url}/admin/api/userprofile?include=userRoles`, { headers: { Authorization: `Bearer ${token}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get("Content-Type")).toBe("application/vnd.api+json");
      expect(await response.json()).toMatchObject({ included: [{ attributes: { role: "ROLE_ADMINISTRATOR" } }] });

      const login = await fetch(`${server.url}/admin/user/login`);
      expect(login.headers.getSetCookie()[0]).toMatch(/^BAPID=.*HttpOnly/);

      const posted = await fetch(`${server.url}/oauth2-token`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: "grant_type=refresh_token&client_id=oro-outlook-connector&refresh_token=nope",
      });
      expect(posted.status).toBe(400);

      sandbox.faults.add({ kind: "drop", when: "before" });
      await expect(fetch(`${server.url}/admin/api/userprofile`)).rejects.toThrow(TypeError);
    } finally {
      await server.close();
    }
    await expect(fetch(`${server.url}/admin/user/login`)).rejects.toThrow(TypeError);
  });
});
