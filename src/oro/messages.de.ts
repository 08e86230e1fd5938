// German texts of messages.ts, loaded only when the pane runs in German.
import { translate } from "../i18n/catalog";
import type { oroMessages } from "./messages";

export const translations = [
  translate<typeof oroMessages>("oro", {
    errorUnauthorized: "Ihre Oro-Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.",
    errorForbidden:
      "Sie haben in Oro keine Berechtigung dafür. Bitten Sie Ihre Oro-Administration um Zugriff.",
    errorNotFound:
      "Oro konnte diesen Datensatz nicht finden. Er wurde vielleicht gelöscht, oder Sie haben keinen Zugriff mehr darauf.",
    errorValidation:
      "Oro hat die Anfrage nicht angenommen. Prüfen Sie die Eingaben und versuchen Sie es erneut.",
    errorValidationDetail: "Oro hat die Anfrage nicht angenommen: {detail}",
    errorConflict:
      "Dieser Eintrag ist in Oro bereits vorhanden. Aktualisieren Sie und versuchen Sie es erneut.",
    errorRateLimitedWait:
      "Oro ist ausgelastet. Versuchen Sie es in {seconds, plural, one {# Sekunde} other {# Sekunden}} erneut.",
    errorRateLimited: "Oro ist ausgelastet. Warten Sie einen Moment und versuchen Sie es erneut.",
    errorServer:
      "In Oro ist ein Fehler aufgetreten. Versuchen Sie es später erneut; wenn es wieder passiert, wenden Sie sich an Ihre Oro-Administration.",
    errorBadGateway:
      "Oro ist gerade nicht erreichbar (der Server oder ein vorgeschalteter Proxy hat nicht geantwortet). Versuchen Sie es in ein paar Minuten erneut.",
    errorTimeout:
      "Oro hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
    errorNetwork:
      "Oro ist nicht erreichbar. Prüfen Sie Ihre Verbindung. Wenn es wieder passiert, lassen Sie die Oro-Adresse und die CORS-Freigabe für dieses Add-in von Ihrer Administration prüfen.",
    errorInvalidResponse:
      "Oro hat eine Antwort gesendet, die das Add-in nicht lesen kann. Prüfen Sie die Oro-Adresse und ob die Web-API aktiviert ist, oder wenden Sie sich an Ihre Administration.",
    errorUnexpectedStatus:
      "Unerwartete Antwort von Oro (HTTP {status}). Versuchen Sie es erneut; wenn es wieder passiert, wenden Sie sich an Ihre Administration.",
    errorCancelled: "Die Anfrage wurde abgebrochen.",
    errorUnknown: "Etwas ist schiefgelaufen. Versuchen Sie es erneut.",
  }),
];
