import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createSessionManager } from "../auth/session-manager";
import { createMailbox } from "../mailbox/create-mailbox";
import { mark, perfMarks } from "../ui/perf";
import { AppProviders, createAppQueryClient } from "./app-providers";
import { BootFailure } from "./boot-failure";
import { loadDeploymentConfig } from "./load-deployment-config";
import { Shell } from "./shell";

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
    const sessionManager = createSessionManager({ config, mailbox });
    const queryClient = createAppQueryClient();
    root.render(
      <StrictMode>
        <AppProviders
          config={config}
          mailbox={mailbox}
          sessionManager={sessionManager}
          queryClient={queryClient}
        >
          <Shell />
        </AppProviders>
      </StrictMode>,
    );
  } catch (error) {
    root.render(<BootFailure error={error} />);
  }
}

void boot();
