import { act, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, test, vi } from "vitest";
import { createCurrentItemStore, MailboxContext, useCurrentItem, useMailboxTheme } from "./mailbox-context";
import type { Scenario } from "./scenario";
import { createSimulatedMailbox, type SimulatedMailbox } from "./simulated-mailbox";
import type { Mailbox, MailItem } from "./types";

const sam = { displayName: "Sam Seller", emailAddress: "sam.seller@northwind.example" };
const bruno = { displayName: "Bruno Martin", emailAddress: "bruno.martin@fabrikam.example" };
const priya = { displayName: "Priya Patel", emailAddress: "priya.patel@tailspin.example" };

const scenario: Scenario = {
  user: sam,
  items: [
    { mode: "read", subject: "Fleet renewal", from: bruno, to: [sam] },
    { mode: "read", subject: "Drone pilot", from: priya, to: [sam] },
    { mode: "compose", subject: "Scanner pricing", to: [bruno] },
  ],
};

function CurrentItem() {
  const state = useCurrentItem();
  if (state.status === "loading") return <p>Loading</p>;
  if (state.status === "error") return <p role="alert">{state.error.message}</p>;
  if (!state.item) return <p>No item</p>;
  return (
    <div>
      <h1>{state.item.subject}</h1>
      <p>To: {state.item.to.map((a) => a.emailAddress).join(", ")}</p>
    </div>
  );
}

function Theme() {
  return <p>Theme: {useMailboxTheme().kind}</p>;
}

function renderWith(mailbox: Mailbox) {
  return render(
    <MailboxContext.Provider value={mailbox}>
      <CurrentItem />
      <Theme />
    </MailboxContext.Provider>,
  );
}

type Deferred = { resolve: (item: MailItem | null) => void };

/** The simulated mailbox with reads that answer only when the test says so (as a slow Outlook would). */
function withSlowReads(mailbox: SimulatedMailbox) {
  const reads: Deferred[] = [];
  const slow: Mailbox = {
    ...mailbox,
    user: mailbox.user,
    getCurrentItem: () => {
      const answer = mailbox.getCurrentItem();
      return new Promise<MailItem | null>((resolve) => {
        reads.push({ resolve: () => void answer.then(resolve) });
      });
    },
  };
  return { slow, reads };
}

afterEach(() => vi.useRealTimers());

describe("useCurrentItem", () => {
  test("shows the open item and follows the selection", async () => {
    const mailbox = createSimulatedMailbox(scenario);
    renderWith(mailbox);
    expect(await screen.findByRole("heading", { name: "Fleet renewal" })).toBeInTheDocument();
    act(() => mailbox.select(1));
    expect(await screen.findByRole("heading", { name: "Drone pilot" })).toBeInTheDocument();
    act(() => mailbox.select(null));
    expect(await screen.findByText("No item")).toBeInTheDocument();
  });

  test("never shows the previous item while the new one loads, even when the old answer comes last", async () => {
    const mailbox = createSimulatedMailbox(scenario);
    const { slow, reads } = withSlowReads(mailbox);
    renderWith(slow);
    expect(screen.getByText("Loading")).toBeInTheDocument();
    const firstRead = reads[0];

    act(() => mailbox.select(1));
    expect(screen.getByText("Loading")).toBeInTheDocument();
    // The read for the new item answers first, the stale one afterwards.
    await act(() => Promise.resolve(reads[reads.length - 1]?.resolve(null)));
    expect(await screen.findByRole("heading", { name: "Drone pilot" })).toBeInTheDocument();
    await act(() => Promise.resolve(firstRead?.resolve(null)));
    expect(screen.getByRole("heading", { name: "Drone pilot" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Fleet renewal" })).not.toBeInTheDocument();
  });

  test("re-reads a draft when its recipients change", async () => {
    const mailbox = createSimulatedMailbox(scenario, { selectedIndex: 2 });
    renderWith(mailbox);
    expect(await screen.findByText("To: bruno.martin@fabrikam.example")).toBeInTheDocument();
    act(() => mailbox.setRecipients("to", [bruno, priya]));
    expect(await screen.findByText("To: bruno.martin@fabrikam.example, priya.patel@tailspin.example")).toBeInTheDocument();
  });

  test("shows a failed read as an error", async () => {
    const mailbox = createSimulatedMailbox(scenario);
    const failing: Mailbox = { ...mailbox, user: mailbox.user, getCurrentItem: () => Promise.reject(new Error("Outlook is busy")) };
    renderWith(failing);
    expect(await screen.findByRole("alert")).toHaveTextContent("Outlook is busy");
  });
});

test("polls a draft's recipients when the host cannot report changes", async () => {
  vi.useFakeTimers();
  const mailbox = createSimulatedMailbox(scenario, { selectedIndex: 2 });
  const blind: Mailbox = { ...mailbox, user: mailbox.user, onRecipientsChanged: () => null };
  const store = createCurrentItemStore(blind, 2000);
  const changes = vi.fn();
  const stop = store.subscribe(changes);
  await vi.advanceTimersByTimeAsync(0);
  expect(store.getSnapshot()).toMatchObject({ status: "ready", item: { to: [bruno] } });

  mailbox.setRecipients("to", [priya]);
  await vi.advanceTimersByTimeAsync(2000);
  expect(store.getSnapshot()).toMatchObject({ status: "ready", item: { to: [priya] } });

  // Polls that find nothing new do not wake the subscribers.
  const calls = changes.mock.calls.length;
  await vi.advanceTimersByTimeAsync(6000);
  expect(changes.mock.calls.length).toBe(calls);
  stop();
});

test("useMailboxTheme follows theme switches", async () => {
  const mailbox = createSimulatedMailbox(scenario);
  renderWith(mailbox);
  expect(screen.getByText("Theme: light")).toBeInTheDocument();
  act(() => mailbox.setTheme("dark"));
  expect(await screen.findByText("Theme: dark")).toBeInTheDocument();
});
