// The pane's texts per language. English is built into each module's catalog (react-intl's default messages);
// German and French are one chunk each, fetched before the first render only when the pane runs in them.
import type { LocaleMessages, SupportedLocale } from "../i18n/catalog";

export type { LocaleMessages };

export async function loadMessages(locale: SupportedLocale): Promise<LocaleMessages> {
  switch (locale) {
    case "de":
      return (await import("./locales/de")).messages;
    case "fr":
      return (await import("./locales/fr")).messages;
    default:
      return {};
  }
}
