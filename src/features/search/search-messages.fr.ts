// French texts of search-messages.ts, loaded only when the pane runs in French.
import { translate } from "../../i18n/catalog";
import type { searchMessages } from "./search-messages";

export const translations = [
  translate<typeof searchMessages>("search", {
    searchLabel: "Rechercher dans Oro",
    searchPlaceholder: "Rechercher",
    clear: "Effacer la recherche",
    typeFilterLabel: "Type d’enregistrement",
    allTypes: "Tous les types",
    resultsLabel: "Résultats de recherche pour « {query} »",
    searching: "Recherche dans Oro…",
    resultCount: "{count, plural, one {# enregistrement} other {# enregistrements}}",
    showing: "{shown} affichés",
    showingOf: "{shown} sur {total} affichés",
    loadMore: "Charger plus",
    loadingMore: "Chargement…",
    loadMoreError: "Impossible de charger plus de résultats.",
    emptyTitle: "Aucun enregistrement ne correspond à « {query} ».",
    emptyHint:
      "Vérifiez l’orthographe, ou recherchez une partie d’un nom, d’une adresse e-mail ou d’un numéro.",
    emptyFilteredHint:
      "Seul le type « {type} » a été recherché. Choisissez « Tous les types » pour rechercher partout.",
    errorTitle: "La recherche n’a pas fonctionné.",
    retry: "Réessayer",
    hintInContext: "Dans le contexte de",
    hintSuggested: "Pourrait concerner",
  }),
];
