import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createSessionManager } from "../auth/session-manager";
import { createMailbox } from "../mailbox/create-mailbox";
import { relayFetch } from "../oro/api-relay";
import { mark, perfMarks } from "../ui/perf";
import { AppProviders, createAppQueryClient } from "./app-providers";
import { BootFailure } from "./boot-failure";
import { loadDeploymentConfig } from "./load-deployment-config";
import { pickLocale } from "../i18n/catalog";
import { loadMessages, type LocaleMessages } from "./catalogs";
import { Shell } from "./shell";
import { loadFluentTheme } from "./theme";

mark(perfMarks.paneStart);

async function boot(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("The task pane page has no #root element");
  const root = createRoot(container);
  try {
    const [config, mailbox] = await Promise.all([
      loadDeploymentConfig(document, window.location),
      createMailbox(),
    ]);
    // The language's texts and the theme's colours load before the first render (no flash); if the texts
    // cannot load, the pane starts in English rather than not at all.
    const [messages] = await Promise.all([
      loadMessages(pickLocale(mailbox.displayLanguage)).catch((): LocaleMessages => ({})),
      loadFluentTheme(mailbox.getTheme().kind).catch(() => undefined),
    ]);
    // With the server's API relay, Oro's API is reached through the pane's own origin (no CORS preflights); the
    // token endpoint and sign-in pages stay direct.
    const fetch =
      config.apiRelayPath !== null && config.oroBaseUrl !== null
        ? relayFetch({
            oroBaseUrl: config.oroBaseUrl,
            relayUrl: `${window.location.origin}${config.apiRelayPath}`,
          })
        : undefined;
    const sessionManager = createSessionManager({ config, mailbox, ...(fetch ? { fetch } : {}) });
    // Restoring starts before the first render: with a stored session the pane renders connected at once.
    void sessionManager.start();
    const queryClient = createAppQueryClient();
    root.render(
      <StrictMode>
        <AppProviders
          config={config}
          mailbox={mailbox}
          sessionManager={sessionManager}
          queryClient={queryClient}
          messages={messages}
        >
          <Shell />
        </AppProviders>
      </StrictMode>,
    );
  } catch (error) {
    root.render(<BootFailure error={error} messages={await bootFailureMessages()} />);
  }
}

/** The failure screen's texts in the browser's language; English when even they cannot load. */
async function bootFailureMessages(): Promise<LocaleMessages> {
  try {
    return await loadMessages(pickLocale(navigator.language));
  } catch {
    return {};
  }
}

void boot();
