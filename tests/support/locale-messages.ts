// Every pane text per language, loaded synchronously for tests (the pane itself loads a language on demand).
import type { LocaleMessages } from "../../src/app/catalogs";
import { messages as german } from "../../src/app/locales/de";
import { messages as french } from "../../src/app/locales/fr";
import { pickLocale, type SupportedLocale } from "../../src/i18n/catalog";

const byLocale: Record<SupportedLocale, LocaleMessages> = { en: {}, de: german, fr: french };

/** The messages react-intl gets for a language tag ("de-DE" → German; English comes from the catalogs). */
export function messagesIn(tag: string): LocaleMessages {
  return byLocale[pickLocale(tag)];
}
