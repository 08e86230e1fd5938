// German texts of app-messages.ts, loaded only when the pane runs in German.
import { translate } from "../i18n/catalog";
import type { appMessages } from "./app-messages";

export const translations = [
  translate<typeof appMessages>("app", {
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
  }),
];
