// The dialog's first page (Office requires the pane's origin): forwards to Oro's authorize URL after checking it.
import { checkAuthorizeUrl, dialogLocale, showDialogText } from "./dialog-pages";

const locale = dialogLocale(navigator.language);
const target = checkAuthorizeUrl(new URLSearchParams(location.search).get("authorize"));
if (target === null) {
  showDialogText(document, locale, "badRequest", "badRequestHint");
} else {
  showDialogText(document, locale, "redirecting");
  location.replace(target);
}
