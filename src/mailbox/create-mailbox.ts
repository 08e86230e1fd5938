// Picks the mailbox adapter for this page: Outlook when office.js runs inside Outlook, otherwise the simulation
// (the demo page's shared one when the pane is its iframe, else the default scenario).
import "./demo-host";
import { createOfficeMailbox } from "./office-mailbox";
import type { SimulatedMailbox } from "./simulated-mailbox";
import { DialogOpenError, type DialogHandle, type Mailbox, type Unsubscribe } from "./types";

export const defaultScenarioPath = "scenarios/default.json";

export type MailboxEnvironment = {
  office?: typeof Office;
  window?: Window;
};

export async function createMailbox(env: MailboxEnvironment = {}): Promise<Mailbox> {
  const office = env.office ?? (typeof Office === "undefined" ? undefined : Office);
  if (office) {
    const info = await office.onReady();
    // Outside an Office host onReady resolves with host null and no mailbox.
    if (info.host === office.HostType.Outlook && office.context?.mailbox) return createOfficeMailbox(office);
  }
  const win = env.window ?? window;
  const shared = demoHostMailbox(win);
  if (shared) return adoptDemoHostMailbox(shared, win);

  // A pane opened on its own in a browser (development): the simulation loads only then, never in Outlook.
  const [{ loadScenario }, { createSimulatedMailbox }] = await Promise.all([
    import("./scenario"),
    import("./simulated-mailbox"),
  ]);
  const params = new URLSearchParams(win.location.search);
  const scenario = await loadScenario(new URL(defaultScenarioPath, win.location.href).href);
  return createSimulatedMailbox(scenario, {
    selectedIndex: itemIndexParam(params.get("item")) ?? 0,
    language: params.get("lang") ?? win.navigator.language ?? "en-US",
    storage: safeLocalStorage(win),
  });
}

export function itemIndexParam(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  return Number(value);
}

export function safeLocalStorage(win: Window): Storage | undefined {
  try {
    return win.localStorage;
  } catch {
    // Blocked third-party storage: settings then live in memory for this session.
    return undefined;
  }
}

/** The demo page's mailbox when this page is its iframe; touching a cross-origin parent throws, hence the guard. */
function demoHostMailbox(win: Window): SimulatedMailbox | undefined {
  if (win.parent === win) return undefined;
  try {
    const candidate = win.parent.oroDemoHost?.mailbox;
    return candidate && candidate.kind === "simulated" && typeof candidate.getCurrentItem === "function" ? candidate : undefined;
  } catch {
    return undefined;
  }
}

/** Relative dialog URLs belong to the pane, which may live at another path than the demo page. */
function resolveAgainstFrame(url: string, win: Window): string {
  try {
    return new URL(url, win.location.href).href;
  } catch {
    return url; // an about:blank frame has no base to resolve against
  }
}

type DialogOpenErrorLike = { name: string; code: number; message: string };

function isDialogOpenErrorLike(error: unknown): error is DialogOpenErrorLike {
  return (
    typeof error === "object" &&
    error !== null &&
    "name" in error &&
    error.name === "DialogOpenError" &&
    "code" in error &&
    typeof error.code === "number" &&
    "message" in error &&
    typeof error.message === "string"
  );
}

/** Errors thrown in the parent window are of the parent's classes: `instanceof` fails in the pane without this. */
function toLocalError(error: unknown): Error {
  if (isDialogOpenErrorLike(error)) return new DialogOpenError(error.code, error.message);
  if (error instanceof Error) return error;
  if (typeof error === "object" && error !== null && "message" in error && typeof error.message === "string") {
    return new Error(error.message);
  }
  return new Error(String(error));
}

/**
 * Wraps the parent's mailbox for use in this frame: errors become this frame's classes, and every subscription is
 * dropped when the frame unloads (the demo reloads the pane on a language change; the parent must not call into
 * a dead page).
 */
export function adoptDemoHostMailbox(shared: SimulatedMailbox, win: Window): Mailbox {
  const live = new Set<Unsubscribe>();
  const track = (unsubscribe: Unsubscribe): Unsubscribe => {
    live.add(unsubscribe);
    return () => {
      live.delete(unsubscribe);
      unsubscribe();
    };
  };
  win.addEventListener("pagehide", () => {
    for (const unsubscribe of live) unsubscribe();
    live.clear();
  });
  const localize = <T>(promise: Promise<T>): Promise<T> => promise.catch((error: unknown) => Promise.reject(toLocalError(error)));

  return {
    kind: "simulated",
    user: shared.user,
    get displayLanguage() {
      return shared.displayLanguage;
    },
    partitionKey: shared.partitionKey,
    getCurrentItem: () => localize(shared.getCurrentItem()),
    getBodyText: () => localize(shared.getBodyText()),
    onItemChanged: (listener) => track(shared.onItemChanged(listener)),
    onRecipientsChanged(listener) {
      const unsubscribe = shared.onRecipientsChanged(listener);
      return unsubscribe ? track(unsubscribe) : null;
    },
    getTheme: () => shared.getTheme(),
    onThemeChanged: (listener) => track(shared.onThemeChanged(listener)),
    openBrowserWindow: (url) => shared.openBrowserWindow(url),
    roamingSettings: {
      get: (key) => shared.roamingSettings.get(key),
      set: (key, value) => shared.roamingSettings.set(key, value),
      remove: (key) => shared.roamingSettings.remove(key),
      save: () => localize(shared.roamingSettings.save()),
    },
    openDialog(url, size): Promise<DialogHandle> {
      return localize(shared.openDialog(resolveAgainstFrame(url, win), size)).then((handle) => ({
        subscribe: (listener) => track(handle.subscribe(listener)),
        close: () => handle.close(),
      }));
    },
  };
}
