// What the user is told when an Oro call fails: one sentence per error kind that says what to do next.
import { useCallback } from "react";
import { defineMessages, useT } from "../i18n/catalog";
import { isOroApiError, type OroApiErrorKind } from "./oro-api-error";

export const oroMessages = defineMessages("oro", {
  en: {
    errorUnauthorized: "Your Oro session has ended. Sign in again to continue.",
    errorForbidden: "You do not have permission to do this in Oro. Ask your Oro administrator for access.",
    errorNotFound: "Oro could not find this record. It may have been deleted or you may no longer have access to it.",
    errorValidation: "Oro did not accept the request. Check the entered values and try again.",
    errorValidationDetail: "Oro did not accept the request: {detail}",
    errorConflict: "Oro already has this item. Refresh and try again.",
    errorRateLimitedWait: "Oro is busy. Try again in {seconds, plural, one {# second} other {# seconds}}.",
    errorRateLimited: "Oro is busy. Wait a moment and try again.",
    errorServer: "Oro ran into a problem. Try again later; if it keeps happening, contact your Oro administrator.",
    errorBadGateway: "Oro is not reachable right now (the server or a proxy in front of it did not answer). Try again in a few minutes.",
    errorTimeout: "Oro did not answer in time. Check your connection and try again.",
    errorNetwork:
      "Could not reach Oro. Check your connection. If it keeps happening, ask your administrator to check the Oro address and that Oro allows this add-in (CORS).",
    errorInvalidResponse:
      "Oro sent an answer the add-in could not read. Check that the Oro address is right and the Web API is enabled, or contact your administrator.",
    errorUnexpectedStatus: "Oro answered unexpectedly (HTTP {status}). Try again; if it keeps happening, contact your administrator.",
    errorCancelled: "The request was cancelled.",
    errorUnknown: "Something went wrong. Try again.",
  },
  de: {
    errorUnauthorized: "Ihre Oro-Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.",
    errorForbidden: "Sie haben in Oro keine Berechtigung dafür. Bitten Sie Ihre Oro-Administration um Zugriff.",
    errorNotFound:
      "Oro konnte diesen Datensatz nicht finden. Er wurde vielleicht gelöscht, oder Sie haben keinen Zugriff mehr darauf.",
    errorValidation: "Oro hat die Anfrage nicht angenommen. Prüfen Sie die Eingaben und versuchen Sie es erneut.",
    errorValidationDetail: "Oro hat die Anfrage nicht angenommen: {detail}",
    errorConflict: "Dieser Eintrag ist in Oro bereits vorhanden. Aktualisieren Sie und versuchen Sie es erneut.",
    errorRateLimitedWait:
      "Oro ist ausgelastet. Versuchen Sie es in {seconds, plural, one {# Sekunde} other {# Sekunden}} erneut.",
    errorRateLimited: "Oro ist ausgelastet. Warten Sie einen Moment und versuchen Sie es erneut.",
    errorServer:
      "In Oro ist ein Fehler aufgetreten. Versuchen Sie es später erneut; wenn es wieder passiert, wenden Sie sich an Ihre Oro-Administration.",
    errorBadGateway:
      "Oro ist gerade nicht erreichbar (der Server oder ein vorgeschalteter Proxy hat nicht geantwortet). Versuchen Sie es in ein paar Minuten erneut.",
    errorTimeout: "Oro hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
    errorNetwork:
      "Oro ist nicht erreichbar. Prüfen Sie Ihre Verbindung. Wenn es wieder passiert, lassen Sie die Oro-Adresse und die CORS-Freigabe für dieses Add-in von Ihrer Administration prüfen.",
    errorInvalidResponse:
      "Oro hat eine Antwort gesendet, die das Add-in nicht lesen kann. Prüfen Sie die Oro-Adresse und ob die Web-API aktiviert ist, oder wenden Sie sich an Ihre Administration.",
    errorUnexpectedStatus:
      "Unerwartete Antwort von Oro (HTTP {status}). Versuchen Sie es erneut; wenn es wieder passiert, wenden Sie sich an Ihre Administration.",
    errorCancelled: "Die Anfrage wurde abgebrochen.",
    errorUnknown: "Etwas ist schiefgelaufen. Versuchen Sie es erneut.",
  },
  fr: {
    errorUnauthorized: "Votre session Oro a expiré. Reconnectez-vous pour continuer.",
    errorForbidden: "Vous n’avez pas l’autorisation de faire cela dans Oro. Demandez l’accès à votre administrateur Oro.",
    errorNotFound:
      "Oro ne trouve pas cet enregistrement. Il a peut-être été supprimé, ou vous n’y avez plus accès.",
    errorValidation: "Oro n’a pas accepté la demande. Vérifiez les valeurs saisies et réessayez.",
    errorValidationDetail: "Oro n’a pas accepté la demande : {detail}",
    errorConflict: "Cet élément existe déjà dans Oro. Actualisez et réessayez.",
    errorRateLimitedWait: "Oro est surchargé. Réessayez dans {seconds, plural, one {# seconde} other {# secondes}}.",
    errorRateLimited: "Oro est surchargé. Patientez un instant et réessayez.",
    errorServer:
      "Oro a rencontré un problème. Réessayez plus tard ; si cela se reproduit, contactez votre administrateur Oro.",
    errorBadGateway:
      "Oro est injoignable pour le moment (le serveur ou un proxy devant lui n’a pas répondu). Réessayez dans quelques minutes.",
    errorTimeout: "Oro n’a pas répondu à temps. Vérifiez votre connexion et réessayez.",
    errorNetwork:
      "Impossible de joindre Oro. Vérifiez votre connexion. Si cela se reproduit, demandez à votre administrateur de vérifier l’adresse d’Oro et qu’Oro autorise ce complément (CORS).",
    errorInvalidResponse:
      "Oro a envoyé une réponse que le complément ne peut pas lire. Vérifiez l’adresse d’Oro et que l’API Web est activée, ou contactez votre administrateur.",
    errorUnexpectedStatus:
      "Réponse inattendue d’Oro (HTTP {status}). Réessayez ; si cela se reproduit, contactez votre administrateur.",
    errorCancelled: "La demande a été annulée.",
    errorUnknown: "Une erreur s’est produite. Réessayez.",
  },
});

