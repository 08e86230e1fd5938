// Test harness for the pane's features: the real providers (Intl, Fluent, TanStack Query, the simulated mailbox,
// the auth session connected to the sandbox through msw, in-memory navigation, and optionally the deployment).
// Nothing of the feature is mocked. The settings harness (src/settings/settings-test-harness.tsx) wraps it.
import { useMemo, useState, type ReactNode } from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { configure, render, type RenderResult } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { PaneIntlProvider } from "../../src/i18n/intl-provider";
import { buildDefaultScenario } from "../../src/demo/default-scenario";
import { SessionProvider } from "../../src/auth/session-context";
import { layoutConnection } from "../../src/auth/oro-endpoints";
import { createSessionManager, type SessionManager } from "../../src/auth/session-manager";
import { MemoryStorage } from "../../src/auth/testing/memory-storage";
import { createTokenStore } from "../../src/auth/token-store";
import { MailboxContext, useCurrentItem } from "../../src/mailbox/mailbox-context";
import type { Scenario } from "../../src/mailbox/scenario";
import { createSimulatedMailbox, type SimulatedMailbox } from "../../src/mailbox/simulated-mailbox";
import { useEmailContext } from "../../src/queries/email-context";
import { defaultClientId } from "../../src/sandbox/options";
import type { OroSandbox } from "../../src/sandbox/oro-sandbox";
import { DeploymentContext, type DeploymentInfo } from "../../src/settings/deployment-context";
import { NavigationContext, type Navigation, type Route } from "../../src/ui/navigation";
import { messagesIn } from "./locale-messages";

/**
 * For a file that renders the whole context panel; call it at module level. Generous waits: the machines these run
 * on are shared, and nothing asserts on time. Role queries skip the visibility check: jsdom's getComputedStyle over
 * Fluent's styles takes seconds per query on a 50-row list.
 */
export function configureForWholePanel(): void {
  configure({ asyncUtilTimeout: 10_000, defaultHidden: true });
}

/** userEvent without its pointer-events check, which costs the same getComputedStyle walk on every pointer action. */
export function setupUser(): ReturnType<typeof userEvent.setup> {
  return userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
}

/** The pane's origin in these tests: jsdom's page origin. */
export const paneOrigin = globalThis.location.origin;

/** What the pane knows of a deployment of the sandbox: by default one with a connector server, and admins. */
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

/** A session manager that starts connected as `username`: tokens issued by the sandbox, restored like a stored session. */
export async function connectedSessionManager(
  sandbox: OroSandbox,
  mailbox: SimulatedMailbox,
  username = "sales",
): Promise<SessionManager> {
  const storage = new MemoryStorage();
  const tokens = await sandbox.issueTokens(username);
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
    paneOrigin,
  });
  await manager.start();
  const session = manager.getSession();
  if (session.status !== "connected") throw new Error(`The test session did not connect (it is "${session.status}")`);
  return manager;
}

/** Navigation as the shell provides it, with the route stack visible to the test. */
function TestNavigation(props: {
  children: ReactNode;
  onChange: (stack: Route[]) => void;
  onPush: (route: Route) => void;
}) {
  const { children, onChange, onPush } = props;
  const [stack, setStack] = useState<Route[]>([{ name: "home" }]);
  const navigation = useMemo<Navigation>(() => {
    const update = (next: Route[]) => {
      onChange(next);
      setStack(next);
    };
    return {
      current: stack[stack.length - 1] ?? { name: "home" },
      canGoBack: stack.length > 1,
      push: (route) => {
        onPush(route);
        update([...stack, route]);
      },
      back: () => update(stack.length > 1 ? stack.slice(0, -1) : stack),
      reset: (route) => update([route]),
    };
  }, [stack, onChange, onPush]);
  return <NavigationContext.Provider value={navigation}>{children}</NavigationContext.Provider>;
}

/**
 * Stands in for the context panel (another feature): loads the open email's context into the shared cache and
 * lists it, so the tests can see what the panel would show.
 */
export function ContextProbe() {
  const current = useCurrentItem();
  const item = current.status === "ready" ? current.item : null;
  const { query } = useEmailContext(item);
  const records = query.data?.records ?? [];
  return (
    <section aria-label="Context probe">
      <ul aria-label="In context of (probe)">
        {records
          .filter((r) => r.isContext)
          .map((r) => (
            <li key={r.itemId}>{r.entityName}</li>
          ))}
      </ul>
      <ul aria-label="Could be related to (probe)">
        {records
          .filter((r) => !r.isContext)
          .map((r) => (
            <li key={r.itemId}>{r.entityName}</li>
          ))}
      </ul>
    </section>
  );
}

export type Harness = RenderResult & {
  mailbox: SimulatedMailbox;
  manager: SessionManager;
  queryClient: QueryClient;
  /** Every route stack the navigation went through, newest last. */
  routes: Route[][];
  /** Every route pushed (a chosen record opens its details), in order. */
  pushed: Route[];
};

type HarnessOptions = {
  /** The mailbox to show; by default one showing `scenario` with item `selectedIndex` open. */
  mailbox?: SimulatedMailbox;
  /** The mailbox's items and user; by default the demo scenario (src/demo/default-scenario.ts). */
  scenario?: Scenario;
  /** Which item is open (0 by default: the demo's stored Contoso message); null for none. */
  selectedIndex?: number | null;
  username?: string;
  language?: string;
  /** What the pane knows of its deployment (settings, the admin gate); without it, no DeploymentContext. */
  deployment?: DeploymentInfo;
};

export async function renderWithOro(
  sandbox: OroSandbox,
  ui: ReactNode,
  options: HarnessOptions = {},
): Promise<Harness> {
  const mailbox =
    options.mailbox ??
    createSimulatedMailbox(options.scenario ?? buildDefaultScenario(), {
      selectedIndex: options.selectedIndex === undefined ? 0 : options.selectedIndex,
      language: options.language ?? "en-US",
    });
  const manager = await connectedSessionManager(sandbox, mailbox, options.username);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const messages = messagesIn(options.language ?? "en");
  const routes: Route[][] = [];
  const pushed: Route[] = [];
  const navigated = (
    <TestNavigation onChange={(stack) => routes.push(stack)} onPush={(route) => pushed.push(route)}>
      {ui}
    </TestNavigation>
  );
  const result = render(
    <MailboxContext.Provider value={mailbox}>
      <PaneIntlProvider locale={options.language ?? "en-US"} messages={messages}>
        <FluentProvider theme={webLightTheme}>
          <QueryClientProvider client={queryClient}>
            <SessionProvider manager={manager}>
              {options.deployment ? (
                <DeploymentContext.Provider value={options.deployment}>{navigated}</DeploymentContext.Provider>
              ) : (
                navigated
              )}
            </SessionProvider>
          </QueryClientProvider>
        </FluentProvider>
      </PaneIntlProvider>
    </MailboxContext.Provider>,
  );
  return Object.assign(result, { mailbox, manager, queryClient, routes, pushed });
}
