import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError, configFileKeys, flagOptions, loadServerConfig, usage } from "./config";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "connector-config-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function load(argv: string[] = [], env: Record<string, string> = {}) {
  return loadServerConfig({ argv, env, cwd: dir, rootDir: "/project" });
}

function writeConfigFile(content: unknown, name = "connector.config.json"): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
}

test("with nothing configured, serves on localhost:3000 in development with the commerce sandbox on 3001", () => {
  const { config } = load();
  expect(config).toMatchObject({
    port: 3000,
    host: "localhost",
    built: false,
    distDir: "/project/dist",
    https: null,
    oro: { mode: "sandbox", port: 3001, layout: "commerce", latencyMs: 0 },
    backOfficePrefix: null,
    clientId: "oro-outlook-connector",
    adminRoles: ["ROLE_ADMINISTRATOR"],
  });
});

test("the config file is overridden by the environment, which is overridden by flags", () => {
  writeConfigFile({ port: 4000, clientId: "from-file", sandboxLayout: "platform", latency: 50 });
  const { config, configFile } = load(["--port", "5000"], { PORT: "4500", ORO_CLIENT_ID: "from-env" });
  expect(configFile).toBe(join(dir, "connector.config.json"));
  expect(config.port).toBe(5000);
  expect(config.clientId).toBe("from-env");
  expect(config.oro).toEqual({ mode: "sandbox", port: 5001, layout: "platform", latencyMs: 50 });
});

test("a real Oro replaces the sandbox and loses its trailing slash", () => {
  const { config } = load([], { ORO_BASE_URL: "https://crm.example.com/", ORO_BACKOFFICE_PREFIX: "/admin" });
  expect(config.oro).toEqual({ mode: "real", baseUrl: "https://crm.example.com" });
  expect(config.backOfficePrefix).toBe("/admin");
});

test("an empty back-office prefix means Platform layout, and 'auto' means discover", () => {
  expect(load([], { ORO_BACKOFFICE_PREFIX: "" }).config.backOfficePrefix).toBe("");
  expect(
    load(["--backoffice-prefix", "auto"], { ORO_BACKOFFICE_PREFIX: "" }).config.backOfficePrefix,
  ).toBeNull();
});

test("admin roles come as a comma-separated list", () => {
  const { config } = load([], { ORO_ADMIN_ROLES: "ROLE_ADMINISTRATOR, ROLE_SALES_MANAGER" });
  expect(config.adminRoles).toEqual(["ROLE_ADMINISTRATOR", "ROLE_SALES_MANAGER"]);
});

test("--built, HTTPS files and the sandbox options are taken from flags", () => {
  const { config } = load([
    "--built",
    "--cert",
    "certs/localhost.crt",
    "--key",
    "certs/localhost.key",
    "--sandbox-port",
    "7001",
    "--sandbox-layout",
    "platform",
    "--latency",
    "300",
  ]);
  expect(config.built).toBe(true);
  expect(config.https).toEqual({
    certFile: join(dir, "certs/localhost.crt"),
    keyFile: join(dir, "certs/localhost.key"),
  });
  expect(config.oro).toEqual({ mode: "sandbox", port: 7001, layout: "platform", latencyMs: 300 });
});

test("the API relay is off by default and switched on by flag, environment or config file", () => {
  const oro = { ORO_BASE_URL: "https://crm.example.com" };
  expect(load([], oro).config.apiRelay).toBe(false);
  expect(load(["--api-relay"], oro).config.apiRelay).toBe(true);
  expect(load([], { ...oro, ORO_API_RELAY: "1" }).config.apiRelay).toBe(true);
  expect(load(["--api-relay"], { ...oro, ORO_API_RELAY: "0" }).config.apiRelay).toBe(true);
  writeConfigFile({ oroBaseUrl: "https://crm.example.com", apiRelay: true });
  expect(load().config.apiRelay).toBe(true);
  expect(load([], { ORO_API_RELAY: "false" }).config.apiRelay).toBe(false);
});

test("in demo mode (no Oro configured) the API relay forwards to the sandbox; a bad switch value is refused", () => {
  const demo = load(["--api-relay"]).config;
  expect(demo.apiRelay).toBe(true);
  expect(demo.oro.mode).toBe("sandbox");
  expect(() => load([], { ORO_API_RELAY: "yes", ORO_BASE_URL: "https://crm.example.com" })).toThrow(
    /environment variable ORO_API_RELAY: must be 1, 0, true or false/,
  );
});

test("port 0 picks free ports for both the add-in and the sandbox", () => {
  expect(load(["--port", "0"]).config.oro).toMatchObject({ port: 0 });
});

test.each([
  [["--port", "abc"], {}, /--port: must be a whole number/],
  [["--port", "70000"], {}, /--port: must be 0–65535/],
  [[], { PORT: "-1" }, /environment variable PORT: must be a whole number/],
  [["--sandbox-layout", "shop"], {}, /--sandbox-layout/],
  [[], { ORO_BASE_URL: "crm.example.com" }, /environment variable ORO_BASE_URL: must be an http\(s\) URL/],
  [[], { ORO_BASE_URL: "ftp://crm.example.com" }, /ORO_BASE_URL/],
  [["--backoffice-prefix", "admin/"], {}, /--backoffice-prefix: must be "" or a path/],
  [["--cert", "a.crt"], {}, /both a certificate and a key/],
  [["--colour", "blue"], {}, /Unknown option '--colour'/],
])("rejects %j %j with a message naming the culprit", (argv, env, message) => {
  expect(() => load(argv, env)).toThrow(ConfigError);
  expect(() => load(argv, env)).toThrow(message);
});

test("a config file with an unknown or mistyped key is refused, naming file and key", () => {
  const path = writeConfigFile({ port: "3000" }, "custom.json");
  expect(() => load(["--config", "custom.json"])).toThrow(`config file ${path}, key "port"`);
  writeConfigFile({ prot: 3000 }, "typo.json");
  expect(() => load(["--config", "typo.json"])).toThrow(/prot/);
});

test("a config file passed with --config must exist", () => {
  expect(() => load(["--config", "missing.json"])).toThrow(/missing\.json does not exist/);
});

test("invalid JSON in the config file is reported as such", () => {
  writeFileSync(join(dir, "connector.config.json"), "{ port: 3000 }");
  expect(() => load()).toThrow(/cannot read config file/);
});

test("--help is reported so the caller can print usage", () => {
  expect(load(["--help"]).help).toBe(true);
});

test("--help lists every flag and config file key the server accepts", () => {
  for (const flag of Object.keys(flagOptions)) expect(usage).toContain(`--${flag}`);
  const fileKeys = /JSON file with the same settings in camelCase \(([^)]*)\)/.exec(usage)?.[1] ?? "";
  expect(fileKeys.split(/,\s*/)).toEqual(configFileKeys);
});

test("--help says the API relay works in demo mode too, as the config allows", () => {
  expect(load(["--api-relay"]).config.apiRelay).toBe(true);
  const relayHelp = usage.slice(usage.indexOf("--api-relay"), usage.indexOf("--backoffice-prefix"));
  expect(relayHelp).not.toMatch(/needs --oro-base-url/);
  expect(relayHelp).toMatch(/sandbox this server\s+starts/);
});
