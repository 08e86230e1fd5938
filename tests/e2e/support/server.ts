// The real connector server, in-process, serving the production build (test:e2e builds first) on a free port,
// with the simulated Oro on another free port. Tests reach the sandbox object to check Oro's data or inject faults.
import { resolve } from "node:path";
import { createConnectorServer, type RoutesFactory } from "../../../src/server/app";
import { resolveServerConfig, type ServerConfigLayer } from "../../../src/server/config";
import { startDemoSandbox } from "../../../src/server/demo-sandbox";
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
  "sandboxLayout" | "latency" | "backOfficePrefix" | "adminRoles" | "clientId" | "distDir"
> & {
  /** Server-side features to mount, as main.ts does (e.g. the settings API with a temporary store). */
  routes?: RoutesFactory;
};

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const { routes, ...layer } = options;
  const config = resolveServerConfig([{ ...layer, port: 0, host: "localhost", built: true }], {
    rootDir: projectRoot,
    cwd: projectRoot,
  });
  const server = createConnectorServer(config, {
    startSandbox: startDemoSandbox,
    rootDir: projectRoot,
    routes,
  });
  const running = await server.listen();
  if (running.sandbox === null) {
    await server.close();
    throw new Error("The test server started without its sandbox");
  }
  return {
    url: running.url,
    sandboxUrl: running.sandbox.url,
    sandbox: running.sandbox.sandbox,
    close: server.close,
  };
}
