// /api/connector/settings…: reading the system and organization levels is open to any user Oro accepts;
// changing them needs one of the administrator roles, checked with Oro on every change (briefly cached).
import type { Context } from "hono";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { DeploymentConfig } from "../app/deployment-config";
import {
  settingsApiPath,
  type EffectiveSettingsResponse,
  type ManageSettingsResponse,
  type SettingsApiErrorBody,
} from "../settings/settings-api-contract";
import {
  defaultSettings,
  settingErrorMessages,
  settingKeys,
  validateOverrides,
  type SettingErrorCode,
  type SettingsOverrides,
} from "../settings/settings-model";
import {
  CallerCheckError,
  createOroCallerVerifier,
  isAdministrator,
  type OroCaller,
  type OroCallerVerifier,
} from "./settings-admin-check";
import {
  createSettingsStore,
  isOrganizationId,
  SettingsStoreError,
  type SettingsDocument,
} from "./settings-store";

type ApiBaseUrls = string | readonly string[];

export type SettingsRoutesOptions = {
  /** The JSON file holding the system and organization levels, e.g. ".data/settings.json". */
  storePath: string;
  /** For the calls to Oro (tests pass msw's or a sandbox's). */
  fetch?: typeof fetch;
  /** The configured administrator roles; a stored system value replaces them. A function is read per request. */
  adminRoles: readonly string[] | (() => readonly string[]);
  /**
   * Oro's back-office API root(s) used to verify callers' tokens. Several = try in turn (prefix unknown). A
   * function is read per request, for a sandbox whose URL is known only after the server listens; null = no Oro
   * configured yet (answers 502).
   */
  oroApiBaseUrl: ApiBaseUrls | (() => ApiBaseUrls | null);
  /** How long a verified caller is trusted without asking Oro again. Default 60 s. */
  cacheTtlMs?: number;
};

type ErrorStatus = 400 | 401 | 403 | 404 | 500 | 502;

class RouteError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly body: SettingsApiErrorBody,
  ) {
    super(body.message);
  }
}

/** The back-office API roots to try for a base URL and prefix; an unknown prefix tries Commerce's first. */
export function oroApiBaseUrlsFor(baseUrl: string, backOfficePrefix: string | null): string[] {
  const base = baseUrl.replace(/\/+$/, "");
  if (backOfficePrefix === null) return [`${base}/admin/api`, `${base}/api`];
  return [`${base}${backOfficePrefix}/api`];
}

