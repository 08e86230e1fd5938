// Message catalogs: every module with user-facing text defines one, namespaced, with English, German and French.
// The German and French tables must have exactly the English keys, so a missing translation fails the typecheck.
import { useIntl } from "react-intl";
import { useCallback } from "react";

export const supportedLocales = ["en", "de", "fr"] as const;
export type SupportedLocale = (typeof supportedLocales)[number];

export type MessageTable = Record<string, string>;

export type MessageCatalog<T extends MessageTable> = {
  namespace: string;
  en: T;
  de: { [K in keyof T]: string };
  fr: { [K in keyof T]: string };
};

export function defineMessages<T extends MessageTable>(
  namespace: string,
  tables: { en: T; de: { [K in keyof T]: string }; fr: { [K in keyof T]: string } },
): MessageCatalog<T> {
  return { namespace, ...tables };
}

/** Flattens catalogs into the id → text table react-intl takes for one locale. */
export function flattenCatalogs(
  catalogs: readonly MessageCatalog<MessageTable>[],
  locale: SupportedLocale,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const catalog of catalogs) {
    for (const [key, text] of Object.entries(catalog[locale])) out[`${catalog.namespace}.${key}`] = text;
  }
  return out;
}

export type FormatValues = Record<string, string | number | Date | boolean | null | undefined>;

/** Returns t(key, values) for one catalog: ICU syntax ({count, plural, one {# record} other {# records}}). */
export function useT<T extends MessageTable>(catalog: MessageCatalog<T>) {
  const intl = useIntl();
  return useCallback(
    (key: keyof T & string, values?: FormatValues): string =>
      intl.formatMessage({ id: `${catalog.namespace}.${key}`, defaultMessage: catalog.en[key] }, values),
    [intl, catalog],
  );
}

/** Picks the best supported locale for a BCP 47 tag ("de-AT" → "de"), English otherwise. */
export function pickLocale(tag: string | undefined): SupportedLocale {
  const base = (tag ?? "").toLowerCase().split(/[-_]/)[0];
  return (supportedLocales as readonly string[]).includes(base ?? "") ? (base as SupportedLocale) : "en";
}
