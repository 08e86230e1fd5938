import { OfficeMockObject } from "office-addin-mock";
import { afterEach, describe, expect, test, vi } from "vitest";
import { createOfficeMailbox, themeFromOffice } from "./office-mailbox";
import { DialogOpenError, type DialogEvent } from "./types";

// Office's runtime enum values (office-addin-mock needs them supplied).
const enums = {
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  CoercionType: { Text: "text", Html: "html" },
  EventType: {
    ItemChanged: "olkItemSelectedChanged",
    RecipientsChanged: "olkRecipientsChanged",
    OfficeThemeChanged: "officeThemeChanged",
    DialogMessageReceived: "dialogMessageReceived",
    DialogEventReceived: "dialogEventReceived",
  },
  HostType: { Outlook: "Outlook" },
};

type AsyncCallback = (result: { status: string; value?: unknown; error?: { code: number; message: string } }) => void;
type Handler = (args: unknown) => void;

const ok = (value?: unknown) => ({ status: "succeeded", value });
const failed = (code: number, message: string) => ({ status: "failed", error: { code, message } });

const sam = { displayName: "Sam Seller", emailAddress: "sam.seller@northwind.example" };
const olivia = { displayName: "Olivia Chen", emailAddress: "olivia.chen@contoso.example", recipientType: "externalUser" };
const bruno = { displayName: "Bruno Martin", emailAddress: "bruno.martin@fabrikam.example", recipientType: "externalUser" };
const priya = { displayName: "Priya Patel", emailAddress: "priya.patel@tailspin.example", recipientType: "externalUser" };

function readItem(overrides: Record<string, unknown> = {}) {
  return {
    itemType: "message",
    itemId: "AAMkAD-read-1",
    subject: "Fleet renewal",
    internetMessageId: "<thread-1.msg-1@contoso.example>",
    conversationId: "conv-contoso",
    dateTimeCreated: new Date("2026-03-02T09:14:00Z"),
    from: olivia,
    sender: olivia,
    to: [sam],
    cc: [bruno],
    body: { getAsync: (_type: string, cb: AsyncCallback) => cb(ok("Hi Sam")) },
    ...overrides,
  };
}

/** A compose item whose getAsync calls answer at once unless `answer` is replaced. */
function composeItem(answer: (field: string, cb: AsyncCallback) => void = (field, cb) => cb(ok(composeValues[field]))) {
  const itemHandlers = new Map<string, Handler>();
  const field = (name: string) => ({ getAsync: (cb: AsyncCallback) => answer(name, cb) });
  return {
    itemHandlers,
    data: {
      itemType: "message",
      conversationId: null,
      to: field("to"),
      cc: field("cc"),
      bcc: field("bcc"),
      subject: field("subject"),
      from: field("from"),
      body: { getAsync: (_type: string, cb: AsyncCallback) => cb(ok("draft body")) },
      addHandlerAsync: (type: string, handler: Handler, cb?: AsyncCallback) => {
        itemHandlers.set(type, handler);
        cb?.(ok());
      },
      removeHandlerAsync: (type: string, cb?: AsyncCallback) => {
        itemHandlers.delete(type);
        cb?.(ok());
      },
    },
  };
}

const composeValues: Record<string, unknown> = {
  to: [bruno],
  cc: [priya],
  bcc: [olivia],
  subject: "Scanner pricing",
  from: { displayName: "Sam (shared)", emailAddress: "sales@northwind.example" },
};

type MockOptions = {
  item?: unknown;
  mailboxVersion?: number; // minor version of the Mailbox requirement set: 7 = 1.7
  openBrowserWindowApi?: boolean;
  officeTheme?: Record<string, string>;
  displayDialogAsync?: (url: string, options: unknown, cb: AsyncCallback) => void;
};

