// React access to the mailbox port: the adapter through context, the open item and the theme as live values.
import { createContext, useContext, useSyncExternalStore } from "react";
import { createListenerSet } from "./listener-set";
import type { Mailbox, MailboxTheme, MailItem, Unsubscribe } from "./types";

export const MailboxContext = createContext<Mailbox | null>(null);

export function useMailbox(): Mailbox {
  const mailbox = useContext(MailboxContext);
  if (!mailbox) throw new Error("useMailbox must be used inside MailboxContext.Provider");
  return mailbox;
}

export type CurrentItemState =
  | { status: "loading" }
  | { status: "ready"; item: MailItem | null }
  | { status: "error"; error: Error };

/** How often compose recipients are re-read when the host cannot report changes (Mailbox < 1.7). */
export const recipientsPollMs = 2000;

type Store<T> = { subscribe: (listener: () => void) => Unsubscribe; getSnapshot: () => T };

const loading: CurrentItemState = { status: "loading" };

function sameItem(a: MailItem | null, b: MailItem | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * One reader of the open item per mailbox, shared by every component. An item change shows "loading" at once and
 * drops results still on their way for the previous item, so no view ever shows the old item's data as the new one's.
 */
export function createCurrentItemStore(mailbox: Mailbox, pollMs = recipientsPollMs): Store<CurrentItemState> {
  const listeners = createListenerSet<[]>();
  let snapshot: CurrentItemState = loading;
  let generation = 0;
  let inFlight = false;
  let stopHostEvents: (() => void) | null = null;
  let canTellRecipients = true;
  let pollTimer: ReturnType<typeof setInterval> | undefined;

  const publish = (next: CurrentItemState) => {
    snapshot = next;
    listeners.emit();
  };

  const updatePolling = () => {
    const needsPoll = !canTellRecipients && snapshot.status === "ready" && snapshot.item?.mode === "compose";
    if (needsPoll && pollTimer === undefined) {
      pollTimer = setInterval(() => {
        if (!inFlight) read(false);
      }, pollMs);
    } else if (!needsPoll && pollTimer !== undefined) {
      clearInterval(pollTimer);
      pollTimer = undefined;
    }
  };

  /** newItem: the selection changed, so the old data must go before the new arrives. */
  const read = (newItem: boolean) => {
    const mine = ++generation;
    inFlight = true;
    if (newItem && snapshot.status !== "loading") publish(loading);
    mailbox.getCurrentItem().then(
      (item) => {
        if (mine !== generation) return;
        inFlight = false;
        // A poll or recipients event that found nothing new must not re-render every consumer.
        if (!(snapshot.status === "ready" && sameItem(snapshot.item, item))) publish({ status: "ready", item });
        updatePolling();
      },
      (error: unknown) => {
        if (mine !== generation) return;
        inFlight = false;
        publish({ status: "error", error: toError(error) });
        updatePolling();
      },
    );
  };

  const start = () => {
    const stopItem = mailbox.onItemChanged(() => read(true));
    const stopRecipients = mailbox.onRecipientsChanged(() => read(false));
    canTellRecipients = stopRecipients !== null;
    stopHostEvents = () => {
      stopItem();
      stopRecipients?.();
    };
    read(true);
  };

  const stop = () => {
    stopHostEvents?.();
    stopHostEvents = null;
    generation++;
    inFlight = false;
    if (pollTimer !== undefined) clearInterval(pollTimer);
    pollTimer = undefined;
    // Nobody watches any more: the next subscriber must not see what may by then be a previous item.
    snapshot = loading;
  };

  return {
    subscribe(listener) {
      const unsubscribe = listeners.add(listener);
      if (listeners.size === 1) start();
      return () => {
        unsubscribe();
        if (listeners.size === 0) stop();
      };
    },
    getSnapshot: () => snapshot,
  };
}

/** Theme reads return a new object per call on Office; keep one per value so React sees a stable snapshot. */
export function createThemeStore(mailbox: Mailbox): Store<MailboxTheme> {
  let cached = mailbox.getTheme();
  return {
    subscribe: (listener) => mailbox.onThemeChanged(() => listener()),
    getSnapshot() {
      const theme = mailbox.getTheme();
      if (theme.kind !== cached.kind || theme.bodyBackgroundColor !== cached.bodyBackgroundColor) cached = theme;
      return cached;
    },
  };
}

const currentItemStores = new WeakMap<Mailbox, Store<CurrentItemState>>();
const themeStores = new WeakMap<Mailbox, Store<MailboxTheme>>();

function storeFor<T>(cache: WeakMap<Mailbox, Store<T>>, mailbox: Mailbox, create: (m: Mailbox) => Store<T>): Store<T> {
  let store = cache.get(mailbox);
  if (!store) {
    store = create(mailbox);
    cache.set(mailbox, store);
  }
  return store;
}

/** The open item, re-read on item changes and compose recipient changes. */
export function useCurrentItem(): CurrentItemState {
  const store = storeFor(currentItemStores, useMailbox(), (m) => createCurrentItemStore(m));
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}

/** The host's theme, updated when Office (or the demo) switches it. */
export function useMailboxTheme(): MailboxTheme {
  const store = storeFor(themeStores, useMailbox(), createThemeStore);
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
