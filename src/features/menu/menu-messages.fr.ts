// French texts of menu-messages.ts, loaded only when the pane runs in French.
import { translate } from "../../i18n/catalog";
import type { menuMessages } from "./menu-messages";

export const translations = [
  translate<typeof menuMessages>("menu", {
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
  }),
];
