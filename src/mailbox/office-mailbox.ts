// The mailbox port over Office.js. Office is passed in (never read from the global) so tests can hand in a mock.
import { z } from "zod/mini";
import { createDialogChannel } from "./dialog-channel";
import { createListenerSet } from "./listener-set";
import {
  DialogOpenError,
  type DialogEvent,
  type DialogHandle,
  type EmailAddress,
  type Mailbox,
  type MailboxTheme,
  type MailItem,
  type RoamingSettings,
  type ThemeKind,
  type Unsubscribe,
} from "./types";

/** Outlook on the web and new Outlook refuse more simultaneous async calls than this. */
export const maxOfficeCallsInFlight = 3;

/** A failed Office async call, with Office's numeric error code. */
export class OfficeCallError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = "OfficeCallError";
  }
}

type OfficeItem = NonNullable<Office.Mailbox["item"]>;
type Callback<T> = (result: Office.AsyncResult<T>) => void;

export type OfficeMailboxOptions = {
  /** For the high-contrast check; the browser's own when omitted. */
  matchMedia?: (query: string) => Pick<MediaQueryList, "matches" | "addEventListener" | "removeEventListener">;
  /** Opens URLs when Office cannot (OpenBrowserWindowApi is missing on Outlook on the web and new Outlook). */
  openWindow?: (url: string) => void;
};

/**
 * Runs Office async calls with at most `limit` in flight; the rest wait in order.
 * Every call settles exactly once: a callback that never comes would otherwise block the queue for good.
 */
