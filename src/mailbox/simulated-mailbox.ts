// The mailbox outside Outlook: a scenario of items the demo page (or a test) selects, edits and re-themes.
// It behaves like the Office adapter where the add-in can tell the difference (events, dialogs, roaming settings).
import { createDialogChannel } from "./dialog-channel";
import { createListenerSet } from "./listener-set";
import type { Scenario, ScenarioItem } from "./scenario";
import { z } from "zod/mini";
import {
  DialogErrorCode,
  DialogOpenError,
  type DialogHandle,
  type EmailAddress,
  type Mailbox,
  type MailboxTheme,
  type MailItem,
  type RoamingSettings,
  type ThemeKind,
  type Unsubscribe,
} from "./types";

export type RecipientField = "to" | "cc" | "bcc";

/** Everything the demo UI renders from the simulated mailbox; a new object on every change. */
export type SimulatedMailboxState = {
  readonly items: readonly ScenarioItem[];
  readonly selectedIndex: number | null;
  readonly theme: MailboxTheme;
  readonly displayLanguage: string;
};

export interface SimulatedMailbox extends Mailbox {
  readonly kind: "simulated";
  readonly displayLanguage: string;
  readonly items: readonly ScenarioItem[];
  readonly selectedIndex: number | null;
  // Controls are function properties (not methods): the demo passes them around unbound.
  /** A stable snapshot for useSyncExternalStore: replaced (never mutated) on each change. */
  readonly getState: () => SimulatedMailboxState;
  /** Fires on any change of the state above. */
  readonly subscribe: (listener: () => void) => Unsubscribe;
  /** Selects an item (null = nothing selected) and fires item-changed, as a pinned pane in Outlook sees it. */
  readonly select: (index: number | null) => void;
  readonly setTheme: (kind: ThemeKind) => void;
  /** Replaces a recipient field of the selected compose item and fires recipients-changed. */
  readonly setRecipients: (field: RecipientField, addresses: readonly EmailAddress[]) => void;
  /** Office reads the UI language once at start: the demo reloads the pane after changing it. */
  readonly setDisplayLanguage: (tag: string) => void;
}

export type SimulatedMailboxOptions = {
  language?: string;
  theme?: ThemeKind;
  selectedIndex?: number | null;
  /** Where roaming settings persist (e.g. localStorage); in memory when omitted. */
  storage?: Storage;
};

export const simulatedRoamingSettingsKey = "oro-connector.simulated-roaming-settings";
/** Outlook's roaming settings limit; the simulation refuses to save more, like Outlook does. */
const roamingSettingsMaxBytes = 32 * 1024;
const popupPollMs = 500;

const themeColours: Record<ThemeKind, string> = {
  light: "#ffffff",
  dark: "#1f1f1f",
  highContrast: "#000000",
};

function themeOf(kind: ThemeKind): MailboxTheme {
  return { kind, bodyBackgroundColor: themeColours[kind] };
}

function copyAddresses(list: readonly EmailAddress[] | undefined): EmailAddress[] {
  return (list ?? []).map((a) => ({ displayName: a.displayName, emailAddress: a.emailAddress }));
}

export function toMailItem(item: ScenarioItem, index: number, user: EmailAddress): MailItem {
  const compose = item.mode === "compose";
  return {
    mode: item.mode,
    key: `simulated-${index}`,
    subject: item.subject,
    internetMessageId: compose ? null : (item.internetMessageId ?? null),
    conversationId: item.conversationId ?? null,
    dateTimeCreated: compose ? null : (item.dateTimeCreated ?? null),
    from: item.from ? { ...item.from } : compose ? { ...user } : null,
    to: copyAddresses(item.to),
    cc: copyAddresses(item.cc),
    bcc: compose ? copyAddresses(item.bcc) : [],
  };
}

const storedSettingsSchema = z.record(z.string(), z.unknown());

export function createStoredRoamingSettings(storage: Storage | undefined, key = simulatedRoamingSettingsKey): RoamingSettings {
  let values: Record<string, unknown> = {};
  const stored = storage?.getItem(key);
  if (stored) {
    try {
      const parsed = storedSettingsSchema.safeParse(JSON.parse(stored));
      if (parsed.success) values = parsed.data;
    } catch {
      // A corrupt entry is treated like an empty mailbox: Outlook would not have saved it.
    }
  }
  return {
    get: (name) => values[name],
    set(name, value) {
      values = { ...values, [name]: value };
    },
    remove(name) {
      const { [name]: _removed, ...rest } = values;
      values = rest;
    },
    save() {
      const json = JSON.stringify(values);
      if (new TextEncoder().encode(json).length > roamingSettingsMaxBytes) {
        return Promise.reject(new Error("Roaming settings are limited to 32 KB; nothing was saved."));
      }
      storage?.setItem(key, json);
      return Promise.resolve();
    },
  };
}

function validIndex(index: number | null | undefined, count: number): number | null {
  if (index === null || index === undefined) return null;
  return Number.isInteger(index) && index >= 0 && index < count ? index : null;
}

