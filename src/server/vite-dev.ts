// Development mode: Vite runs inside the connector server (middleware mode), so the pages, the injected
// config, the local office.js and hot reload all come from one origin.
import type { Server as HttpServer } from "node:http";
import type { Server as HttpsServer } from "node:https";
import { resolve } from "node:path";
import type { HttpBindings } from "@hono/node-server";
import { RESPONSE_ALREADY_SENT } from "@hono/node-server/utils/response";
import type { Context } from "hono";
import type { Plugin } from "vite";

/** Applies the server's HTML transform after Vite's own, on every page Vite serves. */
export function connectorHtmlPlugin(renderHtml: (html: string) => string): Plugin {
  return {
    name: "oro-connector-html",
    apply: "serve",
    transformIndexHtml: { order: "post", handler: (html) => renderHtml(html) },
  };
}

export type ViteDevHandler = {
  handle: (c: Context<{ Bindings: HttpBindings }>) => Promise<Response>;
  close: () => Promise<void>;
};

export async function createViteDevHandler(options: {
  rootDir: string;
  httpServer: HttpServer | HttpsServer;
  renderHtml: (html: string) => string;
}): Promise<ViteDevHandler> {
  // Imported lazily: built mode (and a production install) never loads Vite.
  const { createServer } = await import("vite");
  const vite = await createServer({
    root: options.rootDir,
    configFile: resolve(options.rootDir, "vite.config.ts"),
    appType: "mpa",
    // Hot reload shares the connector's port instead of opening its own.
    server: { middlewareMode: true, hmr: { server: options.httpServer } },
    plugins: [connectorHtmlPlugin(options.renderHtml)],
    clearScreen: false,
  });
  return {
    handle: (c) =>
      new Promise<Response>((resolveResponse, reject) => {
        const { incoming, outgoing } = c.env;
        outgoing.once("close", () => resolveResponse(RESPONSE_ALREADY_SENT));
        outgoing.once("finish", () => resolveResponse(RESPONSE_ALREADY_SENT));
        vite.middlewares(incoming, outgoing, (error?: unknown) => {
          if (error instanceof Error) reject(error);
          else if (error !== undefined && error !== null)
            reject(new Error("Vite could not serve the request", { cause: error }));
          else resolveResponse(c.notFound());
        });
      }),
    close: () => vite.close(),
  };
}
