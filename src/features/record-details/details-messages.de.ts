// German texts of details-messages.ts, loaded only when the pane runs in German.
import { translate } from "../../i18n/catalog";
import type { detailsMessages } from "./details-messages";

export const translations = [
  translate<typeof detailsMessages>("details", {
    loading: "Der Datensatz wird geladen…",
    loadFailed: "Der Datensatz konnte nicht geladen werden.",
    retry: "Erneut versuchen",
    fieldsLabel: "Details",
    noFields: "Oro hat keine weiteren Angaben zu diesem Datensatz.",
    hintInContext: "Im Kontext von",
    hintSuggested: "Könnte zusammenhängen mit",
    hintNone: "Nicht mit dieser E-Mail verknüpft",
    open: "In Oro öffnen",
    openUnavailable: "Oro hat keinen Link zur Seite dieses Datensatzes gesendet.",
    openRefusedScheme: "Dieser Link wurde nicht geöffnet: Er ist keine Webadresse ({url}).",
    openRefusedOrigin:
      "Dieser Link wurde nicht geöffnet: Er führt zu {origin}, nicht zu Ihrem Oro unter {oroOrigin}.",
    addContext: "Kontext hinzufügen",
    addingContext: "Wird hinzugefügt…",
    removeContext: "Kontext entfernen",
    removingContext: "Wird entfernt…",
    unavailableCompose:
      "Senden Sie die E-Mail zuerst: Oro kann Datensätze nur mit einer gesendeten E-Mail verknüpfen.",
    unavailableNoMessageId:
      "Diese E-Mail hat noch keine Message-ID, daher kann Oro keine Datensätze mit ihr verknüpfen. Versuchen Sie es gleich noch einmal.",
    unavailableNoItem: "Wählen Sie eine E-Mail aus, um diesen Datensatz mit ihr zu verknüpfen.",
    added: "Zum Kontext dieser E-Mail in Oro hinzugefügt.",
    alreadyAdded: "Oro hatte diesen Datensatz bereits im Kontext der E-Mail.",
    removed: "Aus dem Kontext dieses E-Mail-Verlaufs in Oro entfernt.",
    alreadyRemoved: "Oro hatte diesen Datensatz nicht mehr im Kontext der E-Mail.",
    undo: "Rückgängig",
    dismiss: "Schließen",
    addFailed: "Der Datensatz wurde nicht zum Kontext der E-Mail hinzugefügt.",
    removeFailed: "Der Datensatz wurde nicht aus dem Kontext der E-Mail entfernt.",
    emailNotVisible:
      "Oro speichert diese E-Mail bereits, aber nicht in Ihrem Postfach dort, daher können hier keine Datensätze mit ihr verknüpft werden.",
  }),
];
