// The server's configuration, merged from three layers: connector.config.json < environment < command-line
// flags. Each layer is validated on its own so an error names the exact file key, variable or flag at fault.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";

export const defaultPort = 3000;
export const defaultClientId = "oro-outlook-connector";
export const defaultConfigFileName = "connector.config.json";

const portSchema = z.number().int().min(0, "must be 0–65535").max(65535, "must be 0–65535");
const layoutSchema = z.enum(["platform", "commerce"]);
// Oro's back-office prefix is "/admin" by default with OroCommerce and configurable; "" means no prefix.
const prefixSchema = z
  .string()
  .regex(/^(\/[A-Za-z0-9._~-]+)*$/, 'must be "" or a path like "/admin" (no trailing slash)')
  .nullable();
const baseUrlSchema = z
  .url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://crm.example.com" })
  .transform((url) => url.replace(/\/+$/, ""));

/** One layer of settings, every key optional. The config file uses these keys. */
const layerSchema = z.strictObject({
  port: portSchema.optional(),
  host: z.string().min(1).optional(),
  built: z.boolean().optional(),
  distDir: z.string().min(1).optional(),
  cert: z.string().min(1).optional(),
  key: z.string().min(1).optional(),
  oroBaseUrl: baseUrlSchema.nullable().optional(),
  apiRelay: z.boolean().optional(),
  backOfficePrefix: prefixSchema.optional(),
  clientId: z.string().min(1).optional(),
  adminRoles: z.array(z.string().min(1)).min(1).optional(),
  sandboxPort: portSchema.optional(),
  sandboxLayout: layoutSchema.optional(),
  latency: z.number().int().min(0, "must be 0 or more").optional(),
  settingsFile: z.string().min(1).optional(),
});

export type ServerConfigLayer = z.infer<typeof layerSchema>;
/** The config file's keys (exported so the help text can be checked against them). */
export const configFileKeys = Object.keys(layerSchema.shape);
type LayerKey = keyof ServerConfigLayer;

export type SandboxSettings = {
  mode: "sandbox";
  /** Port of the simulated Oro; 0 = any free port. */
  port: number;
  layout: z.infer<typeof layoutSchema>;
  latencyMs: number;
};

export type ServerConfig = {
  port: number;
  host: string;
  /** Serve the production build in distDir instead of running Vite in middleware mode. */
  built: boolean;
  distDir: string;
  https: { certFile: string; keyFile: string } | null;
  /** Either a real Oro, or the in-process sandbox started beside the add-in. */
  oro: { mode: "real"; baseUrl: string } | SandboxSettings;
  /** Relay the pane's Oro API requests through this server (same origin: no CORS preflights). */
  apiRelay: boolean;
  backOfficePrefix: string | null;
  clientId: string;
  adminRoles: string[];
  /** The JSON file holding the connector's system and organization settings. */
  settingsFile: string;
};

export class ConfigError extends Error {
  override name = "ConfigError";
}

// How each string-valued source (environment variable or flag) maps onto a layer key.
const wholeNumber = z.string().regex(/^\d+$/, "must be a whole number").transform(Number);
const onOff = z
  .enum(["true", "false", "1", "0"], { error: "must be 1, 0, true or false" })
  .transform((value) => value === "true" || value === "1");
const stringParsers: Record<LayerKey, z.ZodType<unknown, string>> = {
  port: wholeNumber,
  host: z.string(),
  built: onOff,
  distDir: z.string(),
  cert: z.string(),
  key: z.string(),
  oroBaseUrl: z.string(),
  apiRelay: onOff,
  backOfficePrefix: z.string().transform((value) => (value === "auto" ? null : value)),
  clientId: z.string(),
  adminRoles: z.string().transform((value) =>
    value
      .split(",")
      .map((role) => role.trim())
      .filter((role) => role !== ""),
  ),
  sandboxPort: wholeNumber,
  sandboxLayout: z.string(),
  latency: wholeNumber,
  settingsFile: z.string(),
};

export const envVariables: Record<string, LayerKey> = {
  PORT: "port",
  HOST: "host",
  HTTPS_CERT: "cert",
  HTTPS_KEY: "key",
  ORO_BASE_URL: "oroBaseUrl",
  ORO_API_RELAY: "apiRelay",
  ORO_BACKOFFICE_PREFIX: "backOfficePrefix",
  ORO_CLIENT_ID: "clientId",
  ORO_ADMIN_ROLES: "adminRoles",
  SANDBOX_PORT: "sandboxPort",
  SANDBOX_LAYOUT: "sandboxLayout",
  SANDBOX_LATENCY_MS: "latency",
  CONNECTOR_SETTINGS_FILE: "settingsFile",
};

