// Message catalogs: every module with user-facing text defines one, namespaced, in English. German and French live
// beside it (`<name>.de.ts`, `<name>.fr.ts`) and are loaded only for a pane running in that language, so English
// users download no translations and nobody downloads a language they don't use. A translation must have exactly
// the English keys, so a missing or stray key fails the typecheck.
import { useIntl } from "react-intl";
import { useCallback } from "react";

export const supportedLocales = ["en", "de", "fr"] as const;
export type SupportedLocale = (typeof supportedLocales)[number];
export type TranslatedLocale = Exclude<SupportedLocale, "en">;

export type MessageTable = Record<string, string>;

/** The id → text table of one loaded language, as react-intl takes it (empty for English). */
export type LocaleMessages = Record<string, string>;

export type MessageCatalog<T extends MessageTable = MessageTable, N extends string = string> = {
  namespace: N;
  en: T;
};

/** One catalog's texts in one language other than English. */
export type Translation = { namespace: string; messages: MessageTable };

export function defineMessages<T extends MessageTable, const N extends string>(
  namespace: N,
  en: T,
): MessageCatalog<T, N> {
  return { namespace, en };
}

/** A catalog's texts in another language: the namespace and keys must be the English catalog's. */
export function translate<C extends MessageCatalog>(
  namespace: C["namespace"],
  messages: { [K in keyof C["en"]]: string },
): Translation {
  return { namespace, messages };
}

/** Flattens translations into the id → text table react-intl takes. */
export function flattenTranslations(translations: readonly Translation[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const translation of translations) {
    for (const [key, text] of Object.entries(translation.messages))
      out[`${translation.namespace}.${key}`] = text;
  }
  return out;
}

export type FormatValues = Record<string, string | number | Date | boolean | null | undefined>;

/**
 * Returns t(key, values) for one catalog: ICU syntax ({count, plural, one {# record} other {# records}}). English
 * comes from the catalog itself (react-intl's default message); other languages from the loaded translations.
 */
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

/** A catalog carrying all its languages inline: for pages outside the pane (the sign-in dialog) without react-intl. */
export type InlineCatalog<T extends MessageTable> = MessageCatalog<T> & {
  [L in TranslatedLocale]: { [K in keyof T]: string };
};
