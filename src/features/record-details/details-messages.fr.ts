// French texts of details-messages.ts, loaded only when the pane runs in French.
import { translate } from "../../i18n/catalog";
import type { detailsMessages } from "./details-messages";

export const translations = [
  translate<typeof detailsMessages>("details", {
    loading: "Chargement de l’enregistrement…",
    loadFailed: "L’enregistrement n’a pas pu être chargé.",
    retry: "Réessayer",
    fieldsLabel: "Détails",
    noFields: "Oro n’a pas d’autres détails pour cet enregistrement.",
    hintInContext: "Dans le contexte de",
    hintSuggested: "Pourrait concerner",
    hintNone: "Non lié à cet e-mail",
    open: "Ouvrir dans Oro",
    openUnavailable: "Oro n’a pas envoyé de lien vers la page de cet enregistrement.",
    openRefusedScheme: "Ce lien n’a pas été ouvert : ce n’est pas une adresse web ({url}).",
    openRefusedOrigin: "Ce lien n’a pas été ouvert : il mène à {origin}, et non à votre Oro sur {oroOrigin}.",
    addContext: "Ajouter au contexte",
    addingContext: "Ajout…",
    removeContext: "Retirer du contexte",
    removingContext: "Retrait…",
    unavailableCompose:
      "Envoyez d’abord l’e-mail : Oro ne peut lier des enregistrements qu’à un e-mail envoyé.",
    unavailableNoMessageId:
      "Cet e-mail n’a pas encore de Message-ID, Oro ne peut donc pas y lier d’enregistrements. Réessayez dans un instant.",
    unavailableNoItem: "Sélectionnez un e-mail pour y lier cet enregistrement.",
    added: "Ajouté au contexte de cet e-mail dans Oro.",
    alreadyAdded: "Oro avait déjà cet enregistrement dans le contexte de l’e-mail.",
    removed: "Retiré du contexte de ce fil d’e-mails dans Oro.",
    alreadyRemoved: "Oro n’avait plus cet enregistrement dans le contexte de l’e-mail.",
    undo: "Annuler",
    dismiss: "Fermer",
    addFailed: "L’enregistrement n’a pas été ajouté au contexte de l’e-mail.",
    removeFailed: "L’enregistrement n’a pas été retiré du contexte de l’e-mail.",
    emailNotVisible:
      "Oro stocke déjà cet e-mail, mais pas dans votre boîte aux lettres Oro : impossible d’y lier des enregistrements d’ici.",
  }),
];