/** Every flag the server accepts (exported so the help text can be checked against it). */
export const flagOptions = {
  config: { type: "string" },
  port: { type: "string" },
  host: { type: "string" },
  built: { type: "boolean" },
  "dist-dir": { type: "string" },
  cert: { type: "string" },
  key: { type: "string" },
  "oro-base-url": { type: "string" },
  "api-relay": { type: "boolean" },
  "backoffice-prefix": { type: "string" },
  "client-id": { type: "string" },
  "admin-roles": { type: "string" },
  "sandbox-port": { type: "string" },
  "sandbox-layout": { type: "string" },
  latency: { type: "string" },
  "settings-file": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const flagKeys: Record<string, LayerKey> = {
  port: "port",
  host: "host",
  "dist-dir": "distDir",
  cert: "cert",
  key: "key",
  "oro-base-url": "oroBaseUrl",
  "backoffice-prefix": "backOfficePrefix",
  "client-id": "clientId",
  "admin-roles": "adminRoles",
  "sandbox-port": "sandboxPort",
  "sandbox-layout": "sandboxLayout",
  latency: "latency",
  "settings-file": "settingsFile",
};

export const usage = `Usage: npm start -- [options]     (npm run preview -- [options] serves the production build)

Options (environment variable in brackets; flags win over the environment, which wins over the config file):
  --port <n>                 port of the add-in server, default ${defaultPort} [PORT]
  --host <name>              interface to listen on, default localhost [HOST]
  --built                    serve dist/ (run "npm run build" first) instead of the Vite dev server
  --dist-dir <dir>           the production build --built serves, relative to the project, default dist
  --cert <file> --key <file> serve HTTPS with this certificate and key, e.g. the files office-addin-dev-certs
                             made in ~/.office-addin-dev-certs/ [HTTPS_CERT, HTTPS_KEY]
  --oro-base-url <url>       a real Oro, e.g. https://crm.example.com; no sandbox is started [ORO_BASE_URL]
  --api-relay                relay the pane's Oro API requests through this server (same origin, no CORS
                             preflights) to the Oro above or, without one, to the sandbox this server
                             starts. Off by default [ORO_API_RELAY=1]
  --backoffice-prefix <p>    "" (Platform/CRM), "/admin" (Commerce) or "auto" (discover; default) [ORO_BACKOFFICE_PREFIX]
  --client-id <id>           the OAuth application's client id, default ${defaultClientId} [ORO_CLIENT_ID]
  --admin-roles <a,b>        Oro roles that administer the connector, default ROLE_ADMINISTRATOR [ORO_ADMIN_ROLES]
  --sandbox-port <n>         port of the simulated Oro, default port + 1 [SANDBOX_PORT]
  --sandbox-layout <l>       platform | commerce (back office under /admin), default commerce [SANDBOX_LAYOUT]
  --latency <ms>             delay every sandbox response, default 0 [SANDBOX_LATENCY_MS]
  --settings-file <file>     where system and organization settings are stored, default .data/settings.json
                             [CONNECTOR_SETTINGS_FILE]
  --config <file>            JSON file with the same settings in camelCase (port, host, built, distDir, cert, key,
                             oroBaseUrl, apiRelay, backOfficePrefix, clientId, adminRoles, sandboxPort, sandboxLayout,
                             latency, settingsFile);
                             default ./${defaultConfigFileName} when it exists
  -h, --help                 show this help`;

/** Validates a layer; `nameOf` says where a key came from ("--port", "environment variable PORT", ...). */
function parseLayer(value: unknown, nameOf: (key: string) => string): ServerConfigLayer {
  const result = layerSchema.safeParse(value);
  if (result.success) return result.data;
  const messages = result.error.issues.map((issue) => {
    const [key, ...rest] = issue.path.map(String);
    if (key === undefined) return `${nameOf("")}: ${issue.message}`;
    const detail = rest.length > 0 ? ` (${rest.join(".")})` : "";
    return `${nameOf(key)}${detail}: ${issue.message}`;
  });
  throw new ConfigError(messages.join("\n"));
}

/** Turns string settings (environment variables, flags) into a validated layer. */
function parseStringLayer(entries: Array<{ key: LayerKey; raw: string; source: string }>): ServerConfigLayer {
  const layer: Record<string, unknown> = {};
  const sources = new Map<string, string>();
  for (const { key, raw, source } of entries) {
    const converted = stringParsers[key].safeParse(raw);
    if (!converted.success) {
      throw new ConfigError(converted.error.issues.map((issue) => `${source}: ${issue.message}`).join("\n"));
    }
    layer[key] = converted.data;
    sources.set(key, source);
  }
  return parseLayer(layer, (key) => sources.get(key) ?? key);
}

export function layerFromEnv(env: Record<string, string | undefined>): ServerConfigLayer {
  const entries: Array<{ key: LayerKey; raw: string; source: string }> = [];
  for (const [name, key] of Object.entries(envVariables)) {
    const raw = env[name];
    // An empty ORO_BACKOFFICE_PREFIX is meaningful (no prefix); other empty variables count as unset.
    if (raw === undefined || (raw === "" && key !== "backOfficePrefix")) continue;
    entries.push({ key, raw, source: `environment variable ${name}` });
  }
  return parseStringLayer(entries);
}

export type ParsedFlags = { layer: ServerConfigLayer; configFile: string | undefined; help: boolean };

export function layerFromFlags(argv: string[]): ParsedFlags {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: flagOptions, strict: true, allowPositionals: false });
  } catch (error) {
    throw new ConfigError(error instanceof Error ? error.message : String(error));
  }
  const { values } = parsed;
  const entries: Array<{ key: LayerKey; raw: string; source: string }> = [];
  for (const [flag, raw] of Object.entries(values)) {
    const key = flagKeys[flag];
    if (key !== undefined && typeof raw === "string") entries.push({ key, raw, source: `--${flag}` });
  }
  const layer = parseStringLayer(entries);
  if (values.built === true) layer.built = true;
  if (values["api-relay"] === true) layer.apiRelay = true;
  return { layer, configFile: values.config, help: values.help === true };
}

