import { renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { PaneIntlProvider } from "../i18n/intl-provider";
import type { SupportedLocale } from "../i18n/catalog";
import { messagesIn } from "../../tests/support/locale-messages";
import { OroApiError } from "./oro-api-error";
import { useOroErrorMessage } from "./messages";

function messageFor(error: unknown, locale: SupportedLocale = "en"): string {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <PaneIntlProvider locale={locale} messages={messagesIn(locale)}>
      {children}
    </PaneIntlProvider>
  );
  const { result } = renderHook(() => useOroErrorMessage(), { wrapper });
  return result.current(error);
}

test("a timeout tells the user to check the connection and try again", () => {
  expect(messageFor(new OroApiError({ kind: "timeout" }))).toBe(
    "Oro did not answer in time. Check your connection and try again.",
  );
});

test("an expired session asks the user to sign in again, in German too", () => {
  expect(messageFor(new OroApiError({ kind: "unauthorized", status: 401 }), "de")).toBe(
    "Ihre Oro-Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.",
  );
});

test("rate limiting says how long to wait, in French", () => {
  expect(messageFor(new OroApiError({ kind: "rateLimited", status: 429, retryAfterSeconds: 45 }), "fr")).toBe(
    "Oro est surchargé. Réessayez dans 45 secondes.",
  );
});

test("a validation error shows Oro's own explanation", () => {
  const error = new OroApiError({
    kind: "validation",
    status: 400,
    title: "not blank constraint",
    detail: "This value should not be blank.",
  });
  expect(messageFor(error)).toBe("Oro did not accept the request: This value should not be blank.");
});

test("an unreadable answer points at the Oro address and the Web API setting", () => {
  expect(messageFor(new OroApiError({ kind: "invalidResponse" }))).toContain("Web API is enabled");
});

test("an error that is not from Oro gets a generic sentence", () => {
  expect(messageFor(new Error("boom"))).toBe("Something went wrong. Try again.");
});