export type OroMessageKey = keyof typeof oroMessages.en;

const keyByKind: Record<Exclude<OroApiErrorKind, "rateLimited" | "validation" | "unexpectedStatus">, OroMessageKey> = {
  unauthorized: "errorUnauthorized",
  forbidden: "errorForbidden",
  notFound: "errorNotFound",
  conflict: "errorConflict",
  server: "errorServer",
  badGateway: "errorBadGateway",
  timeout: "errorTimeout",
  network: "errorNetwork",
  invalidResponse: "errorInvalidResponse",
};

export type OroErrorMessage = { key: OroMessageKey; values?: Record<string, string | number> };

/** Chooses the message (and its values) for any error an Oro call can throw; usable outside React. */
export function describeOroError(error: unknown): OroErrorMessage {
  if (error instanceof DOMException && error.name === "AbortError") return { key: "errorCancelled" };
  if (!isOroApiError(error)) return { key: "errorUnknown" };
  switch (error.kind) {
    case "rateLimited":
      return error.retryAfterSeconds !== undefined && error.retryAfterSeconds > 0
        ? { key: "errorRateLimitedWait", values: { seconds: error.retryAfterSeconds } }
        : { key: "errorRateLimited" };
    case "validation":
      // Oro's validation detail ("This value should not be blank.") helps the user fix the input; keep it short.
      return error.detail !== undefined && error.detail.trim() !== "" && error.detail.length <= 300
        ? { key: "errorValidationDetail", values: { detail: error.detail } }
        : { key: "errorValidation" };
    case "unexpectedStatus":
      return { key: "errorUnexpectedStatus", values: { status: error.status ?? 0 } };
    default:
      return { key: keyByKind[error.kind] };
  }
}

/** `(error) => sentence` in the user's language. */
export function useOroErrorMessage(): (error: unknown) => string {
  const t = useT(oroMessages);
  return useCallback(
    (error: unknown) => {
      const message = describeOroError(error);
      return t(message.key, message.values);
    },
    [t],
  );
}
