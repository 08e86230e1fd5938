// German texts of context-messages.ts, loaded only when the pane runs in German.
import { translate } from "../../i18n/catalog";
import type { contextMessages } from "./context-messages";

export const translations = [
  translate<typeof contextMessages>("context", {
    panelLabel: "Oro-Datensätze zu dieser E-Mail",
    noItem: "Wählen Sie eine E-Mail aus, um die zugehörigen Oro-Datensätze zu sehen.",
    readingItem: "Die geöffnete E-Mail wird gelesen…",
    itemError: "Outlook hat dem Add-in die geöffnete E-Mail nicht übergeben. Wählen Sie sie erneut aus.",
    nothingToSearch: "Fügen Sie Empfänger hinzu, um die zugehörigen Oro-Datensätze zu sehen.",
    noTypes:
      "Für Ihren Oro-Benutzer können keine Datensatztypen als Kontext angezeigt werden. Wenden Sie sich an Ihre Oro-Administration.",
    loading: "Oro-Datensätze werden gesucht…",
    inContextHeading: "Im Kontext von",
    suggestedHeading: "Könnte zusammenhängen mit",
    sectionCount: "{count, plural, one {# Datensatz} other {# Datensätze}}",
    inContextEmpty: "Mit dieser Unterhaltung sind noch keine Datensätze verknüpft.",
    suggestedEmpty: "Keine weiteren Datensätze passen zu den Personen dieser E-Mail.",
    emptyTitle: "Keine Oro-Datensätze gefunden",
    emptySearched: "{count, plural, one {# Adresse} other {# Adressen}} gesucht:",
    emptyThreadOnly:
      "In Oro ist nichts mit dieser Unterhaltung verknüpft, und sie hat keine weiteren Teilnehmer, nach denen gesucht werden könnte.",
    errorTitle: "Die Oro-Datensätze zu dieser E-Mail konnten nicht geladen werden.",
    retry: "Erneut versuchen",
    loadMore: "Mehr laden",
    loadingMore: "Weitere werden geladen…",
    loadMoreError: "Weitere Datensätze konnten nicht geladen werden.",
    showing: "{shown} angezeigt",
    showingOf: "{shown} von {total} angezeigt",
    showingOfAbout: "{shown} von etwa {total} angezeigt",
    unmatchedHeading: "Kein Treffer in Oro",
    unmatchedHint:
      "{count, plural, one {Nach dieser Adresse wurde gesucht; sie passt zu keinem Datensatz.} other {Nach diesen Adressen wurde gesucht; sie passen zu keinem Datensatz.}}",
    matchedVia: "Passt zu {name}",
    roleFrom: "Von",
    roleTo: "An",
    roleCc: "Cc",
    roleBcc: "Bcc",
  }),
];
