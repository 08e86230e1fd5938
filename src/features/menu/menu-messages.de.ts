// German texts of menu-messages.ts, loaded only when the pane runs in German.
import { translate } from "../../i18n/catalog";
import type { menuMessages } from "./menu-messages";

export const translations = [
  translate<typeof menuMessages>("menu", {
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
  }),
];
