// What the two sign-in dialog pages do, without the Office global (the entry files wire Office in).
// The start page only ever forwards to an Oro authorize URL carrying an S256 challenge; the callback page reads
// Oro's answer and hands it to the pane, which checks state and exchanges the code (it alone knows both).
// Deliberately free of React, react-intl and zod: these pages only forward a URL and a message, and load fast.
import type { InlineCatalog, SupportedLocale } from "../i18n/catalog";
import { callbackMessageType, type CallbackMessage } from "./callback-message";

const dialogTexts = {
  en: {
    redirecting: "Opening Oro's sign-in page…",
    badRequest: "This sign-in link is not valid.",
    badRequestHint: "Close this window and click Connect in the Oro connector again.",
    done: "You can close this window.",
    doneHint: "The Oro connector continues in Outlook.",
    noPane: "The Oro connector is no longer waiting for this sign-in.",
    noPaneHint: "Close this window and click Connect in the Oro connector again.",
  },
  de: {
    redirecting: "Die Anmeldeseite von Oro wird geöffnet…",
    badRequest: "Dieser Anmeldelink ist ungültig.",
    badRequestHint: "Schließen Sie dieses Fenster und klicken Sie im Oro-Connector erneut auf „Verbinden“.",
    done: "Sie können dieses Fenster schließen.",
    doneHint: "Der Oro-Connector macht in Outlook weiter.",
    noPane: "Der Oro-Connector wartet nicht mehr auf diese Anmeldung.",
    noPaneHint: "Schließen Sie dieses Fenster und klicken Sie im Oro-Connector erneut auf „Verbinden“.",
  },
  fr: {
    redirecting: "Ouverture de la page de connexion d’Oro…",
    badRequest: "Ce lien de connexion n’est pas valide.",
    badRequestHint: "Fermez cette fenêtre et cliquez à nouveau sur « Se connecter » dans le connecteur Oro.",
    done: "Vous pouvez fermer cette fenêtre.",
    doneHint: "Le connecteur Oro continue dans Outlook.",
    noPane: "Le connecteur Oro n’attend plus cette connexion.",
    noPaneHint: "Fermez cette fenêtre et cliquez à nouveau sur « Se connecter » dans le connecteur Oro.",
  },
};

type DialogText = keyof (typeof dialogTexts)["en"];

/** The dialog pages' texts: a catalog like the pane's (same key check), read without react-intl. */
export const dialogMessages: InlineCatalog<(typeof dialogTexts)["en"]> = {
  namespace: "auth-dialog",
  ...dialogTexts,
};

const localHosts = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * The start page's guard: only an Oro authorize URL (`…/oauth2-token/authorize`) with an S256 challenge is
 * followed, so the page cannot be used as an open redirect or to start a flow without PKCE.
 */
export function checkAuthorizeUrl(raw: string | null): string | null {
  if (raw === null || raw === "") return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  const secure = url.protocol === "https:" || (url.protocol === "http:" && localHosts.has(url.hostname));
  if (!secure || url.username !== "" || url.password !== "") return null;
  if (!url.pathname.endsWith("/oauth2-token/authorize")) return null;
  if (url.searchParams.get("code_challenge_method") !== "S256") return null;
  if ((url.searchParams.get("code_challenge") ?? "") === "") return null;
  if (url.searchParams.get("response_type") !== "code") return null;
  return url.href;
}

/** The callback page's message from Oro's redirect query (`code`+`state`, or `error`+`error_description`). */
export function callbackMessageFrom(search: string): CallbackMessage {
  const query = new URLSearchParams(search);
  const message: CallbackMessage = { type: callbackMessageType };
  const code = query.get("code");
  const state = query.get("state");
  const error = query.get("error");
  const errorDescription = query.get("error_description");
  if (code) message.code = code;
  if (state !== null) message.state = state;
  if (error) message.error = error;
  if (errorDescription) message.errorDescription = errorDescription;
  return message;
}

/** "de-AT" → "de"; English for anything else (the same rule as the pane's pickLocale). */
export function dialogLocale(language: string | undefined): SupportedLocale {
  const base = (language ?? "").toLowerCase().split(/[-_]/)[0];
  return base === "de" || base === "fr" ? base : "en";
}

/** Replaces the page content with a heading and a hint, as text (nothing from the URL is rendered). */
export function showDialogText(
  doc: Document,
  locale: SupportedLocale,
  title: DialogText,
  hint?: DialogText,
): void {
  const table = dialogMessages[locale];
  doc.documentElement.lang = locale;
  const main = doc.createElement("main");
  main.style.fontFamily = "system-ui, 'Segoe UI', sans-serif";
  main.style.margin = "2rem";
  const heading = doc.createElement("h1");
  heading.style.fontSize = "1.25rem";
  heading.textContent = table[title];
  main.append(heading);
  if (hint !== undefined) {
    const paragraph = doc.createElement("p");
    paragraph.textContent = table[hint];
    main.append(paragraph);
  }
  const root = doc.getElementById("root") ?? doc.body;
  root.replaceChildren(main);
}
