// Demo mode: the simulated Oro on its own port, so the pane's requests are cross-origin and CORS is real.
import { createServer } from "node:net";
import { startSandboxServer } from "../sandbox/node-transport";
import { createOroSandbox, type OroSandbox } from "../sandbox/oro-sandbox";
import { browserHostFor, type SandboxStarter } from "./app";

/** The sandbox must know its URL before it starts, so "any free port" is settled first. */
function findFreePort(host: string): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/** localhost, 127.0.0.1 and [::1] are different origins to a browser; a demo opened by any of them should work. */
export function loopbackAliases(origin: string): string[] {
  const url = new URL(origin);
  if (!["localhost", "127.0.0.1", "[::1]"].includes(url.hostname)) return [origin];
  return ["localhost", "127.0.0.1", "[::1]"].map((hostname) => `${url.protocol}//${hostname}:${url.port}`);
}

export const startDemoSandbox: SandboxStarter<OroSandbox> = async ({ settings, host, addinOrigin }) => {
  const port = settings.port !== 0 ? settings.port : await findFreePort(host);
  const url = `http://${browserHostFor(host)}:${port}`;
  const origins = loopbackAliases(addinOrigin);
  const sandbox = createOroSandbox({
    baseUrl: url,
    layout: settings.layout,
    latencyMs: settings.latencyMs,
    corsOrigins: { oauth: origins, api: origins },
    redirectUris: origins.map((origin) => `${origin}/auth-callback.html`),
  });
  const server = await startSandboxServer(sandbox, { port, host });
  return { url, sandbox, close: () => server.close() };
};
