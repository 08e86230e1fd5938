import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { configElementId, deploymentConfigSchema, type DeploymentConfig } from "../app/deployment-config";
import { Hono } from "hono";
import { createConnectorApp, createConnectorServer, type SandboxStarter } from "./app";
import { resolveServerConfig } from "./config";
import { startDemoSandbox } from "./demo-sandbox";
import { officeJsCdnUrl } from "./html";
import { oroUsers } from "../sandbox/demo-identities";

const deploymentConfig: DeploymentConfig = {
  oroBaseUrl: "https://crm.example.com",
  backOfficePrefix: "/admin",
  clientId: "oro-outlook-connector",
  adminRoles: ["ROLE_ADMINISTRATOR"],
  version: "1.2.3",
  build: "abc1234",
  hasServer: true,
  apiRelayPath: null,
};

let distDir: string;

beforeEach(() => {
  distDir = mkdtempSync(join(tmpdir(), "connector-dist-"));
  const page = (entry: string) =>
    `<!doctype html><html lang="en"><head><title>t</title><script src="${officeJsCdnUrl}"></script>` +
    `<script type="module" src="/assets/${entry}"></script></head><body><div id="root"></div></body></html>`;
  writeFileSync(join(distDir, "taskpane.html"), page("taskpane-AbCd1234.js"));
  writeFileSync(join(distDir, "demo.html"), page("demo-EfGh5678.js"));
  mkdirSync(join(distDir, "assets"));
  writeFileSync(join(distDir, "assets", "taskpane-AbCd1234.js"), "console.log('pane')");
  writeFileSync(join(distDir, "assets", "icon-32.png"), "png");
  mkdirSync(join(distDir, ".vite"));
  writeFileSync(
    join(distDir, ".vite", "manifest.json"),
    JSON.stringify({ "taskpane.html": { file: "assets/taskpane-AbCd1234.js", isEntry: true } }),
  );
});

afterEach(() => {
  rmSync(distDir, { recursive: true, force: true });
});

function builtApp() {
  return createConnectorApp({ deploymentConfig: () => deploymentConfig, pages: { mode: "built", distDir } });
}

function embeddedConfig(html: string): unknown {
  const match = new RegExp(`<script type="application/json" id="${configElementId}">(.*?)</script>`).exec(
    html,
  );
  return match?.[1] !== undefined ? JSON.parse(match[1]) : null;
}

test("the root address sends the visitor to the demo page", async () => {
  const response = await builtApp().request("/");
  expect(response.status).toBe(302);
  expect(response.headers.get("location")).toBe("/demo.html");
});

test("a built page is served with the config embedded, local office.js and no caching", async () => {
  const response = await builtApp().request("/taskpane.html");
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/text\/html/);
  expect(response.headers.get("cache-control")).toBe("no-cache");
  expect(response.headers.get("cross-origin-opener-policy")).toBeNull();
  const html = await response.text();
  expect(html).toContain('<script src="/vendor/office-js/office.js"></script>');
  expect(html).not.toContain("appsforoffice.microsoft.com");
  expect(embeddedConfig(html)).toEqual(deploymentConfig);
});

test("hashed bundles are cached forever, other files for a while, missing files not at all", async () => {
  const app = builtApp();
  const bundle = await app.request("/assets/taskpane-AbCd1234.js");
  expect(bundle.status).toBe(200);
  expect(bundle.headers.get("cache-control")).toContain("immutable");
  expect(await bundle.text()).toBe("console.log('pane')");
  const icon = await app.request("/assets/icon-32.png");
  expect(icon.status).toBe(200);
  expect(icon.headers.get("cache-control")).toBe("public, max-age=3600");
  const missing = await app.request("/assets/nothing.js");
  expect(missing.status).toBe(404);
  expect(missing.headers.get("cache-control")).toBeNull();
});

test("build internals and paths outside dist are not served", async () => {
  const app = builtApp();
  expect((await app.request("/.vite/manifest.json")).status).toBe(404);
  expect((await app.request("/%2e%2e/package.json")).status).toBe(404);
  expect((await app.request("/..%2fpackage.json")).status).toBe(404);
});

test("the config is also available as /config.json and never cached", async () => {
  const response = await builtApp().request("/config.json");
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(deploymentConfigSchema.parse(await response.json())).toEqual(deploymentConfig);
});

test("office.js and its host scripts are served from the installed package", async () => {
  const app = builtApp();
  const officeJs = await app.request("/vendor/office-js/office.js");
  expect(officeJs.status).toBe(200);
  expect(officeJs.headers.get("content-type")).toMatch(/javascript/);
  expect((await officeJs.text()).length).toBeGreaterThan(1000);
  expect((await app.request("/vendor/office-js/outlook-web-16.01.js")).status).toBe(200);
  expect((await app.request("/vendor/office-js/../package.json")).status).toBe(404);
});