function officeMock(options: MockOptions = {}) {
  const mailboxHandlers = new Map<string, Handler>();
  const removed: string[] = [];
  const saveAsync = vi.fn((cb: AsyncCallback) => cb(ok()));
  const openBrowserWindow = vi.fn();
  const version = options.mailboxVersion ?? 14;
  const data = {
    host: "outlook",
    ...enums,
    context: {
      displayLanguage: "de-DE",
      partitionKey: "partition-1",
      requirements: {
        isSetSupported: (name: string, minVersion?: string) =>
          (name === "OpenBrowserWindowApi" && options.openBrowserWindowApi === true) ||
          (name === "Mailbox" && Number((minVersion ?? "1.1").split(".")[1]) <= version),
      },
      officeTheme: options.officeTheme ?? {
        bodyBackgroundColor: "#ffffff",
        bodyForegroundColor: "#000000",
        controlBackgroundColor: "#f3f3f3",
        controlForegroundColor: "#201f1e",
      },
      roamingSettings: { get: () => undefined, set: vi.fn(), remove: vi.fn(), saveAsync },
      ui: { displayDialogAsync: options.displayDialogAsync ?? (() => undefined), openBrowserWindow },
      mailbox: {
        userProfile: { ...sam, timeZone: "Europe/Berlin" },
        addHandlerAsync: (type: string, handler: Handler, cb?: AsyncCallback) => {
          mailboxHandlers.set(type, handler);
          cb?.(ok());
        },
        removeHandlerAsync: (type: string, cb?: AsyncCallback) => {
          mailboxHandlers.delete(type);
          removed.push(type);
          cb?.(ok());
        },
      },
    },
  };
  // The mock wraps every nested object; the adapter only sees the Office API surface through it.
  const office = new OfficeMockObject(data) as unknown as typeof Office;
  setItem(office, options.item === undefined ? null : options.item);
  return { office, mailboxHandlers, removed, saveAsync, openBrowserWindow };
}

function setItem(office: typeof Office, item: unknown) {
  // office-addin-mock cannot hold a null property, so the item is put in place afterwards, as Outlook swaps it.
  Object.assign(office.context.mailbox, { item });
}

