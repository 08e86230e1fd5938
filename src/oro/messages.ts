// What the user is told when an Oro call fails: one sentence per error kind that says what to do next.
import { useCallback } from "react";
import { defineMessages, useT } from "../i18n/catalog";
import { isOroApiError, type OroApiErrorKind } from "./oro-api-error";

export const oroMessages = defineMessages("oro", {
  errorUnauthorized: "Your Oro session has ended. Sign in again to continue.",
  errorForbidden: "You do not have permission to do this in Oro. Ask your Oro administrator for access.",
  errorNotFound:
    "Oro could not find this record. It may have been deleted or you may no longer have access to it.",
  errorValidation: "Oro did not accept the request. Check the entered values and try again.",
  errorValidationDetail: "Oro did not accept the request: {detail}",
  errorConflict: "Oro already has this item. Refresh and try again.",
  errorRateLimitedWait: "Oro is busy. Try again in {seconds, plural, one {# second} other {# seconds}}.",
  errorRateLimited: "Oro is busy. Wait a moment and try again.",
  errorServer:
    "Oro ran into a problem. Try again later; if it keeps happening, contact your Oro administrator.",
  errorBadGateway:
    "Oro is not reachable right now (the server or a proxy in front of it did not answer). Try again in a few minutes.",
  errorTimeout: "Oro did not answer in time. Check your connection and try again.",
  errorNetwork:
    "Could not reach Oro. Check your connection. If it keeps happening, ask your administrator to check the Oro address and that Oro allows this add-in (CORS).",
  errorInvalidResponse:
    "Oro sent an answer the add-in could not read. Check that the Oro address is right and the Web API is enabled, or contact your administrator.",
  errorUnexpectedStatus:
    "Oro answered unexpectedly (HTTP {status}). Try again; if it keeps happening, contact your administrator.",
  errorCancelled: "The request was cancelled.",
  errorUnknown: "Something went wrong. Try again.",
});

export type OroMessageKey = keyof typeof oroMessages.en;

const keyByKind: Record<
  Exclude<OroApiErrorKind, "rateLimited" | "validation" | "unexpectedStatus">,
  OroMessageKey
> = {
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
