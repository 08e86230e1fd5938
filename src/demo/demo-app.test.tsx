import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test, vi } from "vitest";
import { createSimulatedMailbox } from "../mailbox/simulated-mailbox";
import { DemoApp } from "./demo-app";
import { buildDefaultScenario } from "./default-scenario";

// The demo renders the whole Fluent window; on a busy machine jsdom needs more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

const scenario = buildDefaultScenario();
const composeIndex = scenario.items.findIndex((item) => item.mode === "compose");
const bulkIndex = scenario.items.findIndex((item) => (item.to?.length ?? 0) === 500);

function renderDemo(options: { oroBaseUrl?: string | null; selectedIndex?: number } = {}) {
  const mailbox = createSimulatedMailbox(scenario, { selectedIndex: options.selectedIndex ?? 0 });
  const user = userEvent.setup();
  render(<DemoApp mailbox={mailbox} oroBaseUrl={options.oroBaseUrl ?? null} />);
  return { mailbox, user };
}

test("lists every message and reads the selected one", () => {
  renderDemo();
  const list = screen.getByRole("listbox", { name: "Messages" });
  expect(within(list).getAllByRole("option")).toHaveLength(scenario.items.length);
  expect(screen.getByTestId("message-0")).toHaveAttribute("aria-selected", "true");
  expect(screen.getByRole("heading", { name: scenario.items[0]?.subject })).toBeInTheDocument();
});

test("choosing a message is an item change for the task pane", async () => {
  const { mailbox, user } = renderDemo();
  const itemChanged = vi.fn();
  mailbox.onItemChanged(itemChanged);
  await user.click(screen.getByTestId("message-3"));
  expect(itemChanged).toHaveBeenCalledTimes(1);
  expect(screen.getByTestId("message-3")).toHaveAttribute("aria-selected", "true");
  expect(screen.getByRole("heading", { name: scenario.items[3]?.subject })).toBeInTheDocument();
});

test("arrow keys move the selection through the list", async () => {
  const { mailbox, user } = renderDemo();
  screen.getByTestId("message-0").focus();
  await user.keyboard("{ArrowDown}{ArrowDown}");
  expect(mailbox.selectedIndex).toBe(2);
  expect(screen.getByTestId("message-2")).toHaveFocus();
  await user.keyboard("{End}");
  expect(mailbox.selectedIndex).toBe(scenario.items.length - 1);
  await user.keyboard("{ArrowUp}");
  expect(screen.getByTestId(`message-${scenario.items.length - 2}`)).toHaveAttribute("aria-selected", "true");
});

test("the task pane is framed beside the message and gets the Oro to use", () => {
  renderDemo({ oroBaseUrl: "https://crm.example.com" });
  const frame = screen.getByTitle("Oro connector task pane");
  const src = new URL(frame.getAttribute("src") ?? "", "http://localhost/demo.html");
  expect(src.pathname).toBe("/taskpane.html");
  expect(src.searchParams.get("oro")).toBe("https://crm.example.com");
  expect(screen.getByText(/Oro: https:\/\/crm\.example\.com/)).toBeInTheDocument();
});

test("the theme switch re-themes Outlook, which the pane follows", async () => {
  const { mailbox, user } = renderDemo();
  const themeChanged = vi.fn();
  mailbox.onThemeChanged(themeChanged);
  await user.selectOptions(screen.getByRole("combobox", { name: "Theme" }), "High contrast");
  expect(themeChanged).toHaveBeenCalledWith(expect.objectContaining({ kind: "highContrast" }));
});

test("choosing another language reloads the pane in that language", async () => {
  const { mailbox, user } = renderDemo();
  const before = screen.getByTitle("Oro connector task pane");
  await user.selectOptions(screen.getByRole("combobox", { name: "Outlook language" }), "Deutsch");
  expect(mailbox.displayLanguage).toBe("de-DE");
  const after = screen.getByTitle("Oro connector task pane");
  expect(after).not.toBe(before);
  expect(after.getAttribute("src")).toContain("lang=de-DE");
});

test("editing a draft's Bcc tells the pane its recipients changed", async () => {
  const { mailbox, user } = renderDemo({ selectedIndex: composeIndex });
  const recipientsChanged = vi.fn();
  mailbox.onRecipientsChanged(recipientsChanged);
  const bcc = screen.getByRole("textbox", { name: /Bcc/ });
  await user.clear(bcc);
  await user.paste("Kenji Tanaka <kenji.tanaka@litware.example>");
  await user.keyboard("{Enter}");
  expect(recipientsChanged).toHaveBeenCalledTimes(1);
  expect(mailbox.items[composeIndex]?.bcc).toEqual([{ displayName: "Kenji Tanaka", emailAddress: "kenji.tanaka@litware.example" }]);
});

test("a mistyped recipient is pointed out and not applied", async () => {
  const { mailbox, user } = renderDemo({ selectedIndex: composeIndex });
  const to = screen.getByRole("textbox", { name: /^To/ });
  await user.clear(to);
  await user.paste("bruno at fabrikam");
  await user.keyboard("{Enter}");
  expect(screen.getByText("Not an email address: bruno at fabrikam")).toBeInTheDocument();
  expect(mailbox.items[composeIndex]?.to).toEqual(scenario.items[composeIndex]?.to);
});

test("a message to 500 recipients starts folded and can be expanded", async () => {
  const { user } = renderDemo({ selectedIndex: bulkIndex });
  expect(screen.queryByText(/recipient500@bulk\.example/)).not.toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Show all 500 recipients" }));
  expect(screen.getByText(/recipient500@bulk\.example/)).toBeInTheDocument();
});

test("clearing the selection leaves the pane with no item", async () => {
  const { mailbox, user } = renderDemo();
  await user.click(screen.getByRole("button", { name: "Clear selection" }));
  await expect(mailbox.getCurrentItem()).resolves.toBeNull();
  expect(screen.getByText("Select a message to read it.")).toBeInTheDocument();
});
