// The port over Outlook: everything the add-in needs from the mailbox, independent of Office.js.
// Two adapters implement it: office-mailbox.ts (real Office.js) and simulated-mailbox.ts (demo and tests).

export type EmailAddress = { emailAddress: string; displayName: string };

export type MailItemMode = "read" | "compose";

export type MailItem = {
  mode: MailItemMode;
  /** Stable identity of the item within this mailbox session: used to key caches and to drop stale results. */
  key: string;
  subject: string;
  /** With angle brackets as Outlook gives it; null in compose mode and on some just-sent items. */
  internetMessageId: string | null;
  conversationId: string | null;
  /** ISO 8601, or null when unknown (compose). */
  dateTimeCreated: string | null;
  from: EmailAddress | null;
  to: EmailAddress[];
  cc: EmailAddress[];
  /** Only ever filled in compose mode. */
  bcc: EmailAddress[];
};

export type ThemeKind = "light" | "dark" | "highContrast";

export type MailboxTheme = {
  kind: ThemeKind;
  /** Office's own colours when the host gives them (hex like "#1f1f1f"); informative only. */
  bodyBackgroundColor?: string;
};

export type Unsubscribe = () => void;

export type DialogEvent =
  | { type: "message"; message: string; origin: string | undefined }
  | { type: "closed"; code: number };

export interface DialogHandle {
  /** Receives every message and close event from the dialog. Returns a function to stop listening. */
  subscribe(listener: (event: DialogEvent) => void): Unsubscribe;
  close(): void;
}

/** Office's error codes for dialogs, kept as numbers so the auth flow can explain each one. */
export const DialogErrorCode = {
  closedByUser: 12006,
  alreadyOpen: 12007,
  popupBlocked: 12009,
  popupIgnored: 12011,
  invalidUrl: 12003,
  domainNotAllowed: 12004,
} as const;

export class DialogOpenError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = "DialogOpenError";
  }
}

export interface RoamingSettings {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  remove(key: string): void;
  save(): Promise<void>;
}

export interface Mailbox {
  readonly kind: "office" | "simulated";
  /** The signed-in mailbox owner. */
  readonly user: EmailAddress;
  /** BCP 47 tag, e.g. "en-US", "de-DE". */
  readonly displayLanguage: string;
  /** Office.context.partitionKey when defined: prefix for localStorage keys. */
  readonly partitionKey: string | undefined;
  /** The open item, or null when nothing is selected. Compose fields are read with getAsync. */
  getCurrentItem(): Promise<MailItem | null>;
  /** The body as plain text, read only when needed (e.g. creating the email in Oro). */
  getBodyText(): Promise<string>;
  /** Fires when the selected item changes in a pinned pane (the new item may be null). */
  onItemChanged(listener: () => void): Unsubscribe;
  /** Fires when compose recipients change; null when the host cannot tell (then poll). */
  onRecipientsChanged(listener: () => void): Unsubscribe | null;
  getTheme(): MailboxTheme;
  onThemeChanged(listener: (theme: MailboxTheme) => void): Unsubscribe;
  /** Opens a URL in the user's browser (Office) or a new tab (demo). */
  openBrowserWindow(url: string): void;
  readonly roamingSettings: RoamingSettings;
  /** Opens a dialog on a page of the add-in's own origin. Rejects with DialogOpenError. */
  openDialog(url: string, size: { widthPercent: number; heightPercent: number }): Promise<DialogHandle>;
}
