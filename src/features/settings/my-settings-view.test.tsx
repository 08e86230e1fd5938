import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { createSettingsStore } from "../../server/settings-store";
import { renderWithSettingsProviders, serveSettingsStore } from "../../settings/settings-test-harness";
import { userSettingsRoamingKey } from "../../settings/user-settings-storage";
import { createTestSandbox, serveSandbox } from "../../../tests/support/sandbox-server";
import { MySettingsView } from "./my-settings-view";

// Rendering Fluent forms and typing character by character is slow on a shared CI machine.
vi.setConfig({ testTimeout: 30_000 });

const sandbox = createTestSandbox();
const server = serveSandbox(sandbox);
const store = serveSettingsStore(server, sandbox, "my-settings");

beforeEach(async () => {
  await createSettingsStore({ path: store.path }).update((document) => ({
    ...document,
    organizations: { "1": { crmSyncIntervalSeconds: 300 } },
  }));
});

async function renderView(options: { roaming?: Record<string, unknown>; hasServer?: boolean } = {}) {
  return renderWithSettingsProviders(<MySettingsView />, {
    sandbox,
    username: "sales",
    deployment: { hasServer: options.hasServer ?? true },
    ...(options.roaming ? { roaming: options.roaming } : {}),
  });
}

async function crmSetting() {
  return screen.findByRole("group", { name: "CRM sync interval (seconds)" });
}

describe("My settings", () => {
  test("shows the organization's CRM sync interval as inherited", async () => {
    await renderView();
    const setting = await crmSetting();
    const input = within(setting).getByRole("spinbutton", { name: "CRM sync interval (seconds)" });
    expect(input).toHaveValue(300);
    expect(input).toBeDisabled();
    expect(within(setting).getByRole("checkbox", { name: "Use Organization" })).toBeChecked();
    expect(within(setting).getByText("In effect: 300 seconds (from organization)")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Save" })).toBeDisabled();
  });

  test("says that synchronization comes later and the values are stored for it", async () => {
    await renderView();
    expect(await screen.findByText(/comes in a later version/)).toBeInTheDocument();
  });

  test("the user sets their own value, then goes back to the organization's", async () => {
    const user = userEvent.setup();
    const { mailbox } = await renderView();
    const setting = await crmSetting();
    const input = within(setting).getByRole("spinbutton", { name: "CRM sync interval (seconds)" });

    await user.click(within(setting).getByRole("checkbox", { name: "Use Organization" }));
    expect(input).toBeEnabled();
    await user.clear(input);
    await user.type(input, "15");
    await user.click(screen.getByRole("button", { name: "Save" }));

    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Settings saved."));
    expect(within(setting).getByText("In effect: 15 seconds (from your own value)")).toBeInTheDocument();
    expect(mailbox.roamingSettings.get(userSettingsRoamingKey)).toEqual({ crmSyncIntervalSeconds: 15 });

    await user.click(within(setting).getByRole("checkbox", { name: "Use Organization" }));
    expect(input).toHaveValue(300);
    expect(input).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() =>
      expect(within(setting).getByText("In effect: 300 seconds (from organization)")).toBeInTheDocument(),
    );
    expect(mailbox.roamingSettings.get(userSettingsRoamingKey)).toBeUndefined();
  });

  test.each([
    ["0", "Must be at least 1 second."],
    ["86400", "Must be at most 86399 seconds (less than one day)."],
    ["1.5", "Enter a whole number of seconds from 1 to 86399."],
    ["abc", "Enter a whole number of seconds from 1 to 86399."],
  ])("refuses %s with a message and keeps Save disabled", async (typed, message) => {
    const user = userEvent.setup();
    const { mailbox } = await renderView();
    const setting = await crmSetting();
    await user.click(within(setting).getByRole("checkbox", { name: "Use Organization" }));
    const input = within(setting).getByRole("spinbutton", { name: "CRM sync interval (seconds)" });
    await user.clear(input);
    await user.type(input, typed);
    expect(within(setting).getByText(message)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Save" })).toBeDisabled();
    expect(mailbox.roamingSettings.get(userSettingsRoamingKey)).toBeUndefined();
  });

  test("accepts the bounds 1 and 86399", async () => {
    const user = userEvent.setup();
    await renderView();
    const setting = await crmSetting();
    await user.click(within(setting).getByRole("checkbox", { name: "Use Organization" }));
    const input = within(setting).getByRole("spinbutton", { name: "CRM sync interval (seconds)" });
    for (const value of ["1", "86399"]) {
      await user.clear(input);
      await user.type(input, value);
      expect(screen.getByRole("button", { name: "Save" })).toBeEnabled();
    }
  });

  test("a user's own value saved earlier shows with its box cleared", async () => {
    await renderView({ roaming: { [userSettingsRoamingKey]: { syncTasks: false } } });
    const setting = await screen.findByRole("group", { name: "Synchronize tasks" });
    expect(within(setting).getByRole("checkbox", { name: "Use Organization" })).not.toBeChecked();
    expect(within(setting).getByRole("switch", { name: "Synchronize tasks" })).not.toBeChecked();
  });

  test("without the connector's server, inherited values are the defaults and the pane says why", async () => {
    await renderView({ hasServer: false });
    expect(await screen.findByText(/no connector server/)).toBeInTheDocument();
    const setting = await crmSetting();
    expect(within(setting).getByRole("spinbutton", { name: "CRM sync interval (seconds)" })).toHaveValue(120);
    expect(within(setting).getByText("In effect: 120 seconds (from default)")).toBeInTheDocument();
  });
});
