import { defineMessages } from "../i18n/catalog";

export const appMessages = defineMessages("app", {
  en: {
    productName: "Oro connector",
    loading: "Loading the Oro connector…",
    bootFailed: "The Oro connector could not start.",
    bootFailedHint:
      "Reload the pane. If it keeps failing, ask your administrator to check the add-in's deployment.",
    reload: "Reload",
    back: "Back",
    menu: "Connector menu",
    noItem: "Select an email to see its Oro records.",
    mainRegion: "Oro records",
  },
  de: {
    productName: "Oro-Connector",
    loading: "Der Oro-Connector wird geladen…",
    bootFailed: "Der Oro-Connector konnte nicht starten.",
    bootFailedHint:
      "Laden Sie den Bereich neu. Wenn der Fehler bleibt, bitten Sie Ihren Administrator, die Bereitstellung des Add-ins zu prüfen.",
    reload: "Neu laden",
    back: "Zurück",
    menu: "Connector-Menü",
    noItem: "Wählen Sie eine E-Mail aus, um ihre Oro-Datensätze zu sehen.",
    mainRegion: "Oro-Datensätze",
  },
  fr: {
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
  },
});
