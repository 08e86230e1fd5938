// Node transport: a plain HTTP server in front of sandbox.fetch (demo mode and browser tests). A dropped
// connection destroys the socket; a client that goes away aborts the request's signal.

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { isDroppedConnection } from "./faults";
import type { OroSandbox } from "./oro-sandbox";

export interface SandboxServer {
  /** e.g. "http://127.0.0.1:43123" */
  url: string;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (request.method === "GET" || request.method === "HEAD") return undefined;
  const chunks: Uint8Array[] = [];
  for await (const chunk of request) {
    if (chunk instanceof Uint8Array) chunks.push(chunk);
    else if (typeof chunk === "string") chunks.push(new TextEncoder().encode(chunk));
  }
  return Uint8Array.from(Buffer.concat(chunks));
}

function toHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}

async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  const body = response.body === null ? undefined : Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, headers);
  res.end(body);
}

export function startSandboxServer(
  sandbox: OroSandbox,
  options: { port?: number; host?: string } = {},
): Promise<SandboxServer> {
  const host = options.host ?? "127.0.0.1";
  const server = createServer((req, res) => {
    const controller = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) controller.abort();
    });
    void (async () => {
      try {
        const body = await readBody(req);
        const request = new Request(`http://${req.headers.host ?? host}${req.url ?? "/"}`, {
          method: req.method ?? "GET",
          headers: toHeaders(req),
          body,
          signal: controller.signal,
        });
        const response = await sandbox.fetch(request);
        await writeResponse(response, res);
      } catch (error) {
        if (isDroppedConnection(error)) {
          req.socket.destroy();
        } else if (controller.signal.aborted) {
          // The client went away (e.g. a hung request it gave up on): nothing to answer.
        } else {
          res.writeHead(500, { "Content-Type": "text/plain" });
          res.end(error instanceof Error ? error.message : "Internal error");
        }
      }
    })();
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      const address = server.address();
      if (address === null || typeof address === "string") {
        reject(new Error("The sandbox server did not bind to a TCP port"));
        return;
      }
      const urlHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
      resolve({
        url: `http://${urlHost}:${address.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
