import { useEffect, type ReactNode } from "react";
import { FluentProvider } from "@fluentui/react-components";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { PaneIntlProvider } from "../i18n/intl-provider";
import { SessionProvider, useSession } from "../auth/session-context";
import type { SessionManager } from "../auth/session-manager";
import { pickLocale } from "../i18n/catalog";
import { MailboxContext, useMailboxTheme } from "../mailbox/mailbox-context";
import type { Mailbox } from "../mailbox/types";
import { DeploymentContext } from "../settings/deployment-context";
import type { LocaleMessages } from "./catalogs";
import type { DeploymentConfig } from "./deployment-config";
import { NavigationProvider } from "./navigation-provider";
import { useFluentTheme } from "./theme";

export function createAppQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The Oro client retries reads itself (backoff, Retry-After); a second layer would multiply the waits.
      queries: { retry: false, staleTime: 30_000, gcTime: 10 * 60_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

export function AppProviders(props: {
  config: DeploymentConfig;
  mailbox: Mailbox;
  sessionManager: SessionManager;
  queryClient: QueryClient;
  /** The texts of the mailbox's language, loaded before the first render (`loadMessages`); English needs none. */
  messages: LocaleMessages;
  children: ReactNode;
}) {
  const locale = pickLocale(props.mailbox.displayLanguage);
  return (
    <DeploymentContext.Provider value={props.config}>
      <MailboxContext.Provider value={props.mailbox}>
        <PaneIntlProvider locale={props.mailbox.displayLanguage || locale} messages={props.messages}>
          <ThemedRoot>
            <QueryClientProvider client={props.queryClient}>
              <SessionProvider manager={props.sessionManager}>
                <ForgetOroData manager={props.sessionManager} queryClient={props.queryClient} />
                <NavigationProvider>{props.children}</NavigationProvider>
              </SessionProvider>
            </QueryClientProvider>
          </ThemedRoot>
        </PaneIntlProvider>
      </MailboxContext.Provider>
    </DeploymentContext.Provider>
  );
}

function ThemedRoot({ children }: { children: ReactNode }) {
  const theme = useMailboxTheme();
  const fluentTheme = useFluentTheme(theme.kind);
  useEffect(() => {
    // The pane fills its frame edge to edge, in Office's background colour.
    document.body.style.margin = "0";
    document.body.style.backgroundColor = fluentTheme.colorNeutralBackground1;
    document.documentElement.style.colorScheme = theme.kind === "light" ? "light" : "dark";
  }, [fluentTheme, theme.kind]);
  return (
    <FluentProvider theme={fluentTheme} style={{ height: "100%" }}>
      {children}
    </FluentProvider>
  );
}

/**
 * Everything cached from Oro is forgotten when the session ends, and when the session manager says the data is
 * someone else's (a reconnect or a restored session that turns out to be another Oro user).
 */
export function ForgetOroData({ manager, queryClient }: { manager: SessionManager; queryClient: QueryClient }) {
  const session = useSession();
  useEffect(() => {
    if (session.status === "disconnected") queryClient.clear();
  }, [session.status, queryClient]);
  useEffect(() => manager.onClearData(() => queryClient.clear()), [manager, queryClient]);
  return null;
}
