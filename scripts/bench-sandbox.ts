// The demo sandbox as the server starts it (its own origin, CORS for the add-in), plus a log of every request it
// receives and the bench's network latency. The browser does not report CORS preflights to Playwright, but they
// cost a round trip each, so the bench counts them here, on the Oro side. Requests the connector's API relay
// forwards (Via names it) come from a server beside Oro: the relay itself holds them back, not this hook.
import { relayVia } from "../src/server/api-relay";
import { startDemoSandbox } from "../src/server/demo-sandbox";
import type { SandboxStarter } from "../src/server/app";
import { startSandboxServer } from "../src/sandbox/node-transport";
import { delay, type OroSandbox } from "../src/sandbox/oro-sandbox";

export type LoggedRequest = {
  method: string;
  path: string;
  /** Forwarded by the connector's API relay rather than sent by the browser. */
  relayed: boolean;
};

export type RequestLog = {
  /** Requests received since the last `clear()`. */
  readonly entries: readonly LoggedRequest[];
  clear: () => void;
};

export function createRequestLog(): RequestLog & { add: (entry: LoggedRequest) => void } {
  let entries: LoggedRequest[] = [];
  return {
    get entries() {
      return entries;
    },
    clear: () => {
      entries = [];
    },
    add: (entry) => {
      entries.push(entry);
    },
  };
}

/**
 * startDemoSandbox, with the sandbox's HTTP server fed through a logging wrapper. The demo starter's server is
 * closed at once and a logging one started on the same port, so the sandbox keeps the URL it was created with.
 * `latencyMs` (read per request) delays what the browser sends directly: the round trip between browser and Oro.
 */
export function loggingSandboxStarter(
  log: ReturnType<typeof createRequestLog>,
  network: { latencyMs?: () => number } = {},
): SandboxStarter<OroSandbox> {
  return async (options) => {
    const started = await startDemoSandbox(options);
    const port = Number(new URL(started.url).port);
    await started.close();
    const sandbox = started.sandbox;
    const logged: OroSandbox = {
      ...sandbox,
      // The spread copies the methods; the model and faults are the same objects, so tests of state still work.
      fetch: async (request) => {
        const relayed = request.headers.get("via")?.includes(relayVia) ?? false;
        log.add({ method: request.method, path: new URL(request.url).pathname, relayed });
        if (!relayed) await delay(network.latencyMs?.() ?? 0, request.signal);
        return sandbox.fetch(request);
      },
    };
    const server = await startSandboxServer(logged, { port, host: options.host });
    return { url: started.url, sandbox, close: () => server.close() };
  };
}