export function createSimulatedMailbox(scenario: Scenario, options: SimulatedMailboxOptions = {}): SimulatedMailbox {
  const user: EmailAddress = { ...scenario.user };
  let state: SimulatedMailboxState = {
    items: scenario.items.map((item) => ({ ...item })),
    selectedIndex: validIndex(options.selectedIndex === undefined ? 0 : options.selectedIndex, scenario.items.length),
    theme: themeOf(options.theme ?? "light"),
    displayLanguage: options.language ?? "en-US",
  };
  const stateListeners = createListenerSet<[]>();
  const itemListeners = createListenerSet<[]>();
  const recipientListeners = createListenerSet<[]>();
  const themeListeners = createListenerSet<[MailboxTheme]>();
  const roamingSettings = createStoredRoamingSettings(options.storage);
  let openPopup: Window | null = null;

  const update = (next: Partial<SimulatedMailboxState>) => {
    state = { ...state, ...next };
    stateListeners.emit();
  };

  const popupHost = (): Window => {
    if (typeof window === "undefined") throw new DialogOpenError(DialogErrorCode.popupBlocked, "No browser window to open a dialog from.");
    return window;
  };

  const openDialog = (url: string, size: { widthPercent: number; heightPercent: number }): Promise<DialogHandle> => {
    // Runs synchronously up to window.open so the caller's click still counts as the user gesture.
    if (openPopup && !openPopup.closed) {
      return Promise.reject(new DialogOpenError(DialogErrorCode.alreadyOpen, "A dialog is already open."));
    }
    let host: Window;
    try {
      host = popupHost();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    // Office's minimums are 150 × 250 px.
    const width = Math.max(150, Math.round((host.screen.availWidth * size.widthPercent) / 100));
    const height = Math.max(250, Math.round((host.screen.availHeight * size.heightPercent) / 100));
    const popup = host.open(new URL(url, host.location.href).href, "oro-connect", `popup,width=${width},height=${height}`);
    if (!popup) {
      return Promise.reject(new DialogOpenError(DialogErrorCode.popupBlocked, "The browser blocked the pop-up window."));
    }
    openPopup = popup;
    const channel = createDialogChannel();
    const paneOrigin = host.location.origin;
    const onMessage = (event: MessageEvent) => {
      if (event.source !== popup || event.origin !== paneOrigin) return;
      if (typeof event.data !== "string") return;
      channel.emit({ type: "message", message: event.data, origin: event.origin });
    };
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      clearInterval(timer);
      host.removeEventListener("message", onMessage);
      if (openPopup === popup) openPopup = null;
    };
    const timer = setInterval(() => {
      if (!popup.closed) return;
      finish();
      channel.emit({ type: "closed", code: DialogErrorCode.closedByUser });
    }, popupPollMs);
    host.addEventListener("message", onMessage);
    return Promise.resolve({
      subscribe: (listener) => channel.subscribe(listener),
      close() {
        finish();
        popup.close();
      },
    });
  };

  const mailbox: SimulatedMailbox = {
    kind: "simulated",
    user,
    get displayLanguage() {
      return state.displayLanguage;
    },
    partitionKey: undefined,
    get items() {
      return state.items;
    },
    get selectedIndex() {
      return state.selectedIndex;
    },
    getState: () => state,
    subscribe: (listener) => stateListeners.add(listener),
    getCurrentItem() {
      const index = state.selectedIndex;
      const item = index === null ? undefined : state.items[index];
      return Promise.resolve(item === undefined || index === null ? null : toMailItem(item, index, user));
    },
    getBodyText() {
      const index = state.selectedIndex;
      const item = index === null ? undefined : state.items[index];
      if (!item) return Promise.reject(new Error("No item is open."));
      return Promise.resolve(item.body ?? "");
    },
    onItemChanged: (listener) => itemListeners.add(listener),
    onRecipientsChanged: (listener) => recipientListeners.add(listener),
    getTheme: () => state.theme,
    onThemeChanged: (listener) => themeListeners.add(listener),
    openBrowserWindow(url) {
      popupHost().open(url, "_blank", "noopener,noreferrer");
    },
    roamingSettings,
    openDialog,
    select(index) {
      const next = validIndex(index, state.items.length);
      if (index !== null && next === null) throw new RangeError(`No item ${index} in this scenario.`);
      if (next === state.selectedIndex) return;
      update({ selectedIndex: next });
      itemListeners.emit();
    },
    setTheme(kind) {
      if (kind === state.theme.kind) return;
      update({ theme: themeOf(kind) });
      themeListeners.emit(state.theme);
    },
    setRecipients(field, addresses) {
      const index = state.selectedIndex;
      const item = index === null ? undefined : state.items[index];
      if (!item || item.mode !== "compose") throw new Error("Recipients can only be changed on a compose item.");
      const items = state.items.map((existing, i) => (i === index ? { ...existing, [field]: copyAddresses(addresses) } : existing));
      update({ items });
      recipientListeners.emit();
    },
    setDisplayLanguage(tag) {
      if (tag !== state.displayLanguage) update({ displayLanguage: tag });
    },
  };
  return mailbox;
}
