import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { createOroSandbox, type OroSandbox } from "../sandbox/oro-sandbox";
import { oroUsers } from "../sandbox/demo-identities";
import {
  effectiveSettingsResponseSchema,
  manageSettingsResponseSchema,
  settingsApiErrorSchema,
} from "../settings/settings-api-contract";
import {
  createSettingsRoutes,
  createSettingsRoutesForDeployment,
  oroApiBaseUrlsFor,
} from "./settings-routes";

const oroBaseUrl = "http://oro.test";
let dir: string;
let storePath: string;
let sandbox: OroSandbox;

const sandboxFetch: typeof fetch = (input, init) => sandbox.fetch(new Request(input, init));

function routes(overrides: Partial<Parameters<typeof createSettingsRoutes>[0]> = {}) {
  return createSettingsRoutes({
    storePath,
    fetch: sandboxFetch,
    adminRoles: ["ROLE_ADMINISTRATOR"],
    oroApiBaseUrl: `${oroBaseUrl}/admin/api`,
    cacheTtlMs: 60_000,
    ...overrides,
  });
}

async function tokenFor(username: string): Promise<string> {
  return (await sandbox.issueTokens(username)).access_token;
}

function put(token: string | null, body: unknown): RequestInit {
  return {
    method: "PUT",
    headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  };
}

