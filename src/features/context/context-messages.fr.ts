// French texts of context-messages.ts, loaded only when the pane runs in French.
import { translate } from "../../i18n/catalog";
import type { contextMessages } from "./context-messages";

export const translations = [
  translate<typeof contextMessages>("context", {
    panelLabel: "Enregistrements Oro de cet e-mail",
    noItem: "Sélectionnez un e-mail pour voir les enregistrements Oro qui le concernent.",
    readingItem: "Lecture de l’e-mail ouvert…",
    itemError: "Outlook n’a pas transmis l’e-mail ouvert au complément. Sélectionnez-le à nouveau.",
    nothingToSearch: "Ajoutez des destinataires pour voir les enregistrements Oro qui les concernent.",
    noTypes:
      "Aucun type d’enregistrement ne peut être affiché comme contexte pour votre utilisateur Oro. Contactez votre administrateur Oro.",
    loading: "Recherche des enregistrements Oro…",
    inContextHeading: "Dans le contexte de",
    suggestedHeading: "Pourrait concerner",
    sectionCount: "{count, plural, one {# enregistrement} other {# enregistrements}}",
    inContextEmpty: "Aucun enregistrement n’est encore lié à cette conversation.",
    suggestedEmpty: "Aucun autre enregistrement ne correspond aux personnes de cet e-mail.",
    emptyTitle: "Aucun enregistrement Oro trouvé",
    emptySearched: "{count, plural, one {# adresse recherchée} other {# adresses recherchées}} :",
    emptyThreadOnly:
      "Rien n’est lié à cette conversation dans Oro, et elle n’a pas d’autre participant à rechercher.",
    errorTitle: "Impossible de charger les enregistrements Oro de cet e-mail.",
    retry: "Réessayer",
    loadMore: "Charger plus",
    loadingMore: "Chargement…",
    loadMoreError: "Impossible de charger plus d’enregistrements.",
    showing: "{shown} affichés",
    showingOf: "{shown} sur {total} affichés",
    showingOfAbout: "{shown} sur environ {total} affichés",
    unmatchedHeading: "Aucune correspondance dans Oro",
    unmatchedHint:
      "{count, plural, one {Cette adresse a été recherchée et ne correspond à aucun enregistrement.} other {Ces adresses ont été recherchées et ne correspondent à aucun enregistrement.}}",
    matchedVia: "Correspond à {name}",
    roleFrom: "De",
    roleTo: "À",
    roleCc: "Cc",
    roleBcc: "Cci",
  }),
];
