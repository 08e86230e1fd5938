// The connector's Node server: serves the add-in pages (Vite in development, dist/ when built), the local
// office.js, the deployment config, and in demo mode starts the simulated Oro on its own origin so the pane
// talks to it cross-origin exactly as it would to a real Oro.
import { createServer as createHttpServer, type Server as HttpServer } from "node:http";
import { createServer as createHttpsServer, type Server as HttpsServer } from "node:https";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { getRequestListener, type HttpBindings } from "@hono/node-server";
import { Hono } from "hono";
import { deploymentConfigSchema, type DeploymentConfig } from "../app/deployment-config";
import { apiRelayPath, createApiRelayRoutes, type ApiRelayOptions } from "./api-relay";
import { projectRoot, readBuildId, readPackageVersion } from "./build-info";
import type { SandboxSettings, ServerConfig } from "./config";
import { transformHtmlPage } from "./html";
import { distHandler, mountOfficeJs } from "./static-files";
import { createViteDevHandler, type ViteDevHandler } from "./vite-dev";

export type ConnectorEnv = { Bindings: HttpBindings };

export const demoPagePath = "/demo.html";
export const taskpanePagePath = "/taskpane.html";

/** Starts a simulated Oro that accepts the add-in's origin; the server calls it once it knows that origin. */
export type SandboxStarter<S> = (options: {
  settings: SandboxSettings;
  host: string;
  addinOrigin: string;
}) => Promise<{ url: string; sandbox: S; close: () => Promise<void> }>;

export type ConnectorAppOptions = {
  /** Read on every request: the config is only complete once the sandbox runs. */
  deploymentConfig: () => DeploymentConfig;
  /** dist/ in built mode; in development the last handler passes to Vite. */
  pages: { mode: "built"; distDir: string } | { mode: "dev"; handle: ViteDevHandler["handle"] };
  /** Server-side features (the settings API): Hono apps mounted at "/" before the pages. */
  routes?: Hono[];
};

/** Builds a feature's routes once the deployment config can be read (the sandbox URL is known late). */
export type RoutesFactory = (deploymentConfig: () => DeploymentConfig) => Hono[];

/** The request handling, separate from listening so tests can call app.request() directly. */
export function createConnectorApp(options: ConnectorAppOptions): Hono<ConnectorEnv> {
  const app = new Hono<ConnectorEnv>();
  const render = (html: string) => transformHtmlPage(html, options.deploymentConfig());

  app.use("*", async (c, next) => {
    await next();
    c.header("X-Content-Type-Options", "nosniff");
    // No Cross-Origin-Opener-Policy, ever: it breaks Office dialogs (error 12006).
  });

  app.get("/", (c) => c.redirect(demoPagePath, 302));
  app.get("/healthz", (c) => {
    const { version, build } = options.deploymentConfig();
    c.header("Cache-Control", "no-store");
    return c.json({ status: "ok", version, build });
  });
  app.get("/config.json", (c) => {
    c.header("Cache-Control", "no-store");
    return c.json(options.deploymentConfig());
  });
  mountOfficeJs(app);

  for (const routes of options.routes ?? []) app.route("/", routes);

  if (options.pages.mode === "built") {
    app.use("*", distHandler<ConnectorEnv>(options.pages.distDir, render));
  } else {
    const handle = options.pages.handle;
    app.all("*", (c) => handle(c));
  }
  return app;
}

export type RunningConnector<S> = {
  /** The add-in's origin, e.g. http://localhost:3000 */
  url: string;
  demoUrl: string;
  taskpaneUrl: string;
  oroBaseUrl: string;
  /** The in-process simulated Oro, when no real Oro is configured. */
  sandbox: { url: string; sandbox: S } | null;
};

export type ConnectorServer<S> = {
  listen: () => Promise<RunningConnector<S>>;
  close: () => Promise<void>;
};

/** A wildcard listen address is not something a browser can open. */
export function browserHostFor(host: string): string {
  if (["0.0.0.0", "::", "[::]"].includes(host)) return "localhost";
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}

function originFor(config: ServerConfig, port: number): string {
  return `${config.https ? "https" : "http"}://${browserHostFor(config.host)}:${port}`;
}

