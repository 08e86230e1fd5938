// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from "vitest";
import type { Scenario } from "./scenario";
import { createSimulatedMailbox, simulatedRoamingSettingsKey } from "./simulated-mailbox";
import { DialogOpenError, type DialogEvent } from "./types";

const sam = { displayName: "Sam Seller", emailAddress: "sam.seller@northwind.example" };
const olivia = { displayName: "Olivia Chen", emailAddress: "olivia.chen@contoso.example" };
const bruno = { displayName: "Bruno Martin", emailAddress: "bruno.martin@fabrikam.example" };
const priya = { displayName: "Priya Patel", emailAddress: "priya.patel@tailspin.example" };

const scenario: Scenario = {
  user: sam,
  items: [
    {
      mode: "read",
      subject: "Fleet renewal",
      internetMessageId: "<thread-1.msg-1@contoso.example>",
      conversationId: "conv-contoso",
      dateTimeCreated: "2026-03-02T09:14:00Z",
      from: olivia,
      to: [sam],
      cc: [bruno],
      bcc: [priya],
      body: "Hi Sam",
    },
    { mode: "compose", subject: "Scanner pricing", to: [bruno], cc: [priya], bcc: [olivia], conversationId: "conv-x" },
  ],
};

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  localStorage.clear();
});

describe("the open item", () => {
  test("a read message shows its sender, recipients and message id, never a bcc", async () => {
    const mailbox = createSimulatedMailbox(scenario);
    await expect(mailbox.getCurrentItem()).resolves.toEqual({
      mode: "read",
      key: "simulated-0",
      subject: "Fleet renewal",
      internetMessageId: "<thread-1.msg-1@contoso.example>",
      conversationId: "conv-contoso",
      dateTimeCreated: "2026-03-02T09:14:00Z",
      from: olivia,
      to: [sam],
      cc: [bruno],
      bcc: [],
    });
    await expect(mailbox.getBodyText()).resolves.toBe("Hi Sam");
  });

  test("a compose item is sent by the mailbox owner, keeps its bcc and has no message id yet", async () => {
    const mailbox = createSimulatedMailbox(scenario, { selectedIndex: 1 });
    const item = await mailbox.getCurrentItem();
    expect(item).toMatchObject({ mode: "compose", from: sam, to: [bruno], cc: [priya], bcc: [olivia] });
    expect(item?.internetMessageId).toBeNull();
    expect(item?.dateTimeCreated).toBeNull();
  });

  test("choosing another message tells the pane, and nothing selected reads as no item", async () => {
    const mailbox = createSimulatedMailbox(scenario);
    const changed = vi.fn();
    mailbox.onItemChanged(changed);
    mailbox.select(1);
    expect(changed).toHaveBeenCalledTimes(1);
    expect((await mailbox.getCurrentItem())?.subject).toBe("Scanner pricing");
    mailbox.select(null);
    expect(changed).toHaveBeenCalledTimes(2);
    await expect(mailbox.getCurrentItem()).resolves.toBeNull();
    expect(() => mailbox.select(7)).toThrow(RangeError);
  });

  test("an unsubscribed listener hears no more item changes", () => {
    const mailbox = createSimulatedMailbox(scenario);
    const changed = vi.fn();
    const stop = mailbox.onItemChanged(changed);
    stop();
    mailbox.select(1);
    expect(changed).not.toHaveBeenCalled();
  });

  test("editing compose recipients fires recipients-changed and the next read has them", async () => {
    const mailbox = createSimulatedMailbox(scenario, { selectedIndex: 1 });
    const recipientsChanged = vi.fn();
    const demoUi = vi.fn();
    mailbox.onRecipientsChanged(recipientsChanged);
    mailbox.subscribe(demoUi);
    mailbox.setRecipients("bcc", [sam, bruno]);
    expect(recipientsChanged).toHaveBeenCalledTimes(1);
    expect(demoUi).toHaveBeenCalled();
    expect((await mailbox.getCurrentItem())?.bcc).toEqual([sam, bruno]);
    expect(mailbox.items[1]?.bcc).toEqual([sam, bruno]);
  });

  test("recipients of a read message cannot be edited", () => {
    const mailbox = createSimulatedMailbox(scenario, { selectedIndex: 0 });
    expect(() => mailbox.setRecipients("to", [bruno])).toThrow(/compose/);
  });
});

test("switching the theme notifies listeners with the new theme", () => {
  const mailbox = createSimulatedMailbox(scenario);
  const listener = vi.fn();
  mailbox.onThemeChanged(listener);
  mailbox.setTheme("highContrast");
  expect(listener).toHaveBeenCalledWith(expect.objectContaining({ kind: "highContrast" }));
  expect(mailbox.getTheme().kind).toBe("highContrast");
});