const get = (token: string | null): RequestInit => ({
  headers: token ? { Authorization: `Bearer ${token}` } : {},
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "settings-routes-"));
  storePath = join(dir, "settings.json");
  sandbox = createOroSandbox({ baseUrl: oroBaseUrl });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("settings API", () => {
  test("a request without a token is refused with 401", async () => {
    const response = await routes().request("/api/connector/settings");
    expect(response.status).toBe(401);
    expect(response.headers.get("WWW-Authenticate")).toBe("Bearer");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(settingsApiErrorSchema.parse(await response.json()).message).toMatch(/access token/);
  });

  test("a token Oro does not accept is refused with 401", async () => {
    const response = await routes().request("/api/connector/settings", get("not-a-real-token"));
    expect(response.status).toBe(401);
    expect(settingsApiErrorSchema.parse(await response.json()).error).toBe("unauthorized");
  });

  test("a non-administrator cannot change settings (403) and nothing is written", async () => {
    const app = routes();
    const token = await tokenFor(oroUsers.sales.username);
    const response = await app.request(
      "/api/connector/settings/system",
      put(token, { overrides: { crmSyncIntervalSeconds: 5 } }),
    );
    expect(response.status).toBe(403);
    expect(settingsApiErrorSchema.parse(await response.json()).message).toMatch(/ROLE_ADMINISTRATOR/);
    const organization = await app.request(
      "/api/connector/settings/organizations/1",
      put(token, { overrides: {} }),
    );
    expect(organization.status).toBe(403);
    expect((await app.request("/api/connector/settings/manage", get(token))).status).toBe(403);
    await expect(readFile(storePath, "utf8")).rejects.toThrow(/ENOENT/);
  });

  test("an administrator saves the organization's interval and its users read it", async () => {
    const app = routes();
    const admin = await tokenFor(oroUsers.admin.username);
    const saved = await app.request(
      "/api/connector/settings/organizations/1",
      put(admin, { overrides: { crmSyncIntervalSeconds: 300 } }),
    );
    expect(saved.status).toBe(200);

    const sales = await tokenFor(oroUsers.sales.username);
    const response = await app.request("/api/connector/settings", get(sales));
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const body = effectiveSettingsResponseSchema.parse(await response.json());
    expect(body.organization).toEqual({ id: "1", name: "Northwind Traders" });
    expect(body.organizationOverrides).toEqual({ crmSyncIntervalSeconds: 300 });
    expect(body.system).toEqual({});
  });

  test("an administrator saves system settings; values equal to the default are not pinned", async () => {
    const app = routes();
    const admin = await tokenFor(oroUsers.admin.username);
    const response = await app.request(
      "/api/connector/settings/system",
      put(admin, {
        overrides: { outlookSyncIntervalSeconds: 90, crmSyncIntervalSeconds: 120, syncTasks: false },
      }),
    );
    expect(response.status).toBe(200);
    const manage = manageSettingsResponseSchema.parse(
      await (await app.request("/api/connector/settings/manage", get(admin))).json(),
    );
    expect(manage.system).toEqual({ outlookSyncIntervalSeconds: 90, syncTasks: false });
  });

  test("an invalid value is refused (400) with a message per field, and nothing changes", async () => {
    const app = routes();
    const admin = await tokenFor(oroUsers.admin.username);
    await app.request(
      "/api/connector/settings/organizations/1",
      put(admin, { overrides: { crmSyncIntervalSeconds: 300 } }),
    );
    const before = await readFile(storePath, "utf8");

    const response = await app.request(
      "/api/connector/settings/organizations/1",
      put(admin, {
        overrides: { crmSyncIntervalSeconds: 86400, outlookSyncIntervalSeconds: "abc", syncTasks: true },
      }),
    );
    expect(response.status).toBe(400);
    const body = settingsApiErrorSchema.parse(await response.json());
    expect(Object.keys(body.fields ?? {}).sort()).toEqual([
      "crmSyncIntervalSeconds",
      "outlookSyncIntervalSeconds",
    ]);
    expect(body.fields?.crmSyncIntervalSeconds).toMatch(/at most 86399/);
    expect(body.fields?.outlookSyncIntervalSeconds).toMatch(/whole number/);
    expect(body.codes).toEqual({
      crmSyncIntervalSeconds: "tooLarge",
      outlookSyncIntervalSeconds: "notWholeNumber",
    });
    expect(await readFile(storePath, "utf8")).toBe(before);
  });

  test.each([
    ["0", "tooSmall"],
    ["86400", "tooLarge"],
    ["abc", "notWholeNumber"],
    ["1.5", "notWholeNumber"],
  ])("the interval %j is refused", async (value, code) => {
    const admin = await tokenFor(oroUsers.admin.username);
    const response = await routes().request(
      "/api/connector/settings/system",
      put(admin, { overrides: { crmSyncIntervalSeconds: value } }),
    );
    expect(response.status).toBe(400);
    expect(settingsApiErrorSchema.parse(await response.json()).codes).toEqual({
      crmSyncIntervalSeconds: code,
    });
  });

  test("an administrator cannot save administrator roles that would lock them out", async () => {
    const admin = await tokenFor(oroUsers.admin.username);
    const response = await routes().request(
      "/api/connector/settings/system",
      put(admin, { overrides: { adminRoles: ["ROLE_MANAGER"] } }),
    );
    expect(response.status).toBe(400);
    expect(settingsApiErrorSchema.parse(await response.json()).codes).toEqual({ adminRoles: "wouldLockOut" });
  });

  test("stored administrator roles decide who may change settings", async () => {
    const app = routes();
    const admin = await tokenFor(oroUsers.admin.username);
    await app.request(
      "/api/connector/settings/system",
      put(admin, { overrides: { adminRoles: ["ROLE_ADMINISTRATOR", "ROLE_USER"] } }),
    );
    const sales = await tokenFor(oroUsers.sales.username);
    const response = await app.request(
      "/api/connector/settings/organizations/1",
      put(sales, { overrides: { syncTasks: false } }),
    );
    expect(response.status).toBe(200);
  });

  test("Oro unreachable gives a clear 502", async () => {
    const admin = await tokenFor(oroUsers.admin.username);
    sandbox.faults.add({ kind: "drop", when: "before", path: "/userprofile", times: 5 });
    const response = await routes().request(
      "/api/connector/settings/system",
      put(admin, { overrides: { crmSyncIntervalSeconds: 60 } }),
    );
    expect(response.status).toBe(502);
    const body = settingsApiErrorSchema.parse(await response.json());
    expect(body.error).toBe("oroUnreachable");
    expect(body.message).toMatch(/could not check your access with Oro at http:\/\/oro\.test\/admin\/api/);
    await expect(readFile(storePath, "utf8")).rejects.toThrow(/ENOENT/);
  });

  test("Oro failing with 503 also gives 502", async () => {
    const sales = await tokenFor(oroUsers.sales.username);
    sandbox.faults.add({ kind: "status", status: 503, path: "/userprofile", times: 5 });
    const response = await routes().request("/api/connector/settings", get(sales));
    expect(response.status).toBe(502);
  });

  test("a verified caller is trusted briefly without asking Oro again", async () => {
    const app = routes();
    const sales = await tokenFor(oroUsers.sales.username);
    expect((await app.request("/api/connector/settings", get(sales))).status).toBe(200);
    sandbox.faults.add({ kind: "drop", when: "before", path: "/userprofile", times: 5 });
    expect((await app.request("/api/connector/settings", get(sales))).status).toBe(200);
  });

  test("the administrator sees every organization they work in, with Oro's names", async () => {
    const admin = await tokenFor(oroUsers.admin.username);
    const response = await routes().request("/api/connector/settings/manage", get(admin));
    const body = manageSettingsResponseSchema.parse(await response.json());
    expect(body.organizations).toEqual([
      { id: "1", name: "Northwind Traders", overrides: {} },
      { id: "2", name: "Northwind Traders EU", overrides: {} },
    ]);
  });

  test("a damaged settings file is reported, not replaced", async () => {
    await writeFile(storePath, "{ not json");
    const admin = await tokenFor(oroUsers.admin.username);
    const app = routes();
    const read = await app.request("/api/connector/settings", get(admin));
    expect(read.status).toBe(500);
    expect(settingsApiErrorSchema.parse(await read.json()).message).toMatch(/is not valid JSON/);
    const write = await app.request("/api/connector/settings/system", put(admin, { overrides: {} }));
    expect(write.status).toBe(500);
    expect(await readFile(storePath, "utf8")).toBe("{ not json");
  });

  test("with the back-office prefix unknown, a Platform-only Oro is found at /api", async () => {
    sandbox = createOroSandbox({ baseUrl: oroBaseUrl, layout: "platform" });
    const app = createSettingsRoutesForDeployment(
      () => ({ oroBaseUrl, backOfficePrefix: null, adminRoles: ["ROLE_ADMINISTRATOR"] }),
      { storePath, fetch: sandboxFetch },
    );
    const admin = await tokenFor(oroUsers.admin.username);
    const response = await app.request("/api/connector/settings/manage", get(admin));
    expect(response.status).toBe(200);
  });

  test("API roots to try follow the back-office prefix", () => {
    expect(oroApiBaseUrlsFor("https://crm.example.com/", "/admin")).toEqual([
      "https://crm.example.com/admin/api",
    ]);
    expect(oroApiBaseUrlsFor("https://crm.example.com", "")).toEqual(["https://crm.example.com/api"]);
    expect(oroApiBaseUrlsFor("https://crm.example.com", null)).toEqual([
      "https://crm.example.com/admin/api",
      "https://crm.example.com/api",
    ]);
  });
});
