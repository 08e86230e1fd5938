import { defineMessages } from "../../i18n/catalog";

export const menuMessages = defineMessages("menu", {
  en: {
    menu: "Connector menu",
    about: "About",
    mySettings: "My settings",
    refresh: "Refresh",
    disconnect: "Disconnect",
    manage: "Manage add-on",
    disconnectTitle: "Disconnect from Oro?",
    disconnectBody:
      "The pane forgets your Oro sign-in on this device and stops showing Oro records until you connect again. Your settings are kept.",
    disconnectConfirm: "Disconnect",
    cancel: "Cancel",
  },
  de: {
    menu: "Connector-Menü",
    about: "Info",
    mySettings: "Meine Einstellungen",
    refresh: "Aktualisieren",
    disconnect: "Trennen",
    manage: "Add-in verwalten",
    disconnectTitle: "Von Oro trennen?",
    disconnectBody:
      "Der Bereich vergisst Ihre Oro-Anmeldung auf diesem Gerät und zeigt keine Oro-Datensätze mehr an, bis Sie sich erneut verbinden. Ihre Einstellungen bleiben erhalten.",
    disconnectConfirm: "Trennen",
    cancel: "Abbrechen",
  },
  fr: {
    menu: "Menu du connecteur",
    about: "À propos",
    mySettings: "Mes paramètres",
    refresh: "Actualiser",
    disconnect: "Se déconnecter",
    manage: "Gérer le complément",
    disconnectTitle: "Se déconnecter d’Oro ?",
    disconnectBody:
      "Le volet oublie votre connexion à Oro sur cet appareil et n’affiche plus d’enregistrements Oro jusqu’à ce que vous vous reconnectiez. Vos paramètres sont conservés.",
    disconnectConfirm: "Se déconnecter",
    cancel: "Annuler",
  },
});
