// Oro redirects here after login and consent: hand the result to the pane, through Office when inside it,
// otherwise to the pop-up's opener (the demo page), in both cases only to this exact origin.
import { callbackMessageFrom, dialogLocale, showDialogText } from "./dialog-pages";

const message = JSON.stringify(callbackMessageFrom(location.search));
const officeWait = 5_000;

function officeReady(): Promise<Office.HostType | null> {
  if (typeof Office === "undefined") return Promise.resolve(null);
  // office.js outside Office resolves with no host; the timeout covers a script that never initialises.
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), officeWait));
  return Promise.race([Office.onReady().then((info) => info.host ?? null), timeout]);
}

async function deliver(): Promise<void> {
  const host = await officeReady();
  const ui = host === null ? undefined : (Office.context.ui as Office.UI | undefined);
  if (ui) {
    try {
      ui.messageParent(message, { targetOrigin: location.origin });
    } catch {
      // Clients without DialogOrigin 1.1 refuse the options argument; the pane still checks what it receives.
      ui.messageParent(message);
    }
    showDialogText(document, dialogLocale(Office.context.displayLanguage), "done", "doneHint");
    return;
  }
  const opener = window.opener as Window | null;
  if (opener && !opener.closed) {
    opener.postMessage(message, location.origin);
    showDialogText(document, dialogLocale(navigator.language), "done", "doneHint");
    return;
  }
  showDialogText(document, dialogLocale(navigator.language), "noPane", "noPaneHint");
}

void deliver();
