// Test helper: a mailbox whose openDialog plays the user in front of the sign-in dialog. It follows the dialog
// URL exactly as the real pages do (start page check → Oro's authorize URL → login form → consent form →
// redirect to the callback page) against the sandbox, then delivers what the callback page would send.
import {
  DialogErrorCode,
  DialogOpenError,
  type DialogEvent,
  type DialogHandle,
  type Mailbox,
} from "../../mailbox/types";
import type { OroSandbox } from "../../sandbox/oro-sandbox";
import { callbackMessageFrom, checkAuthorizeUrl } from "../dialog-pages";
import { callbackPagePath, startPagePath } from "../callback-message";

export type DialogUser = {
  username: string;
  password: string;
  /** What the user clicks on the consent page; "close" shuts the window there. Default "grant". */
  consent?: "grant" | "cancel" | "close";
  /** Runs after Oro redirected to the callback page, before the message is sent (e.g. to let the code expire). */
  beforeCallback?: () => void;
  /** Rewrites the callback query as an attacker or a stale tab would. */
  tamper?: (query: URLSearchParams) => void;
  /** The origin the host reports for the message; the pane's own by default. */
  messageOrigin?: string;
  /** The user takes their time: nothing reaches the pane until this resolves. */
  until?: Promise<void>;
};

export type DialogScript =
  | { kind: "user"; user: DialogUser }
  /** openDialog rejects with this Office error (12007 already open, 12009 blocked, …). */
  | { kind: "open-fails"; code: number };

export type SandboxDialogMailbox = Pick<Mailbox, "openDialog" | "partitionKey"> & {
  /** Every URL the pane asked the dialog to open. */
  readonly opened: string[];
  /** What Oro's dialog ended on: "callback", or the page the user closed (e.g. an OAuth error page). */
  readonly outcomes: string[];
  /** The next openDialog follows this script (the default script stays otherwise). */
  script(next: DialogScript): void;
};

export function sandboxDialogMailbox(options: {
  sandbox: OroSandbox;
  paneOrigin: string;
  user: DialogUser;
  partitionKey?: string;
}): SandboxDialogMailbox {
  const opened: string[] = [];
  const outcomes: string[] = [];
  let nextScript: DialogScript | null = null;
  return {
    partitionKey: options.partitionKey,
    opened,
    outcomes,
    script(next) {
      nextScript = next;
    },
    openDialog(url) {
      opened.push(url);
      const script = nextScript ?? { kind: "user", user: options.user };
      nextScript = null;
      if (script.kind === "open-fails")
        return Promise.reject(new DialogOpenError(script.code, `Dialog failed (${script.code})`));
      const listeners = new Set<(event: DialogEvent) => void>();
      const backlog: DialogEvent[] = [];
      let closed = false;
      const emit = (event: DialogEvent) => {
        if (closed) return;
        if (listeners.size === 0) backlog.push(event);
        else for (const listener of [...listeners]) listener(event);
      };
      const handle: DialogHandle = {
        subscribe(listener) {
          listeners.add(listener);
          for (const event of backlog.splice(0)) listener(event);
          return () => listeners.delete(listener);
        },
        close() {
          closed = true;
        },
      };
      const user = script.user;
      void (user.until ?? Promise.resolve())
        .then(() => playUser(options.sandbox, options.paneOrigin, url, user))
        .then(
          (result) => {
            outcomes.push(result.kind === "callback" ? "callback" : result.page);
            if (result.kind === "closed") emit({ type: "closed", code: DialogErrorCode.closedByUser });
            else
              emit({
                type: "message",
                message: result.message,
                origin: user.messageOrigin ?? options.paneOrigin,
              });
          },
          (error: unknown) => {
            outcomes.push(`error: ${String(error)}`);
            emit({ type: "closed", code: DialogErrorCode.closedByUser });
          },
        );
      return Promise.resolve(handle);
    },
  };
}

type PlayResult = { kind: "callback"; message: string } | { kind: "closed"; page: string };

/** A minimal browser: one cookie jar, manual redirects, forms read from the HTML. */
async function playUser(
  sandbox: OroSandbox,
  paneOrigin: string,
  dialogUrl: string,
  user: DialogUser,
): Promise<PlayResult> {
  const start = new URL(dialogUrl);
  if (start.origin !== paneOrigin || start.pathname !== startPagePath)
    return { kind: "closed", page: "not the start page" };
  const authorize = checkAuthorizeUrl(start.searchParams.get("authorize"));
  if (authorize === null) return { kind: "closed", page: "start page refused the authorize URL" };

  const cookies = new Map<string, string>();
  const send = async (url: string, init: { method?: string; form?: Record<string, string> } = {}) => {
    const headers = new Headers();
    if (cookies.size > 0)
      headers.set("Cookie", [...cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    if (init.form) headers.set("Content-Type", "application/x-www-form-urlencoded");
    const response = await sandbox.fetch(
      new Request(url, {
        method: init.method ?? "GET",
        headers,
        ...(init.form ? { body: new URLSearchParams(init.form).toString() } : {}),
        redirect: "manual",
      }),
    );
    const setCookie = response.headers.get("Set-Cookie");
    const pair = setCookie?.split(";")[0];
    if (pair) {
      const [name = "", value = ""] = pair.split("=");
      cookies.set(name.trim(), value.trim());
    }
    return response;
  };

  let url = authorize;
  let response = await send(url);
  for (let step = 0; step < 12; step += 1) {
    const location = response.headers.get("Location");
    if (response.status >= 300 && response.status < 400 && location) {
      const next = new URL(location, url);
      if (next.origin === paneOrigin && next.pathname === callbackPagePath) {
        user.beforeCallback?.();
        const query = new URLSearchParams(next.search);
        user.tamper?.(query);
        return { kind: "callback", message: JSON.stringify(callbackMessageFrom(`?${query.toString()}`)) };
      }
      url = next.href;
      response = await send(url);
      continue;
    }
    const html = await response.text();
    const csrf = /name="_csrf_token" value="([^"]+)"/.exec(html)?.[1] ?? "";
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, "&");
    if (response.status === 200 && action && html.includes('name="_password"')) {
      url = new URL(action, url).href;
      response = await send(url, {
        method: "POST",
        form: { _csrf_token: csrf, _username: user.username, _password: user.password },
      });
      continue;
    }
    if (response.status === 200 && action && html.includes('name="grantAccess"')) {
      const consent = user.consent ?? "grant";
      if (consent === "close") return { kind: "closed", page: "consent page" };
      url = new URL(action, url).href;
      response = await send(url, {
        method: "POST",
        form: { _csrf_token: csrf, grantAccess: consent === "grant" ? "true" : "false" },
      });
      continue;
    }
    // Oro showed something else (an OAuth error as JSON, a 404 page): the user can only close the window.
    return { kind: "closed", page: `HTTP ${response.status}: ${html.slice(0, 200)}` };
  }
  return { kind: "closed", page: "too many redirects" };
}