/** A Hono app answering below /api/connector/settings; mount it with app.route("/", ...). */
export function createSettingsRoutes(options: SettingsRoutesOptions): Hono {
  const store = createSettingsStore({ path: options.storePath });
  const cacheTtlMs = options.cacheTtlMs ?? 60_000;
  let verifier: { key: string; verifier: OroCallerVerifier } | null = null;

  function currentVerifier(): OroCallerVerifier {
    const configured =
      typeof options.oroApiBaseUrl === "function" ? options.oroApiBaseUrl() : options.oroApiBaseUrl;
    if (configured === null || (typeof configured !== "string" && configured.length === 0)) {
      throw new RouteError(502, {
        error: "oroUnreachable",
        message:
          "The connector's server has no Oro configured, so it cannot check who is signed in. Start it with " +
          "--oro-base-url (ORO_BASE_URL) to use organization and system settings.",
      });
    }
    const key = typeof configured === "string" ? configured : configured.join(" ");
    if (verifier?.key !== key) {
      verifier = {
        key,
        verifier: createOroCallerVerifier({
          oroApiBaseUrl: configured,
          cacheTtlMs,
          ...(options.fetch ? { fetch: options.fetch } : {}),
        }),
      };
    }
    return verifier.verifier;
  }

  function configuredAdminRoles(): readonly string[] {
    return typeof options.adminRoles === "function" ? options.adminRoles() : options.adminRoles;
  }

  async function readStore(): Promise<SettingsDocument> {
    try {
      return await store.read();
    } catch (error) {
      throw storeFailure(error);
    }
  }

  async function caller(c: Context): Promise<OroCaller> {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header("Authorization") ?? "");
    const token = match?.[1];
    if (token === undefined) {
      throw new RouteError(401, {
        error: "unauthorized",
        message: "Sign in to Oro: the connector's settings need an Oro access token (Authorization: Bearer).",
      });
    }
    try {
      return await currentVerifier().verify(token);
    } catch (error) {
      if (error instanceof CallerCheckError) {
        if (error.failure.kind === "unauthorized")
          throw new RouteError(401, { error: "unauthorized", message: error.message });
        throw new RouteError(502, { error: "oroUnreachable", message: error.message });
      }
      throw error;
    }
  }

  async function administrator(c: Context): Promise<{ caller: OroCaller; document: SettingsDocument }> {
    const who = await caller(c);
    const document = await readStore();
    const adminRoles = document.system.adminRoles ?? configuredAdminRoles();
    if (!isAdministrator(who, adminRoles)) {
      throw new RouteError(403, {
        error: "forbidden",
        message: `Only administrators of the connector may do this: it needs one of these Oro roles: ${adminRoles.join(", ")}.`,
      });
    }
    return { caller: who, document };
  }

  async function overridesFromBody(
    c: Context,
    level: "system" | "organization",
    who: OroCaller,
  ): Promise<SettingsOverrides> {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new RouteError(400, {
        error: "invalid",
        message: 'The request body must be JSON: { "overrides": { … } }.',
      });
    }
    const raw = typeof body === "object" && body !== null && "overrides" in body ? body.overrides : undefined;
    const result = validateOverrides(level, raw ?? null);
    if (!result.ok) throw invalid(result.errors);
    const roles = result.overrides.adminRoles;
    if (roles !== undefined && !isAdministrator(who, roles)) throw invalid({ adminRoles: "wouldLockOut" });
    return withoutDefaults(level, result.overrides);
  }

  /** A system value equal to the default is not stored, so a later change of the default still applies. */
  function withoutDefaults(
    level: "system" | "organization",
    overrides: SettingsOverrides,
  ): SettingsOverrides {
    if (level !== "system") return overrides;
    const defaults = defaultSettings({ adminRoles: configuredAdminRoles() });
    const kept: SettingsOverrides = { ...overrides };
    for (const key of settingKeys) {
      if (kept[key] !== undefined && JSON.stringify(kept[key]) === JSON.stringify(defaults[key]))
        delete kept[key];
    }
    return kept;
  }

  async function save(change: (document: SettingsDocument) => SettingsDocument): Promise<SettingsDocument> {
    try {
      return await store.update(change);
    } catch (error) {
      throw storeFailure(error);
    }
  }

  const app = new Hono();

  // "/*" matches the base path too.
  app.use(`${settingsApiPath}/*`, async (c, next) => {
    await next();
    c.header("Cache-Control", "no-store");
  });

  app.onError((error, c) => {
    if (error instanceof RouteError) {
      if (error.status === 401) c.header("WWW-Authenticate", "Bearer");
      return c.json(error.body, error.status);
    }
    console.error(error);
    return c.json(
      {
        error: "storeUnavailable",
        message: "The connector's server failed unexpectedly.",
      } satisfies SettingsApiErrorBody,
      500,
    );
  });

  app.get(settingsApiPath, async (c) => {
    const who = await caller(c);
    const document = await readStore();
    const organization = who.organization;
    const body: EffectiveSettingsResponse = {
      organization,
      system: document.system,
      organizationOverrides: organization ? (document.organizations[organization.id] ?? {}) : {},
    };
    return c.json(body);
  });

  app.get(`${settingsApiPath}/manage`, async (c) => {
    const { caller: who, document } = await administrator(c);
    const organizations = new Map(
      who.organizations.map((organization) => [organization.id, organization.name]),
    );
    for (const id of Object.keys(document.organizations))
      if (!organizations.has(id)) organizations.set(id, null);
    const body: ManageSettingsResponse = {
      system: document.system,
      organizations: [...organizations].map(([id, name]) => ({
        id,
        name,
        overrides: document.organizations[id] ?? {},
      })),
    };
    return c.json(body);
  });

  const limit = bodyLimit({
    maxSize: 64 * 1024,
    onError: (c) =>
      c.json(
        { error: "invalid", message: "The request body is too large." } satisfies SettingsApiErrorBody,
        400,
      ),
  });

  app.put(`${settingsApiPath}/system`, limit, async (c) => {
    const { caller: who } = await administrator(c);
    const overrides = await overridesFromBody(c, "system", who);
    const saved = await save((document) => ({ ...document, system: overrides }));
    return c.json({ overrides: saved.system });
  });

  app.put(`${settingsApiPath}/organizations/:id`, limit, async (c) => {
    const id = c.req.param("id");
    if (!isOrganizationId(id)) {
      throw new RouteError(404, { error: "notFound", message: `"${id}" is not an Oro organization id.` });
    }
    const { caller: who } = await administrator(c);
    const overrides = await overridesFromBody(c, "organization", who);
    const saved = await save((document) => {
      const organizations = { ...document.organizations };
      if (Object.keys(overrides).length === 0) delete organizations[id];
      else organizations[id] = overrides;
      return { ...document, organizations };
    });
    return c.json({ overrides: saved.organizations[id] ?? {} });
  });

  return app;
}

function invalid(errors: Record<string, SettingErrorCode>): RouteError {
  const fields: Record<string, string> = {};
  for (const [key, code] of Object.entries(errors))
    fields[key === "" ? "overrides" : key] = settingErrorMessages[code];
  return new RouteError(400, {
    error: "invalid",
    message: `Nothing was saved: ${Object.entries(fields)
      .map(([key, message]) => `${key}: ${message}`)
      .join(" ")}`,
    fields,
    codes: Object.fromEntries(
      Object.entries(errors).map(([key, code]) => [key === "" ? "overrides" : key, code]),
    ),
  });
}

function storeFailure(error: unknown): RouteError {
  const message =
    error instanceof SettingsStoreError ? error.message : `The settings store failed: ${String(error)}`;
  return new RouteError(500, { error: "storeUnavailable", message });
}

/**
 * The settings routes for the connector server as configured: the Oro and administrator roles of the deployment
 * config (read per request, since the sandbox's URL is known only once it runs) and the given store file.
 */
export function createSettingsRoutesForDeployment(
  deploymentConfig: () => Pick<DeploymentConfig, "oroBaseUrl" | "backOfficePrefix" | "adminRoles">,
  options: { storePath: string; fetch?: typeof fetch; cacheTtlMs?: number },
): Hono {
  return createSettingsRoutes({
    ...options,
    adminRoles: () => deploymentConfig().adminRoles,
    oroApiBaseUrl: () => {
      const { oroBaseUrl, backOfficePrefix } = deploymentConfig();
      return oroBaseUrl === null ? null : oroApiBaseUrlsFor(oroBaseUrl, backOfficePrefix);
    },
  });
}