describe("roaming settings", () => {
  test("saved settings survive a reload; unsaved changes do not", async () => {
    const first = createSimulatedMailbox(scenario, { storage: localStorage });
    first.roamingSettings.set("oroBaseUrl", "https://crm.example.com");
    await first.roamingSettings.save();
    first.roamingSettings.set("unsaved", true);

    const reloaded = createSimulatedMailbox(scenario, { storage: localStorage });
    expect(reloaded.roamingSettings.get("oroBaseUrl")).toBe("https://crm.example.com");
    expect(reloaded.roamingSettings.get("unsaved")).toBeUndefined();
    expect(localStorage.getItem(simulatedRoamingSettingsKey)).toContain("crm.example.com");
  });

  test("removing a setting and saving forgets it", async () => {
    const mailbox = createSimulatedMailbox(scenario, { storage: localStorage });
    mailbox.roamingSettings.set("a", 1);
    await mailbox.roamingSettings.save();
    mailbox.roamingSettings.remove("a");
    await mailbox.roamingSettings.save();
    expect(createSimulatedMailbox(scenario, { storage: localStorage }).roamingSettings.get("a")).toBeUndefined();
  });

  test("more than Outlook's 32 KB is refused", async () => {
    const mailbox = createSimulatedMailbox(scenario, { storage: localStorage });
    mailbox.roamingSettings.set("big", "x".repeat(33 * 1024));
    await expect(mailbox.roamingSettings.save()).rejects.toThrow(/32 KB/);
    expect(localStorage.getItem(simulatedRoamingSettingsKey)).toBeNull();
  });
});

describe("dialogs in a browser pop-up", () => {
  function fakePopup() {
    const popup = { closed: false, close: vi.fn(() => void (popup.closed = true)) };
    return popup;
  }

  function postFrom(source: unknown, data: unknown, origin = window.location.origin) {
    // jsdom accepts any object as the source, which lets the test stand in for the pop-up window.
    window.dispatchEvent(new MessageEvent("message", { data, origin, source: source as Window }));
  }

  test("opens the page in a named pop-up and passes on its messages with their origin", async () => {
    const popup = fakePopup();
    const open = vi.spyOn(window, "open").mockReturnValue(popup as unknown as Window);
    const mailbox = createSimulatedMailbox(scenario);
    const handle = await mailbox.openDialog("auth-start.html?x=1", { widthPercent: 50, heightPercent: 60 });
    expect(open).toHaveBeenCalledWith(
      new URL("auth-start.html?x=1", window.location.href).href,
      "oro-connect",
      expect.stringMatching(/^popup,width=\d+,height=\d+$/),
    );
    const events: DialogEvent[] = [];
    handle.subscribe((event) => events.push(event));
    postFrom(popup, "code=abc");
    expect(events).toEqual([{ type: "message", message: "code=abc", origin: window.location.origin }]);
  });

  test("ignores messages from other windows and other origins", async () => {
    const popup = fakePopup();
    vi.spyOn(window, "open").mockReturnValue(popup as unknown as Window);
    const mailbox = createSimulatedMailbox(scenario);
    const handle = await mailbox.openDialog("auth-start.html", { widthPercent: 50, heightPercent: 60 });
    const events: DialogEvent[] = [];
    handle.subscribe((event) => events.push(event));
    postFrom(fakePopup(), "from another window");
    postFrom(popup, "from another origin", "https://evil.example");
    expect(events).toEqual([]);
  });

  test("a message that arrives before anyone listens is not lost", async () => {
    const popup = fakePopup();
    vi.spyOn(window, "open").mockReturnValue(popup as unknown as Window);
    const handle = await createSimulatedMailbox(scenario).openDialog("auth-start.html", { widthPercent: 50, heightPercent: 60 });
    postFrom(popup, "early");
    const listener = vi.fn();
    handle.subscribe(listener);
    expect(listener).toHaveBeenCalledWith({ type: "message", message: "early", origin: window.location.origin });
  });

  test("closing the pop-up reports 12006, and then a new dialog may open", async () => {
    vi.useFakeTimers();
    const popup = fakePopup();
    vi.spyOn(window, "open").mockReturnValue(popup as unknown as Window);
    const mailbox = createSimulatedMailbox(scenario);
    const handle = await mailbox.openDialog("auth-start.html", { widthPercent: 50, heightPercent: 60 });
    const events: DialogEvent[] = [];
    handle.subscribe((event) => events.push(event));
    popup.closed = true;
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([{ type: "closed", code: 12006 }]);
    await expect(mailbox.openDialog("auth-start.html", { widthPercent: 50, heightPercent: 60 })).resolves.toBeDefined();
  });

  test("a second dialog while one is open fails with 12007", async () => {
    vi.spyOn(window, "open").mockReturnValue(fakePopup() as unknown as Window);
    const mailbox = createSimulatedMailbox(scenario);
    const first = await mailbox.openDialog("auth-start.html", { widthPercent: 50, heightPercent: 60 });
    const second = mailbox.openDialog("auth-start.html", { widthPercent: 50, heightPercent: 60 });
    await expect(second).rejects.toBeInstanceOf(DialogOpenError);
    await expect(second).rejects.toMatchObject({ code: 12007 });
    first.close();
    await expect(mailbox.openDialog("auth-start.html", { widthPercent: 50, heightPercent: 60 })).resolves.toBeDefined();
  });

  test("a blocked pop-up fails with 12009", async () => {
    vi.spyOn(window, "open").mockReturnValue(null);
    const result = createSimulatedMailbox(scenario).openDialog("auth-start.html", { widthPercent: 50, heightPercent: 60 });
    await expect(result).rejects.toMatchObject({ name: "DialogOpenError", code: 12009 });
  });

  test("closing the dialog from the pane closes the pop-up and stops listening", async () => {
    const popup = fakePopup();
    vi.spyOn(window, "open").mockReturnValue(popup as unknown as Window);
    const handle = await createSimulatedMailbox(scenario).openDialog("auth-start.html", { widthPercent: 50, heightPercent: 60 });
    const listener = vi.fn();
    handle.subscribe(listener);
    handle.close();
    expect(popup.close).toHaveBeenCalled();
    postFrom(popup, "too late");
    expect(listener).not.toHaveBeenCalled();
  });
});
