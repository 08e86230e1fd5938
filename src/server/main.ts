// `npm start` / `npm run preview`: reads the configuration, starts the connector server (and the sandbox
// unless a real Oro is configured) and says where to point a browser or Outlook.
import { projectRoot } from "./build-info";
import { ConfigError, loadServerConfig, usage, type ServerConfig } from "./config";
import { createConnectorServer, type RunningConnector } from "./app";
import { apiRelayPath } from "./api-relay";
import { createSettingsRoutesForDeployment } from "./settings-routes";
import { oroUsers } from "../sandbox/demo-identities";

function describe(config: ServerConfig, running: RunningConnector<unknown>): string {
  const mode = config.built ? `production build from ${config.distDir}` : "development (Vite, hot reload)";
  const oro =
    config.oro.mode === "sandbox"
      ? `${running.oroBaseUrl}  (sandbox, ${config.oro.layout} layout; sign in as ` +
        `${oroUsers.sales.username}/${oroUsers.sales.password} or ${oroUsers.admin.username}/${oroUsers.admin.password})`
      : `${running.oroBaseUrl}  (client id ${config.clientId})`;
  const lines = [
    `Oro connector is running: ${mode}`,
    "",
    `  Demo (simulated Outlook):  ${running.demoUrl}`,
    `  Task pane:                 ${running.taskpaneUrl}`,
    `  Oro:                       ${oro}`,
    ...(config.apiRelay
      ? [`  Oro API relay:             ${running.url}${apiRelayPath}/… → ${running.oroBaseUrl}/…`]
      : []),
    "",
    "To sideload into Outlook:",
    `  1. Serve over HTTPS (Outlook refuses http): --cert <file> --key <file>${config.https ? " (done)" : ""}`,
    `  2. npm run manifest -- --url ${config.https ? running.url : "https://<this host>:<port>"}`,
    "  3. Outlook on the web → Get add-ins → My add-ins → Add a custom add-in → Add from file → the manifest",
    "",
    "Press Ctrl+C to stop.",
  ];
  return lines.join("\n");
}

async function main(): Promise<void> {
  const loaded = loadServerConfig({
    argv: process.argv.slice(2),
    env: process.env,
    cwd: process.cwd(),
    rootDir: projectRoot,
  });
  if (loaded.help) {
    console.log(usage);
    return;
  }
  if (loaded.configFile !== null) console.log(`Using ${loaded.configFile}`);
  // The sandbox (and its seed data) is only loaded when no real Oro is configured.
  const startSandbox =
    loaded.config.oro.mode === "sandbox" ? (await import("./demo-sandbox")).startDemoSandbox : null;
  const server = createConnectorServer(loaded.config, {
    startSandbox,
    routes: (deployment) => [
      createSettingsRoutesForDeployment(deployment, { storePath: loaded.config.settingsFile }),
    ],
  });
  const running = await server.listen();
  console.log(describe(loaded.config, running));

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration error:\n${error.message}\n\nRun with --help for the options.`);
  } else {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  }
  process.exit(1);
});
