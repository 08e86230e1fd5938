// Boots the demo page: loads the scenario, creates the shared simulated mailbox, then renders the window.
// window.oroDemoHost is set before the task pane's iframe exists, so the pane always finds it.
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "../mailbox/demo-host";
import { safeLocalStorage } from "../mailbox/create-mailbox";
import { loadScenario } from "../mailbox/scenario";
import { createSimulatedMailbox } from "../mailbox/simulated-mailbox";
import { DemoApp } from "./demo-app";
import { readDemoParams } from "./demo-params";

async function boot(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("demo.html has no #root element");
  const root = createRoot(container);
  const params = readDemoParams(window.location.href);
  try {
    const scenario = await loadScenario(params.scenarioUrl);
    const mailbox = createSimulatedMailbox(scenario, {
      selectedIndex: params.item ?? 0,
      theme: params.theme,
      language: params.language,
      storage: safeLocalStorage(window),
    });
    window.oroDemoHost = { mailbox };
    root.render(
      <StrictMode>
        <DemoApp mailbox={mailbox} oroBaseUrl={params.oroBaseUrl} />
      </StrictMode>,
    );
  } catch (error) {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>The demo could not start</MessageBarTitle>
            {error instanceof Error ? error.message : String(error)}
          </MessageBarBody>
        </MessageBar>
      </FluentProvider>,
    );
  }
}

void boot();