test("the local office.js never reaches for Microsoft's servers (its telemetry frame is switched off)", async () => {
  const app = builtApp();
  for (const file of ["office.js", "o15apptofilemappingtable.js", "o15apptofilemappingtable.debug.js"]) {
    const response = await app.request(`/vendor/office-js/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/javascript/);
    const script = await response.text();
    expect(script.length).toBeGreaterThan(1000);
    expect(script).not.toMatch(/https:\/\/[a-z0-9.-]*(?:oaspapps|microsoft|office)\.(?:com|net)/i);
  }
});

test("a server-side feature's routes answer before the pages", async () => {
  const feature = new Hono().get("/api/connector/ping", (c) => c.json({ pong: true }));
  const app = createConnectorApp({
    deploymentConfig: () => deploymentConfig,
    pages: { mode: "built", distDir },
    routes: [feature],
  });
  expect(await (await app.request("/api/connector/ping")).json()).toEqual({ pong: true });
  expect((await app.request("/taskpane.html")).status).toBe(200);
});

test("the health check reports version and build", async () => {
  const response = await builtApp().request("/healthz");
  expect(await response.json()).toEqual({ status: "ok", version: "1.2.3", build: "abc1234" });
});

describe("the listening server", () => {
  test("starts the sandbox for the add-in's origin and points the pane at it", async () => {
    const config = resolveServerConfig([{ port: 0, built: true, distDir }], { rootDir: "/", cwd: "/" });
    const started: Array<{ addinOrigin: string; layout: string }> = [];
    let sandboxClosed = false;
    const startSandbox: SandboxStarter<{ name: string }> = (options) => {
      started.push({ addinOrigin: options.addinOrigin, layout: options.settings.layout });
      return Promise.resolve({
        url: "http://localhost:9999",
        sandbox: { name: "fake Oro" },
        close: () => {
          sandboxClosed = true;
          return Promise.resolve();
        },
      });
    };
    const server = createConnectorServer(config, { startSandbox, rootDir: process.cwd() });
    try {
      const running = await server.listen();
      expect(running.url).toMatch(/^http:\/\/localhost:\d+$/);
      expect(started).toEqual([{ addinOrigin: running.url, layout: "commerce" }]);
      expect(running.sandbox?.sandbox).toEqual({ name: "fake Oro" });
      const html = await (await fetch(running.taskpaneUrl)).text();
      expect(embeddedConfig(html)).toMatchObject({
        oroBaseUrl: "http://localhost:9999",
        hasServer: true,
        apiRelayPath: null,
      });
      // Without the option nothing is relayed.
      expect((await fetch(`${running.url}/oro-api-relay/admin/api/userprofile`)).status).toBe(404);
    } finally {
      await server.close();
    }
    expect(sandboxClosed).toBe(true);
  });

  test("with the API relay on, the pane is told where it is and it reaches the Oro the server started", async () => {
    const config = {
      ...resolveServerConfig([{ port: 0, built: true, distDir }], { rootDir: "/", cwd: "/" }),
      apiRelay: true,
    };
    const server = createConnectorServer(config, { startSandbox: startDemoSandbox, rootDir: process.cwd() });
    try {
      const running = await server.listen();
      const html = await (await fetch(running.taskpaneUrl)).text();
      expect(embeddedConfig(html)).toMatchObject({
        oroBaseUrl: running.oroBaseUrl,
        apiRelayPath: "/oro-api-relay",
      });
      const sandbox = running.sandbox?.sandbox;
      if (!sandbox) throw new Error("no sandbox");
      const { access_token } = await sandbox.issueTokens(oroUsers.sales.username);
      const response = await fetch(`${running.url}/oro-api-relay/admin/api/userprofile`, {
        headers: { Authorization: `Bearer ${access_token}` },
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ data: { type: "users" } });
      expect((await fetch(`${running.url}/oro-api-relay/oauth2-token`, { method: "POST" })).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  test(
    "in development, Vite serves the pages with the config and the local office.js",
    { timeout: 60_000 },
    async () => {
      const config = resolveServerConfig([{ port: 0, oroBaseUrl: "https://crm.example.com" }], {
        rootDir: process.cwd(),
        cwd: process.cwd(),
      });
      const server = createConnectorServer(config, { startSandbox: null, rootDir: process.cwd() });
      try {
        const running = await server.listen();
        const response = await fetch(running.taskpaneUrl);
        expect(response.status).toBe(200);
        const html = await response.text();
        expect(html).toContain("/@vite/client");
        expect(html).toContain('<script src="/vendor/office-js/office.js"></script>');
        expect(html).not.toContain("appsforoffice.microsoft.com");
        expect(embeddedConfig(html)).toMatchObject({
          oroBaseUrl: "https://crm.example.com",
          hasServer: true,
        });
        expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
      } finally {
        await server.close();
      }
    },
  );

  test("refuses to start in built mode without a build", async () => {
    const config = resolveServerConfig([{ port: 0, built: true, distDir: join(distDir, "missing") }], {
      rootDir: "/",
      cwd: "/",
    });
    const server = createConnectorServer(config, { startSandbox: null });
    await expect(server.listen()).rejects.toThrow(/npm run build/);
  });
});
