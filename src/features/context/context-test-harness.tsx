// Test-only: the context panel inside the real providers (tests/support/render-with-oro.tsx), with a simulated
// mailbox showing a given scenario and a static deployment (no connector server).
import type { ReactNode } from "react";
import { renderWithOro, type Harness } from "../../../tests/support/render-with-oro";
import type { Scenario } from "../../mailbox/scenario";
import { createSimulatedMailbox } from "../../mailbox/simulated-mailbox";
import type { OroSandbox } from "../../sandbox/oro-sandbox";
import { defaultClientId } from "../../sandbox/options";
import type { DeploymentInfo } from "../../settings/deployment-context";

export type ContextHarness = Harness;

/** A static deployment (no connector server): settings are the defaults plus the user's roaming values. */
function staticDeployment(sandbox: OroSandbox): DeploymentInfo {
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

/** Renders `ui` with a connected session and a simulated mailbox showing `scenario` (item `selectedIndex` open). */
export function renderWithContextProviders(
  ui: ReactNode,
  options: { sandbox: OroSandbox; scenario: Scenario; selectedIndex?: number | null; username?: string },
): Promise<ContextHarness> {
  const mailbox = createSimulatedMailbox(options.scenario, {
    selectedIndex: options.selectedIndex === undefined ? 0 : options.selectedIndex,
  });
  return renderWithOro(options.sandbox, ui, {
    mailbox,
    deployment: staticDeployment(options.sandbox),
    ...(options.username === undefined ? {} : { username: options.username }),
  });
}
