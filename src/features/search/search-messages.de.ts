// German texts of search-messages.ts, loaded only when the pane runs in German.
import { translate } from "../../i18n/catalog";
import type { searchMessages } from "./search-messages";

export const translations = [
  translate<typeof searchMessages>("search", {
    searchLabel: "In Oro suchen",
    searchPlaceholder: "In Oro suchen",
    clear: "Suche löschen",
    typeFilterLabel: "Datensatztyp",
    allTypes: "Alle Typen",
    resultsLabel: "Suchergebnisse für „{query}“",
    searching: "Oro wird durchsucht…",
    resultCount: "{count, plural, one {# Datensatz} other {# Datensätze}}",
    showing: "{shown} angezeigt",
    showingOf: "{shown} von {total} angezeigt",
    loadMore: "Mehr laden",
    loadingMore: "Weitere werden geladen…",
    loadMoreError: "Weitere Ergebnisse konnten nicht geladen werden.",
    emptyTitle: "Keine Datensätze passen zu „{query}“.",
    emptyHint:
      "Prüfen Sie die Schreibweise oder suchen Sie nach einem Teil eines Namens, einer E-Mail-Adresse oder einer Nummer.",
    emptyFilteredHint:
      "Es wurde nur in „{type}“ gesucht. Wählen Sie „Alle Typen“, um alle Datensatztypen zu durchsuchen.",
    errorTitle: "Die Suche hat nicht funktioniert.",
    retry: "Erneut versuchen",
    hintInContext: "Im Kontext von",
    hintSuggested: "Könnte zusammenhängen mit",
  }),
];
