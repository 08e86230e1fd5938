// Test-only: renders settings and menu UI inside the real providers – a simulated mailbox, a session manager
// connected to the msw-served Oro sandbox, the connector server's real settings routes behind msw (with a store
// in a temp directory), react-intl, Fluent, a fresh QueryClient and a navigation stack that records pushes.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, type RenderResult } from "@testing-library/react";
import { http, type HttpHandler } from "msw";
import type { ReactNode } from "react";
import { PaneIntlProvider } from "../i18n/intl-provider";
import { layoutConnection } from "../auth/oro-endpoints";
import { SessionProvider } from "../auth/session-context";
import { createSessionManager, type SessionManager } from "../auth/session-manager";
import { createTokenStore } from "../auth/token-store";
import { MailboxContext } from "../mailbox/mailbox-context";
import {
  createSimulatedMailbox,
  simulatedRoamingSettingsKey,
  type SimulatedMailbox,
} from "../mailbox/simulated-mailbox";
import type { OroSandbox } from "../sandbox/oro-sandbox";
import { defaultClientId } from "../sandbox/options";
import { createSettingsRoutes } from "../server/settings-routes";
import { NavigationContext, type Navigation, type Route } from "../ui/navigation";
import { DeploymentContext, type DeploymentInfo } from "./deployment-context";
import { settingsApiPath } from "./settings-api-contract";

class MemoryStorage implements Storage {
  private values = new Map<string, string>();
  get length() {
    return this.values.size;
  }
  clear() {
    this.values.clear();
  }
  getItem(key: string) {
    return this.values.get(key) ?? null;
  }
  key(index: number) {
    return [...this.values.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.values.delete(key);
  }
  setItem(key: string, value: string) {
    this.values.set(key, value);
  }
}

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

export async function connectedSessionManager(
  sandbox: OroSandbox,
  mailbox: SimulatedMailbox,
  username: string,
): Promise<SessionManager> {
  const tokens = await sandbox.issueTokens(username);
  const storage = new MemoryStorage();
  const connection = layoutConnection(sandbox.baseUrl, sandbox.backOfficePrefix);
  createTokenStore({ storage, partitionKey: mailbox.partitionKey, clientId: defaultClientId }).save({
    refreshToken: tokens.refresh_token,
    connection,
    user: null,
  });
  const manager = createSessionManager({
    config: {
      oroBaseUrl: sandbox.baseUrl,
      backOfficePrefix: sandbox.backOfficePrefix,
      clientId: defaultClientId,
    },
    mailbox,
    storage,
    paneOrigin: globalThis.location.origin,
  });
  await manager.start();
  const session = manager.getSession();
  if (session.status !== "connected")
    throw new Error(`The test session did not connect (it is "${session.status}")`);
  return manager;
}

export type SettingsHarness = RenderResult & {
  mailbox: SimulatedMailbox;
  manager: SessionManager;
  queryClient: QueryClient;
  pushed: Route[];
};

export function testDeployment(sandbox: OroSandbox, overrides: Partial<DeploymentInfo> = {}): DeploymentInfo {
  return {
    oroBaseUrl: sandbox.baseUrl,
    backOfficePrefix: sandbox.backOfficePrefix,
    clientId: defaultClientId,
    adminRoles: ["ROLE_ADMINISTRATOR"],
    version: "1.2.3",
    build: "abc1234",
    hasServer: true,
    ...overrides,
  };
}

export async function renderWithSettingsProviders(
  ui: ReactNode,
  options: {
    sandbox: OroSandbox;
    username: string;
    deployment?: Partial<DeploymentInfo>;
    /** Roaming settings the mailbox starts with (the user level). */
    roaming?: Record<string, unknown>;
  },
): Promise<SettingsHarness> {
  const storage = new MemoryStorage();
  if (options.roaming) storage.setItem(simulatedRoamingSettingsKey, JSON.stringify(options.roaming));
  const mailbox = createSimulatedMailbox(
    { user: { displayName: "Sam Seller", emailAddress: "sam.seller@northwind.example" }, items: [] },
    { storage },
  );
  const manager = await connectedSessionManager(options.sandbox, mailbox, options.username);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const pushed: Route[] = [];
  const navigation: Navigation = {
    current: { name: "home" },
    push: (route) => pushed.push(route),
    back: () => undefined,
    reset: () => undefined,
    canGoBack: false,
  };
  const result = render(
    <MailboxContext.Provider value={mailbox}>
      <PaneIntlProvider locale="en" messages={{}}>
        <FluentProvider theme={webLightTheme}>
          <QueryClientProvider client={queryClient}>
            <SessionProvider manager={manager}>
              <DeploymentContext.Provider value={testDeployment(options.sandbox, options.deployment)}>
                <NavigationContext.Provider value={navigation}>{ui}</NavigationContext.Provider>
              </DeploymentContext.Provider>
            </SessionProvider>
          </QueryClientProvider>
        </FluentProvider>
      </PaneIntlProvider>
    </MailboxContext.Provider>,
  );
  return { ...result, mailbox, manager, queryClient, pushed };
}
