// The demo sandbox as the server starts it (its own origin, CORS for the add-in), plus a log of every request it
// receives. The browser does not report CORS preflights to Playwright, but they cost a round trip each, so the
// bench counts them here, on the Oro side.
import { startDemoSandbox } from "../src/server/demo-sandbox";
import type { SandboxStarter } from "../src/server/app";
import { startSandboxServer } from "../src/sandbox/node-transport";
import type { OroSandbox } from "../src/sandbox/oro-sandbox";

export type LoggedRequest = { method: string; path: string };

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
 */
export function loggingSandboxStarter(log: ReturnType<typeof createRequestLog>): SandboxStarter<OroSandbox> {
  return async (options) => {
    const started = await startDemoSandbox(options);
    const port = Number(new URL(started.url).port);
    await started.close();
    const sandbox = started.sandbox;
    const logged: OroSandbox = {
      ...sandbox,
      // The spread copies the methods; the model and faults are the same objects, so tests of state still work.
      fetch: (request) => {
        log.add({ method: request.method, path: new URL(request.url).pathname });
        return sandbox.fetch(request);
      },
    };
    const server = await startSandboxServer(logged, { port, host: options.host });
    return { url: started.url, sandbox, close: () => server.close() };
  };
}