export function createOfficeCallQueue(office: typeof Office, limit = maxOfficeCallsInFlight) {
  let active = 0;
  const waiting: (() => void)[] = [];
  const next = () => {
    while (active < limit && waiting.length > 0) waiting.shift()?.();
  };
  return function call<T>(invoke: (callback: Callback<T>) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      waiting.push(() => {
        active++;
        let settled = false;
        const release = () => {
          if (settled) return false;
          settled = true;
          active--;
          next();
          return true;
        };
        try {
          invoke((result) => {
            if (!release()) return;
            if (result.status === office.AsyncResultStatus.Failed) {
              reject(new OfficeCallError(result.error?.code ?? 0, result.error?.message ?? "The Office call failed."));
            } else {
              resolve(result.value);
            }
          });
        } catch (error) {
          release();
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
      next();
    });
  };
}

const addressDetailsSchema = z.object({
  emailAddress: z.string(),
  displayName: z.nullish(z.string()),
});
const addressListSchema = z.array(addressDetailsSchema);

function toAddress(details: z.infer<typeof addressDetailsSchema>): EmailAddress {
  return { emailAddress: details.emailAddress, displayName: details.displayName ?? "" };
}

function parseAddress(value: unknown): EmailAddress | null {
  const parsed = addressDetailsSchema.safeParse(value);
  return parsed.success ? toAddress(parsed.data) : null;
}

function parseAddresses(value: unknown): EmailAddress[] {
  const parsed = addressListSchema.safeParse(value);
  return parsed.success ? parsed.data.map(toAddress) : [];
}

function optionalString(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

function isoDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  if (typeof value === "string" && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString();
  return null;
}

function hasGetAsync(value: unknown): value is { getAsync: unknown } {
  return typeof value === "object" && value !== null && "getAsync" in value && typeof value.getAsync === "function";
}

/** Compose items expose recipients as objects with getAsync; read items as plain arrays. */
export function isComposeItem(item: OfficeItem): boolean {
  return hasGetAsync(item.to);
}

// --- Theme ----------------------------------------------------------------------------------------------------

function channelLuminance(channel: number): number {
  const c = channel / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of "#rgb" or "#rrggbb"; undefined for anything else. */
export function relativeLuminance(hex: string | undefined): number | undefined {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex?.trim() ?? "");
  const digits = match?.[1];
  if (!digits) return undefined;
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join("") : digits;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  return 0.2126 * channelLuminance(r ?? 0) + 0.7152 * channelLuminance(g ?? 0) + 0.0722 * channelLuminance(b ?? 0);
}

function contrastRatio(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/**
 * Office reports colours, not a theme name (isDarkTheme and themeId are unsupported in Outlook). Rules:
 * - high contrast: the browser says colours are forced (Windows contrast themes reach the WebView as
 *   `forced-colors: active`), or both the body and the control colour pairs are pure black/white (ratio ≥ 19:1,
 *   which only #000/#fff-like pairs reach; Office's dark and black themes stay well below);
 * - dark: the body text is lighter than the body background (or, with no text colour, a background luminance
 *   under 0.5);
 * - light otherwise, including when Office gives no theme (before Mailbox 1.14).
 */
export function themeFromOffice(theme: Partial<Office.OfficeTheme> | undefined, forcedColors: boolean): MailboxTheme {
  const background = theme?.bodyBackgroundColor;
  const withColour = (kind: ThemeKind): MailboxTheme => (background ? { kind, bodyBackgroundColor: background } : { kind });
  if (forcedColors) return withColour("highContrast");
  const bg = relativeLuminance(background);
  if (bg === undefined) return withColour("light");
  const fg = relativeLuminance(theme?.bodyForegroundColor);
  const controlBg = relativeLuminance(theme?.controlBackgroundColor);
  const controlFg = relativeLuminance(theme?.controlForegroundColor);
  const extreme = (x: number | undefined, y: number | undefined) => x !== undefined && y !== undefined && contrastRatio(x, y) >= 19;
  if (extreme(bg, fg) && extreme(controlBg, controlFg)) return withColour("highContrast");
  const dark = fg !== undefined ? fg > bg : bg < 0.5;
  return withColour(dark ? "dark" : "light");
}

// --- Host events ------------------------------------------------------------------------------------------------

/**
 * Outlook keeps one handler per event type and removeHandlerAsync drops them all, so each event gets a single
 * host handler fanning out to our listeners; add/remove run one after another so they never race.
 */
function createHostEvent<A>(attach: (handler: (args: A) => void) => Promise<void>, detach: () => Promise<void>) {
  const listeners = createListenerSet<[A]>();
  let attached = false;
  let chain: Promise<void> = Promise.resolve();
  const reconcile = () => {
    chain = chain
      .then(async () => {
        const wanted = listeners.size > 0;
        if (wanted && !attached) {
          await attach((args) => listeners.emit(args));
          attached = true;
        } else if (!wanted && attached) {
          attached = false;
          await detach();
        }
      })
      .catch((error: unknown) => console.warn("Could not update an Outlook event handler", error));
  };
  return {
    subscribe(listener: (args: A) => void): Unsubscribe {
      const unsubscribe = listeners.add(listener);
      reconcile();
      return () => {
        unsubscribe();
        reconcile();
      };
    },
  };
}

// --- The adapter ----------------------------------------------------------------------------------------------

export function createOfficeMailbox(office: typeof Office, options: OfficeMailboxOptions = {}): Mailbox {
  const call = createOfficeCallQueue(office);
  const context = office.context;
  const mailboxApi = context.mailbox;
  const supports = (version: string) => context.requirements.isSetSupported("Mailbox", version);
  const profile = mailboxApi.userProfile;
  const user: EmailAddress = { displayName: profile.displayName, emailAddress: profile.emailAddress };

  // Compose items have no itemId until saved; the item object stays the same while it is open.
  const composeKeys = new WeakMap<object, string>();
  let composeCounter = 0;
  const syntheticKey = (item: OfficeItem): string => {
    let key = composeKeys.get(item);
    if (!key) {
      key = `compose-${++composeCounter}`;
      composeKeys.set(item, key);
    }
    return key;
  };

  const readReadItem = (item: OfficeItem): MailItem => ({
    mode: "read",
    key: optionalString(item.itemId) ?? syntheticKey(item),
    subject: typeof item.subject === "string" ? item.subject : "",
    internetMessageId: optionalString(item.internetMessageId),
    conversationId: optionalString(item.conversationId),
    dateTimeCreated: isoDate(item.dateTimeCreated),
    from: parseAddress(item.from) ?? parseAddress(item.sender),
    to: parseAddresses(item.to),
    cc: parseAddresses(item.cc),
    bcc: [],
  });

  const readComposeItem = async (item: OfficeItem): Promise<MailItem> => {
    const getRecipients = (field: "to" | "cc" | "bcc") =>
      call<Office.EmailAddressDetails[]>((cb) => item[field].getAsync(cb)).then(parseAddresses);
    const fromPromise = supports("1.7")
      ? call<Office.EmailAddressDetails>((cb) => item.from.getAsync(cb)).then(
          (value) => parseAddress(value) ?? user,
          // The sender only refines the suggestions; a draft whose From cannot be read is still the user's.
          () => user,
        )
      : Promise.resolve(user);
    const [subject, to, cc, bcc, from] = await Promise.all([
      call<string>((cb) => item.subject.getAsync(cb)),
      getRecipients("to"),
      getRecipients("cc"),
      getRecipients("bcc"),
      fromPromise,
    ]);
    return {
      mode: "compose",
      key: syntheticKey(item),
      subject: typeof subject === "string" ? subject : "",
      internetMessageId: null,
      conversationId: optionalString(item.conversationId),
      dateTimeCreated: null,
      from,
      to,
      cc,
      bcc,
    };
  };

  const itemChanged = createHostEvent<unknown>(
    (handler) => call<void>((cb) => mailboxApi.addHandlerAsync(office.EventType.ItemChanged, handler, cb)),
    () => call<void>((cb) => mailboxApi.removeHandlerAsync(office.EventType.ItemChanged, cb)),
  );

  const themeChanged = createHostEvent<{ officeTheme?: Office.OfficeTheme }>(
    (handler) => call<void>((cb) => mailboxApi.addHandlerAsync(office.EventType.OfficeThemeChanged, handler, cb)),
    () => call<void>((cb) => mailboxApi.removeHandlerAsync(office.EventType.OfficeThemeChanged, cb)),
  );

  const matchMedia = options.matchMedia ?? (typeof window !== "undefined" && window.matchMedia ? (q: string) => window.matchMedia(q) : undefined);
  const forcedColorsQuery = matchMedia?.("(forced-colors: active)");
  const currentTheme = (officeTheme = context.officeTheme) => themeFromOffice(officeTheme, forcedColorsQuery?.matches ?? false);

  // RecipientsChanged lives on the item: attach to each compose item as it opens.
  const recipientListeners = createListenerSet<[]>();
  let recipientsItem: OfficeItem | null = null;
  let recipientsChain: Promise<void> = Promise.resolve();
  let stopRecipientsItemWatch: Unsubscribe | null = null;
  const reconcileRecipients = () => {
    recipientsChain = recipientsChain
      .then(async () => {
        const item = mailboxApi.item ?? null;
        const target = recipientListeners.size > 0 && item && isComposeItem(item) ? item : null;
        if (target === recipientsItem) return;
        const previous = recipientsItem;
        recipientsItem = null;
        // After an item change Outlook has dropped the old item's handlers already; only detach from the open one.
        if (previous && previous === item) {
          await call<void>((cb) => previous.removeHandlerAsync(office.EventType.RecipientsChanged, cb));
        }
        if (target) {
          await call<void>((cb) => target.addHandlerAsync(office.EventType.RecipientsChanged, () => recipientListeners.emit(), cb));
          recipientsItem = target;
        }
      })
      .catch((error: unknown) => console.warn("Could not watch the recipients of the open item", error));
  };

  const roamingSettings: RoamingSettings = {
    get(key) {
      const value: unknown = context.roamingSettings.get(key);
      return value;
    },
    set: (key, value) => context.roamingSettings.set(key, value),
    remove: (key) => context.roamingSettings.remove(key),
    save: () => call<void>((cb) => context.roamingSettings.saveAsync(cb)).then(() => undefined),
  };

  const openDialog = (url: string, size: { widthPercent: number; heightPercent: number }): Promise<DialogHandle> =>
    new Promise<Office.Dialog>((resolve, reject) => {
      const address = typeof location === "undefined" ? url : new URL(url, location.href).href;
      // displayInIframe stays false: Oro's sign-in pages refuse to be framed. promptBeforeOpen keeps Office's
      // default (true) so Outlook on the web asks before opening instead of the browser blocking the pop-up.
      context.ui.displayDialogAsync(address, { width: size.widthPercent, height: size.heightPercent, displayInIframe: false }, (result) => {
        if (result.status === office.AsyncResultStatus.Failed) {
          reject(new DialogOpenError(result.error?.code ?? 0, result.error?.message ?? "The dialog could not be opened."));
        } else {
          resolve(result.value);
        }
      });
    }).then((dialog) => {
      const channel = createDialogChannel();
      dialog.addEventHandler(office.EventType.DialogMessageReceived, (args) => channel.emit(toDialogEvent(args)));
      dialog.addEventHandler(office.EventType.DialogEventReceived, (args) => channel.emit(toDialogEvent(args)));
      return { subscribe: (listener) => channel.subscribe(listener), close: () => dialog.close() };
    });

  return {
    kind: "office",
    user,
    displayLanguage: context.displayLanguage || "en-US",
    partitionKey: optionalString(context.partitionKey) ?? undefined,
    async getCurrentItem() {
      const item = mailboxApi.item;
      if (!item) return null;
      return isComposeItem(item) ? readComposeItem(item) : readReadItem(item);
    },
    getBodyText() {
      const item = mailboxApi.item;
      if (!item) return Promise.reject(new Error("No item is open."));
      return call<string>((cb) => item.body.getAsync(office.CoercionType.Text, cb));
    },
    onItemChanged: (listener) => itemChanged.subscribe(() => listener()),
    onRecipientsChanged(listener) {
      if (!supports("1.7")) return null;
      const unsubscribe = recipientListeners.add(listener);
      if (!stopRecipientsItemWatch) stopRecipientsItemWatch = itemChanged.subscribe(reconcileRecipients);
      reconcileRecipients();
      return () => {
        unsubscribe();
        if (recipientListeners.size === 0) {
          stopRecipientsItemWatch?.();
          stopRecipientsItemWatch = null;
        }
        reconcileRecipients();
      };
    },
    getTheme: () => currentTheme(),
    onThemeChanged(listener) {
      const stops: Unsubscribe[] = [];
      if (supports("1.14")) stops.push(themeChanged.subscribe((args) => listener(currentTheme(args.officeTheme ?? context.officeTheme))));
      if (forcedColorsQuery) {
        const onForcedColors = () => listener(currentTheme());
        forcedColorsQuery.addEventListener("change", onForcedColors);
        stops.push(() => forcedColorsQuery.removeEventListener("change", onForcedColors));
      }
      return () => stops.forEach((stop) => stop());
    },
    openBrowserWindow(url) {
      if (context.requirements.isSetSupported("OpenBrowserWindowApi", "1.1")) context.ui.openBrowserWindow(url);
      else if (options.openWindow) options.openWindow(url);
      else if (typeof window !== "undefined") window.open(url, "_blank", "noopener,noreferrer");
    },
    roamingSettings,
    openDialog,
  };
}

function toDialogEvent(args: { message: string; origin: string | undefined } | { error: number }): DialogEvent {
  if ("message" in args) return { type: "message", message: args.message, origin: args.origin };
  return { type: "closed", code: args.error };
}
