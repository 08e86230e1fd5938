// Test-only: settings and menu UI inside the real providers (tests/support/render-with-oro.tsx), with the
// connector server's real settings routes behind msw (a store in a temp directory) and a deployment that has a
// server.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { http, type HttpHandler } from "msw";
import type { SetupServer } from "msw/node";
import type { ReactNode } from "react";
import { afterEach, beforeEach } from "vitest";
import { renderWithOro, testDeployment, type Harness } from "../../tests/support/render-with-oro";
import { MemoryStorage } from "../auth/testing/memory-storage";
import { createSimulatedMailbox, simulatedRoamingSettingsKey } from "../mailbox/simulated-mailbox";
import type { OroSandbox } from "../sandbox/oro-sandbox";
import { createSettingsRoutes } from "../server/settings-routes";
import type { DeploymentInfo } from "./deployment-context";
import { settingsApiPath } from "./settings-api-contract";

/** The connector server's settings routes, answering at the pane's origin through msw. */
export function settingsServerHandlers(options: {
  storePath: string;
  adminRoles?: readonly string[];
  oroApiBaseUrl: string;
}): HttpHandler[] {
  const routes = createSettingsRoutes({
    storePath: options.storePath,
    adminRoles: options.adminRoles ?? ["ROLE_ADMINISTRATOR"],
    oroApiBaseUrl: options.oroApiBaseUrl,
    cacheTtlMs: 0,
  });
  const forward = ({ request }: { request: Request }) => routes.fetch(request);
  const base = `${globalThis.location.origin}${settingsApiPath}`;
  return [http.all(base, forward), http.all(`${base}/*`, forward)];
}

/**
 * For every test of the calling file: a settings store in a fresh temporary directory, served at the pane's origin
 * by the connector server's real settings routes through `server`. `store.path` is the file of the current test.
 */
export function serveSettingsStore(
  server: SetupServer,
  sandbox: OroSandbox,
  name: string,
): { readonly path: string } {
  const store = { dir: "", path: "" };
  beforeEach(async () => {
    store.dir = await mkdtemp(join(tmpdir(), `${name}-`));
    store.path = join(store.dir, "settings.json");
    server.use(
      ...settingsServerHandlers({
        storePath: store.path,
        oroApiBaseUrl: `${sandbox.baseUrl}${sandbox.backOfficePrefix}/api`,
      }),
    );
  });
  afterEach(() => rm(store.dir, { recursive: true, force: true }));
  return store;
}

export function renderWithSettingsProviders(
  ui: ReactNode,
  options: {
    sandbox: OroSandbox;
    username: string;
    deployment?: Partial<DeploymentInfo>;
    /** Roaming settings the mailbox starts with (the user level). */
    roaming?: Record<string, unknown>;
  },
): Promise<Harness> {
  const storage = new MemoryStorage();
  if (options.roaming) storage.setItem(simulatedRoamingSettingsKey, JSON.stringify(options.roaming));
  const mailbox = createSimulatedMailbox(
    { user: { displayName: "Sam Seller", emailAddress: "sam.seller@northwind.example" }, items: [] },
    { storage },
  );
  return renderWithOro(options.sandbox, ui, {
    mailbox,
    username: options.username,
    deployment: testDeployment(options.sandbox, options.deployment),
  });
}
