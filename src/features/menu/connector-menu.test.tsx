import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test, vi } from "vitest";
import { createSettingsStore } from "../../server/settings-store";
import { renderWithSettingsProviders, serveSettingsStore } from "../../settings/settings-test-harness";
import { createTestSandbox, serveSandbox } from "../../../tests/support/sandbox-server";
import { ConnectorMenu } from "./connector-menu";

vi.setConfig({ testTimeout: 30_000 });

const sandbox = createTestSandbox();
const server = serveSandbox(sandbox);
const store = serveSettingsStore(server, sandbox, "connector-menu");

function renderMenu(username: string, reload = () => undefined) {
  return renderWithSettingsProviders(<ConnectorMenu reload={reload} />, {
    sandbox,
    username,
  });
}

async function openMenu(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "Connector menu" }));
  return screen.findByRole("menu");
}

describe("connector menu", () => {
  test("an administrator sees Manage add-on and it opens the management view", async () => {
    const user = userEvent.setup();
    const { pushed } = await renderMenu("admin");
    await openMenu(user);
    await user.click(await screen.findByRole("menuitem", { name: "Manage add-on" }));
    expect(pushed).toEqual([{ name: "manage" }]);
  });

  test("a non-administrator never sees Manage add-on", async () => {
    const user = userEvent.setup();
    await renderMenu("sales");
    await openMenu(user);
    expect(screen.getByRole("menuitem", { name: "About" })).toBeInTheDocument();
    expect(screen.getByRole("menuitem", { name: "My settings" })).toBeInTheDocument();
    expect(screen.getByRole("menuitem", { name: "Refresh" })).toBeInTheDocument();
    expect(screen.getByRole("menuitem", { name: "Disconnect" })).toBeInTheDocument();
    expect(screen.queryByRole("menuitem", { name: "Manage add-on" })).not.toBeInTheDocument();
  });

  test("administrator roles saved on the server decide who sees Manage add-on", async () => {
    await createSettingsStore({ path: store.path }).update((document) => ({
      ...document,
      system: { adminRoles: ["ROLE_ADMINISTRATOR", "ROLE_USER"] },
    }));
    const user = userEvent.setup();
    await renderMenu("sales");
    await openMenu(user);
    // The server's levels arrive after the menu first renders; the item appears once they do.
    expect(
      await screen.findByRole("menuitem", { name: "Manage add-on" }, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });

  test("Disconnect asks first; Cancel keeps the session", async () => {
    const user = userEvent.setup();
    const { manager } = await renderMenu("sales");
    await openMenu(user);
    await user.click(screen.getByRole("menuitem", { name: "Disconnect" }));
    const dialog = await screen.findByRole("dialog", { name: "Disconnect from Oro?" }, { timeout: 10_000 });
    expect(dialog).toHaveTextContent("Your settings are kept.");
    expect(manager.getSession().status).toBe("connected");
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(manager.getSession().status).toBe("connected");
  });

  test("confirming Disconnect signs the user out", async () => {
    const user = userEvent.setup();
    const { manager } = await renderMenu("sales");
    await openMenu(user);
    await user.click(screen.getByRole("menuitem", { name: "Disconnect" }));
    await screen.findByRole("dialog", { name: "Disconnect from Oro?" }, { timeout: 10_000 });
    await user.click(screen.getByRole("button", { name: "Disconnect" }));
    await waitFor(() => expect(manager.getSession().status).toBe("disconnected"));
  });

  test("About and My settings open their views", async () => {
    const user = userEvent.setup();
    const { pushed } = await renderMenu("sales");
    await openMenu(user);
    await user.click(screen.getByRole("menuitem", { name: "About" }));
    await openMenu(user);
    await user.click(screen.getByRole("menuitem", { name: "My settings" }));
    expect(pushed).toEqual([{ name: "about" }, { name: "my-settings" }]);
  });

  test("Refresh reloads the pane", async () => {
    const user = userEvent.setup();
    const reload = vi.fn();
    await renderMenu("sales", reload);
    await openMenu(user);
    await user.click(screen.getByRole("menuitem", { name: "Refresh" }));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
