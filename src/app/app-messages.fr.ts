// French texts of app-messages.ts, loaded only when the pane runs in French.
import { translate } from "../i18n/catalog";
import type { appMessages } from "./app-messages";

export const translations = [
  translate<typeof appMessages>("app", {
    productName: "Connecteur Oro",
    loading: "Chargement du connecteur Oro…",
    bootFailed: "Le connecteur Oro n’a pas pu démarrer.",
    bootFailedHint:
      "Rechargez le volet. Si l’erreur persiste, demandez à votre administrateur de vérifier le déploiement du complément.",
    reload: "Recharger",
    back: "Retour",
    menu: "Menu du connecteur",
    noItem: "Sélectionnez un e-mail pour voir ses enregistrements Oro.",
    mainRegion: "Enregistrements Oro",
  }),
];