/** Lets queued promise callbacks (and the adapter's handler bookkeeping) run. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

afterEach(() => vi.restoreAllMocks());

describe("reading the open item", () => {
  test("a read message maps its sender, recipients, ids and date", async () => {
    const { office } = officeMock({ item: readItem() });
    const mailbox = createOfficeMailbox(office);
    await expect(mailbox.getCurrentItem()).resolves.toEqual({
      mode: "read",
      key: "AAMkAD-read-1",
      subject: "Fleet renewal",
      internetMessageId: "<thread-1.msg-1@contoso.example>",
      conversationId: "conv-contoso",
      dateTimeCreated: "2026-03-02T09:14:00.000Z",
      from: { displayName: "Olivia Chen", emailAddress: "olivia.chen@contoso.example" },
      to: [sam],
      cc: [{ displayName: "Bruno Martin", emailAddress: "bruno.martin@fabrikam.example" }],
      bcc: [],
    });
  });

  test("a just-sent message without a message id reads as null", async () => {
    const { office } = officeMock({ item: readItem({ internetMessageId: undefined, from: undefined }) });
    const item = await createOfficeMailbox(office).getCurrentItem();
    expect(item?.internetMessageId).toBeNull();
    expect(item?.from?.emailAddress).toBe("olivia.chen@contoso.example"); // falls back to the sender
  });

  test("a compose item reads to, cc, bcc, subject and from through getAsync", async () => {
    const { office } = officeMock({ item: composeItem().data, mailboxVersion: 7 });
    const item = await createOfficeMailbox(office).getCurrentItem();
    expect(item).toMatchObject({
      mode: "compose",
      subject: "Scanner pricing",
      internetMessageId: null,
      dateTimeCreated: null,
      from: { displayName: "Sam (shared)", emailAddress: "sales@northwind.example" },
      to: [{ displayName: "Bruno Martin", emailAddress: "bruno.martin@fabrikam.example" }],
      cc: [{ displayName: "Priya Patel", emailAddress: "priya.patel@tailspin.example" }],
      bcc: [{ displayName: "Olivia Chen", emailAddress: "olivia.chen@contoso.example" }],
    });
  });

  test("a compose item's key stays the same while it is open and differs for the next one", async () => {
    const { office } = officeMock({ item: composeItem().data, mailboxVersion: 7 });
    const mailbox = createOfficeMailbox(office);
    const first = await mailbox.getCurrentItem();
    expect((await mailbox.getCurrentItem())?.key).toBe(first?.key);
    setItem(office, composeItem().data);
    expect((await mailbox.getCurrentItem())?.key).not.toBe(first?.key);
  });

  test("before Mailbox 1.7 the sender of a draft is the mailbox owner", async () => {
    const answer = vi.fn((field: string, cb: AsyncCallback) => cb(ok(composeValues[field])));
    const { office } = officeMock({ item: composeItem(answer).data, mailboxVersion: 5 });
    const item = await createOfficeMailbox(office).getCurrentItem();
    expect(item?.from).toEqual(sam);
    expect(answer.mock.calls.map(([field]) => field)).not.toContain("from");
  });

  test("a draft whose From cannot be read is still the mailbox owner's", async () => {
    const answer = (field: string, cb: AsyncCallback) =>
      field === "from" ? cb(failed(9017, "Internal error.")) : cb(ok(composeValues[field]));
    const { office } = officeMock({ item: composeItem(answer).data, mailboxVersion: 7 });
    const item = await createOfficeMailbox(office).getCurrentItem();
    expect(item?.from).toEqual(sam);
    expect(item?.to).toHaveLength(1);
  });

  test("nothing selected gives no item", async () => {
    const { office } = officeMock();
    await expect(createOfficeMailbox(office).getCurrentItem()).resolves.toBeNull();
  });

  test("a failed getAsync rejects with Office's message", async () => {
    const answer = (field: string, cb: AsyncCallback) =>
      field === "cc" ? cb(failed(9041, "The user doesn't have the permission.")) : cb(ok(composeValues[field]));
    const { office } = officeMock({ item: composeItem(answer).data, mailboxVersion: 7 });
    await expect(createOfficeMailbox(office).getCurrentItem()).rejects.toThrow("The user doesn't have the permission.");
  });

  test("never more than three Office calls are in flight at once", async () => {
    const pending: (() => void)[] = [];
    let mostPending = 0;
    const answer = (field: string, cb: AsyncCallback) => {
      pending.push(() => cb(ok(composeValues[field])));
      mostPending = Math.max(mostPending, pending.length);
    };
    const { office } = officeMock({ item: composeItem(answer).data, mailboxVersion: 7 });
    const mailbox = createOfficeMailbox(office);
    // Two readers at once: ten getAsync calls in total.
    const reads = Promise.all([mailbox.getCurrentItem(), mailbox.getCurrentItem()]);
    await settle();
    expect(pending).toHaveLength(3);
    let released = 0;
    while (pending.length > 0) {
      pending.shift()?.();
      released++;
      await settle();
      expect(pending.length).toBeLessThanOrEqual(3);
    }
    expect(released).toBe(10);
    expect(mostPending).toBe(3);
    const [a, b] = await reads;
    expect(a?.bcc).toHaveLength(1);
    expect(b?.subject).toBe("Scanner pricing");
  });

  test("the body is read as plain text", async () => {
    const getAsync = vi.fn((_type: string, cb: AsyncCallback) => cb(ok("Hi Sam")));
    const { office } = officeMock({ item: readItem({ body: { getAsync } }) });
    await expect(createOfficeMailbox(office).getBodyText()).resolves.toBe("Hi Sam");
    expect(getAsync).toHaveBeenCalledWith("text", expect.any(Function));
  });
});

describe("the mailbox", () => {
  test("exposes the user, the display language and the partition key", () => {
    const { office } = officeMock();
    const mailbox = createOfficeMailbox(office);
    expect(mailbox.kind).toBe("office");
    expect(mailbox.user).toEqual(sam);
    expect(mailbox.displayLanguage).toBe("de-DE");
    expect(mailbox.partitionKey).toBe("partition-1");
  });

  test("roaming settings save through saveAsync", async () => {
    const { office, saveAsync } = officeMock();
    await createOfficeMailbox(office).roamingSettings.save();
    expect(saveAsync).toHaveBeenCalledTimes(1);
  });

  test("a failed save rejects", async () => {
    const { office, saveAsync } = officeMock();
    saveAsync.mockImplementation((cb: AsyncCallback) => cb(failed(9057, "Settings are too large.")));
    await expect(createOfficeMailbox(office).roamingSettings.save()).rejects.toThrow("Settings are too large.");
  });
});

describe("item changes in a pinned pane", () => {
  test("a new selection reaches every listener through one Outlook handler", async () => {
    const { office, mailboxHandlers, removed } = officeMock({ item: readItem() });
    const mailbox = createOfficeMailbox(office);
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = mailbox.onItemChanged(first);
    const stopSecond = mailbox.onItemChanged(second);
    await settle();
    setItem(office, null);
    mailboxHandlers.get(enums.EventType.ItemChanged)?.({ type: enums.EventType.ItemChanged });
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
    await expect(mailbox.getCurrentItem()).resolves.toBeNull();

    stopFirst();
    await settle();
    expect(removed).toEqual([]);
    stopSecond();
    await settle();
    expect(removed).toEqual([enums.EventType.ItemChanged]);
  });

  test("recipients changes are watched on each compose item as it opens (Mailbox 1.7)", async () => {
    const firstDraft = composeItem();
    const { office, mailboxHandlers } = officeMock({ item: firstDraft.data, mailboxVersion: 7 });
    const mailbox = createOfficeMailbox(office);
    const listener = vi.fn();
    const stop = mailbox.onRecipientsChanged(listener);
    expect(stop).not.toBeNull();
    await settle();
    firstDraft.itemHandlers.get(enums.EventType.RecipientsChanged)?.({});
    expect(listener).toHaveBeenCalledTimes(1);

    // Outlook swaps the item: the handler must move to the new draft.
    const secondDraft = composeItem();
    setItem(office, secondDraft.data);
    mailboxHandlers.get(enums.EventType.ItemChanged)?.({});
    await settle();
    secondDraft.itemHandlers.get(enums.EventType.RecipientsChanged)?.({});
    expect(listener).toHaveBeenCalledTimes(2);

    stop?.();
    await settle();
    expect(secondDraft.itemHandlers.has(enums.EventType.RecipientsChanged)).toBe(false);
  });

  test("without Mailbox 1.7 the host cannot report recipients changes", () => {
    const { office } = officeMock({ item: composeItem().data, mailboxVersion: 5 });
    expect(createOfficeMailbox(office).onRecipientsChanged(() => undefined)).toBeNull();
  });
});

describe("theme", () => {
  test("follows Office's colours: light, dark and high contrast", () => {
    const light = officeMock({ officeTheme: { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#262626" } });
    expect(createOfficeMailbox(light.office).getTheme().kind).toBe("light");
    const dark = officeMock({
      officeTheme: {
        bodyBackgroundColor: "#1f1f1f",
        bodyForegroundColor: "#ffffff",
        controlBackgroundColor: "#2e2e2e",
        controlForegroundColor: "#ffffff",
      },
    });
    expect(createOfficeMailbox(dark.office).getTheme()).toEqual({ kind: "dark", bodyBackgroundColor: "#1f1f1f" });
    const contrast = officeMock({
      officeTheme: {
        bodyBackgroundColor: "#000000",
        bodyForegroundColor: "#ffffff",
        controlBackgroundColor: "#000000",
        controlForegroundColor: "#ffffff",
      },
    });
    expect(createOfficeMailbox(contrast.office).getTheme().kind).toBe("highContrast");
  });

  test("forced colours in the browser mean high contrast, and no Office theme means light", () => {
    expect(themeFromOffice(undefined, false).kind).toBe("light");
    expect(themeFromOffice({ bodyBackgroundColor: "#202020", bodyForegroundColor: "#ffffff" }, true).kind).toBe("highContrast");
  });

  test("a theme change in Office reaches listeners (Mailbox 1.14)", async () => {
    const { office, mailboxHandlers } = officeMock({ mailboxVersion: 14 });
    const mailbox = createOfficeMailbox(office);
    const listener = vi.fn();
    mailbox.onThemeChanged(listener);
    await settle();
    mailboxHandlers.get(enums.EventType.OfficeThemeChanged)?.({
      type: "officeThemeChanged",
      officeTheme: { bodyBackgroundColor: "#292929", bodyForegroundColor: "#f0f0f0" },
    });
    expect(listener).toHaveBeenCalledWith({ kind: "dark", bodyBackgroundColor: "#292929" });
  });
});

describe("dialogs", () => {
  function dialogMock() {
    const handlers = new Map<string, Handler>();
    return {
      handlers,
      dialog: { addEventHandler: (type: string, handler: Handler) => handlers.set(type, handler), close: vi.fn() },
    };
  }

  test.each([
    [12007, "A dialog is already opened from this add-in."],
    [12009, "The user chose to ignore the dialog box."],
    [12011, "The user's browser is configured to block pop-ups."],
    [12004, "The domain of the URL is not included in the AppDomains element."],
  ])("an Office refusal %i becomes a DialogOpenError with that code", async (code, message) => {
    const { office } = officeMock({ displayDialogAsync: (_url, _options, cb) => cb(failed(code, message)) });
    const result = createOfficeMailbox(office).openDialog("https://localhost:3000/auth-start.html", { widthPercent: 40, heightPercent: 60 });
    await expect(result).rejects.toBeInstanceOf(DialogOpenError);
    await expect(result).rejects.toMatchObject({ code, message });
  });

  test("opens a pop-up (never an iframe) of the requested size and passes messages with their origin", async () => {
    const { dialog, handlers } = dialogMock();
    const displayDialogAsync = vi.fn((_url: string, _options: unknown, cb: AsyncCallback) => cb(ok(dialog)));
    const { office } = officeMock({ displayDialogAsync });
    const handle = await createOfficeMailbox(office).openDialog("https://localhost:3000/auth-start.html", {
      widthPercent: 40,
      heightPercent: 60,
    });
    expect(displayDialogAsync).toHaveBeenCalledWith(
      "https://localhost:3000/auth-start.html",
      { width: 40, height: 60, displayInIframe: false },
      expect.any(Function),
    );
    const events: DialogEvent[] = [];
    handle.subscribe((event) => events.push(event));
    handlers.get(enums.EventType.DialogMessageReceived)?.({ message: "code=abc", origin: "https://localhost:3000" });
    handlers.get(enums.EventType.DialogMessageReceived)?.({ message: "legacy", origin: undefined });
    handlers.get(enums.EventType.DialogEventReceived)?.({ error: 12006 });
    expect(events).toEqual([
      { type: "message", message: "code=abc", origin: "https://localhost:3000" },
      { type: "message", message: "legacy", origin: undefined },
      { type: "closed", code: 12006 },
    ]);
    handle.close();
    expect(dialog.close).toHaveBeenCalled();
  });
});

test("links open through Office where the host supports it (Outlook classic, Mac)", () => {
  const { office, openBrowserWindow } = officeMock({ openBrowserWindowApi: true });
  const openWindow = vi.fn();
  createOfficeMailbox(office, { openWindow }).openBrowserWindow("https://crm.example.com/contact/view/5");
  expect(openBrowserWindow).toHaveBeenCalledWith("https://crm.example.com/contact/view/5");
  expect(openWindow).not.toHaveBeenCalled();
});

test("links open in a new window where Office cannot open the browser (web, new Outlook)", () => {
  const { office, openBrowserWindow } = officeMock();
  const openWindow = vi.fn();
  createOfficeMailbox(office, { openWindow }).openBrowserWindow("https://crm.example.com/contact/view/5");
  expect(openWindow).toHaveBeenCalledWith("https://crm.example.com/contact/view/5");
  expect(openBrowserWindow).not.toHaveBeenCalled();
});
