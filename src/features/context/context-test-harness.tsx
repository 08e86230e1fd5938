// Test-only: renders the context panel inside the real providers – a simulated mailbox, a session manager
// connected to the msw-served sandbox through a stored refresh token, react-intl with the panel's catalogs,
// Fluent, a fresh QueryClient and a navigation stack that records what the user opened.
import type { ReactNode } from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, type RenderResult } from "@testing-library/react";
import { PaneIntlProvider } from "../../i18n/intl-provider";
import { layoutConnection } from "../../auth/oro-endpoints";
import { SessionProvider } from "../../auth/session-context";
import { createSessionManager, type SessionManager } from "../../auth/session-manager";
import { createTokenStore } from "../../auth/token-store";
import { MailboxContext } from "../../mailbox/mailbox-context";
import type { Scenario } from "../../mailbox/scenario";
import { createSimulatedMailbox, type SimulatedMailbox } from "../../mailbox/simulated-mailbox";
import type { OroSandbox } from "../../sandbox/oro-sandbox";
import { defaultClientId } from "../../sandbox/options";
import { DeploymentContext, type DeploymentInfo } from "../../settings/deployment-context";
import { NavigationContext, type Navigation, type Route } from "../../ui/navigation";

/** localStorage stand-in holding the stored session the manager restores. */
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

/** A session manager already connected to the sandbox as `username` (restored from a stored refresh token). */
export async function connectedSessionManager(
  sandbox: OroSandbox,
  mailbox: SimulatedMailbox,
  username = "sales",
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
    paneOrigin: "http://localhost",
  });
  await manager.start();
  const session = manager.getSession();
  if (session.status !== "connected")
    throw new Error(`The test session did not connect (it is "${session.status}")`);
  return manager;
}

export type ContextHarness = RenderResult & {
  mailbox: SimulatedMailbox;
  queryClient: QueryClient;
  /** Every route the panel pushed (a chosen record opens its details). */
  pushed: Route[];
};

/** A static deployment (no connector server): settings are the defaults plus the user's roaming values. */
function testDeployment(sandbox: OroSandbox): DeploymentInfo {
  return {
    oroBaseUrl: sandbox.baseUrl,
    backOfficePrefix: sandbox.backOfficePrefix,
    clientId: defaultClientId,
    adminRoles: ["ROLE_ADMINISTRATOR"],
    version: "test",
    build: "test",
    hasServer: false,
  };
}

const messages = {};

function recordingNavigation(pushed: Route[]): Navigation {
  return {
    current: { name: "home" },
    push: (route) => pushed.push(route),
    back: () => undefined,
    reset: () => undefined,
    canGoBack: false,
  };
}

/** Renders `ui` with a connected session and a simulated mailbox showing `scenario` (item `selectedIndex` open). */
export async function renderWithContextProviders(
  ui: ReactNode,
  options: { sandbox: OroSandbox; scenario: Scenario; selectedIndex?: number | null; username?: string },
): Promise<ContextHarness> {
  const mailbox = createSimulatedMailbox(options.scenario, {
    selectedIndex: options.selectedIndex === undefined ? 0 : options.selectedIndex,
  });
  const manager = await connectedSessionManager(options.sandbox, mailbox, options.username);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const pushed: Route[] = [];
  const navigation = recordingNavigation(pushed);
  const result = render(
    <MailboxContext.Provider value={mailbox}>
      <PaneIntlProvider locale="en" messages={messages}>
        <FluentProvider theme={webLightTheme}>
          <QueryClientProvider client={queryClient}>
            <SessionProvider manager={manager}>
              <DeploymentContext.Provider value={testDeployment(options.sandbox)}>
                <NavigationContext.Provider value={navigation}>{ui}</NavigationContext.Provider>
              </DeploymentContext.Provider>
            </SessionProvider>
          </QueryClientProvider>
        </FluentProvider>
      </PaneIntlProvider>
    </MailboxContext.Provider>,
  );
  return { ...result, mailbox, queryClient, pushed };
}