export function layerFromFile(path: string): ServerConfigLayer {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`cannot read config file ${path}: ${reason}`);
  }
  return parseLayer(json, (key) =>
    key === "" ? `config file ${path}` : `config file ${path}, key "${key}"`,
  );
}

/** Merges layers (later wins) and applies defaults. */
export function resolveServerConfig(
  layers: ServerConfigLayer[],
  dirs: { rootDir: string; cwd: string },
): ServerConfig {
  const merged = layers.reduce<ServerConfigLayer>((result, layer) => ({ ...result, ...layer }), {});
  if ((merged.cert === undefined) !== (merged.key === undefined)) {
    throw new ConfigError(
      "HTTPS needs both a certificate and a key (--cert and --key, or HTTPS_CERT and HTTPS_KEY)",
    );
  }
  const port = merged.port ?? defaultPort;
  const oroBaseUrl = merged.oroBaseUrl ?? null;
  // The relay forwards to the configured Oro only; without one (demo mode) to the sandbox this server starts.
  const apiRelay = merged.apiRelay ?? false;
  return {
    port,
    host: merged.host ?? "localhost",
    built: merged.built ?? false,
    distDir: resolve(dirs.rootDir, merged.distDir ?? "dist"),
    https:
      merged.cert !== undefined && merged.key !== undefined
        ? { certFile: resolve(dirs.cwd, merged.cert), keyFile: resolve(dirs.cwd, merged.key) }
        : null,
    oro:
      oroBaseUrl !== null
        ? { mode: "real", baseUrl: oroBaseUrl }
        : {
            mode: "sandbox",
            // Port 0 (any free port, as in tests) stays 0 for the sandbox too.
            port: merged.sandboxPort ?? (port === 0 ? 0 : port + 1),
            layout: merged.sandboxLayout ?? "commerce",
            latencyMs: merged.latency ?? 0,
          },
    apiRelay,
    backOfficePrefix: merged.backOfficePrefix ?? null,
    clientId: merged.clientId ?? defaultClientId,
    adminRoles: merged.adminRoles ?? ["ROLE_ADMINISTRATOR"],
    settingsFile: resolve(dirs.cwd, merged.settingsFile ?? ".data/settings.json"),
  };
}

export type LoadedServerConfig = { config: ServerConfig; help: boolean; configFile: string | null };

/** Reads the config file (if any), the environment and the flags. Throws ConfigError with a readable message. */
export function loadServerConfig(options: {
  argv: string[];
  env: Record<string, string | undefined>;
  cwd: string;
  rootDir: string;
}): LoadedServerConfig {
  const flags = layerFromFlags(options.argv);
  const explicitFile = flags.configFile !== undefined ? resolve(options.cwd, flags.configFile) : null;
  if (explicitFile !== null && !existsSync(explicitFile)) {
    throw new ConfigError(`config file ${explicitFile} does not exist`);
  }
  const defaultFile = resolve(options.cwd, defaultConfigFileName);
  const configFile = explicitFile ?? (existsSync(defaultFile) ? defaultFile : null);
  const fileLayer = configFile !== null ? layerFromFile(configFile) : {};
  const config = resolveServerConfig([fileLayer, layerFromEnv(options.env), flags.layer], options);
  return { config, help: flags.help, configFile };
}
