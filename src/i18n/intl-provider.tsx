import type { ReactNode } from "react";
import { IntlProvider } from "react-intl";
import type { LocaleMessages } from "./catalog";

/**
 * react-intl's errors, minus "missing translation": English texts are the catalogs' default messages by design
 * (no English table is loaded), and German and French cannot miss a key (the typecheck and catalogs.test.ts see
 * to that). Anything else (a bad format, a wrong value) still reaches the console.
 */
export function reportIntlError(error: { code?: string }): void {
  if (error.code === "MISSING_TRANSLATION") return;
  console.error(error);
}

/** The pane's IntlProvider: `locale` is the full tag (number and date formats), `messages` the loaded language. */
export function PaneIntlProvider(props: { locale: string; messages: LocaleMessages; children: ReactNode }) {
  return (
    <IntlProvider locale={props.locale} defaultLocale="en" messages={props.messages} onError={reportIntlError}>
      {props.children}
    </IntlProvider>
  );
}