export function createConnectorServer<S>(
  config: ServerConfig,
  options: {
    startSandbox: SandboxStarter<S> | null;
    rootDir?: string;
    routes?: RoutesFactory;
    /** With config.apiRelay: what tests and the bench change about the relay (its fetch, a simulated latency). */
    apiRelay?: Omit<ApiRelayOptions, "oroBaseUrl">;
  },
): ConnectorServer<S> {
  const rootDir = options.rootDir ?? projectRoot;
  const version = readPackageVersion(rootDir);
  const build = readBuildId(rootDir);
  let oroBaseUrl: string | null = config.oro.mode === "real" ? config.oro.baseUrl : null;
  // Parsed at start and again once the sandbox's URL is known, not on every page and settings request.
  const parseDeploymentConfig = (): DeploymentConfig =>
    deploymentConfigSchema.parse({
      oroBaseUrl,
      backOfficePrefix: config.backOfficePrefix,
      clientId: config.clientId,
      adminRoles: config.adminRoles,
      version,
      build,
      hasServer: true,
      apiRelayPath: config.apiRelay ? apiRelayPath : null,
    });
  let currentDeploymentConfig = parseDeploymentConfig();
  const deploymentConfig = (): DeploymentConfig => currentDeploymentConfig;

  let httpServer: HttpServer | HttpsServer | null = null;
  let vite: ViteDevHandler | null = null;
  let sandbox: { url: string; sandbox: S; close: () => Promise<void> } | null = null;

  const close = async (): Promise<void> => {
    const server = httpServer;
    httpServer = null;
    await vite?.close();
    vite = null;
    await sandbox?.close();
    sandbox = null;
    if (server !== null) {
      server.closeAllConnections();
      await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
    }
  };

  const listen = async (): Promise<RunningConnector<S>> => {
    if (httpServer !== null) throw new Error("The connector server is already listening");
    if (config.built && !existsSync(join(config.distDir, "taskpane.html"))) {
      throw new Error(`No build in ${config.distDir}: run "npm run build" first, or start without --built`);
    }
    let handler: ReturnType<typeof getRequestListener> | null = null;
    const listener = (...args: Parameters<ReturnType<typeof getRequestListener>>) => {
      // Only until the sandbox runs: the pages must not go out without the Oro they should talk to.
      if (handler === null) {
        args[1].statusCode = 503;
        args[1].end("Starting");
        return;
      }
      void handler(...args);
    };
    const server = config.https
      ? createHttpsServer(
          { cert: readFileSync(config.https.certFile), key: readFileSync(config.https.keyFile) },
          listener,
        )
      : createHttpServer(listener);
    httpServer = server;
    try {
      // Vite starts before the port opens, so nobody is served a half-started server.
      if (!config.built) {
        const renderHtml = (html: string) => transformHtmlPage(html, deploymentConfig());
        vite = await createViteDevHandler({ rootDir, httpServer: server, renderHtml });
      }
      await new Promise<void>((resolveListen, reject) => {
        server.once("error", reject);
        server.listen(config.port, config.host, () => {
          server.off("error", reject);
          resolveListen();
        });
      });
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : config.port;
      const url = originFor(config, port);

      if (config.oro.mode === "sandbox") {
        if (options.startSandbox === null) throw new Error("No sandbox is available to start");
        sandbox = await options.startSandbox({ settings: config.oro, host: config.host, addinOrigin: url });
        oroBaseUrl = sandbox.url;
        currentDeploymentConfig = parseDeploymentConfig();
      }

      // The relay forwards to the Oro this server is configured with (or the sandbox it started), nowhere else.
      const relayRoutes = config.apiRelay
        ? [createApiRelayRoutes({ ...options.apiRelay, oroBaseUrl: () => oroBaseUrl })]
        : [];
      const app = createConnectorApp({
        routes: [...relayRoutes, ...(options.routes?.(deploymentConfig) ?? [])],
        deploymentConfig,
        pages:
          vite !== null ? { mode: "dev", handle: vite.handle } : { mode: "built", distDir: config.distDir },
      });
      handler = getRequestListener(app.fetch);

      return {
        url,
        demoUrl: `${url}${demoPagePath}`,
        taskpaneUrl: `${url}${taskpanePagePath}`,
        oroBaseUrl: deploymentConfig().oroBaseUrl ?? "",
        sandbox: sandbox !== null ? { url: sandbox.url, sandbox: sandbox.sandbox } : null,
      };
    } catch (error) {
      await close();
      throw error;
    }
  };

  return { listen, close };
}
