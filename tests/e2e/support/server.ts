// The real connector server, in-process, serving the production build (test:e2e builds first) on a free port,
// with the simulated Oro on another free port. Tests reach the sandbox object to check Oro's data or inject faults.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { ApiRelayOptions } from "../../../src/server/api-relay";
import { createConnectorServer, type RoutesFactory, type SandboxStarter } from "../../../src/server/app";
import { resolveServerConfig, type ServerConfigLayer } from "../../../src/server/config";
import { startDemoSandbox } from "../../../src/server/demo-sandbox";
import { createSettingsRoutesForDeployment } from "../../../src/server/settings-routes";
import type { OroSandbox } from "../../../src/sandbox/oro-sandbox";

const projectRoot = resolve(import.meta.dirname, "..", "..", "..");

export type TestServer = {
  /** The add-in's origin, e.g. http://localhost:41234 */
  url: string;
  sandboxUrl: string;
  sandbox: OroSandbox;
  close: () => Promise<void>;
};

export type TestServerOptions = Pick<
  ServerConfigLayer,
  "sandboxLayout" | "latency" | "backOfficePrefix" | "adminRoles" | "clientId" | "distDir" | "apiRelay"
> & {
  /** Server-side features to mount; by default the settings API with a temporary store, as main.ts mounts it. */
  routes?: RoutesFactory;
  /** Starts the sandbox another way (e.g. one that logs what reaches it); the demo's starter by default. */
  startSandbox?: SandboxStarter<OroSandbox>;
  /** With apiRelay: what to change about the relay (its fetch, the bench's simulated latency). */
  relayOptions?: Omit<ApiRelayOptions, "oroBaseUrl">;
};

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  // E2E_DIST_DIR: a build elsewhere than dist/ (several people build in one working tree).
  const {
    routes: givenRoutes,
    startSandbox = startDemoSandbox,
    relayOptions,
    distDir = process.env.E2E_DIST_DIR || undefined,
    ...layer
  } = options;
  const storeDir = givenRoutes ? null : mkdtempSync(join(tmpdir(), "e2e-settings-"));
  const routes: RoutesFactory =
    givenRoutes ??
    ((deployment) => [
      createSettingsRoutesForDeployment(deployment, { storePath: join(storeDir ?? tmpdir(), "settings.json") }),
    ]);
  const config = resolveServerConfig([{ ...layer, distDir, port: 0, host: "localhost", built: true }], {
    rootDir: projectRoot,
    cwd: projectRoot,
  });
  const server = createConnectorServer(config, {
    startSandbox,
    rootDir: projectRoot,
    routes,
    apiRelay: relayOptions,
  });
  const running = await server.listen();
  if (running.sandbox === null) {
    await server.close();
    if (storeDir) rmSync(storeDir, { recursive: true, force: true });
    throw new Error("The test server started without its sandbox");
  }
  return {
    url: running.url,
    sandboxUrl: running.sandbox.url,
    sandbox: running.sandbox.sandbox,
    close: async () => {
      await server.close();
      if (storeDir) rmSync(storeDir, { recursive: true, force: true });
    },
  };
}
