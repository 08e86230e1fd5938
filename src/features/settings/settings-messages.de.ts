// German texts of settings-messages.ts, loaded only when the pane runs in German.
import { translate } from "../../i18n/catalog";
import type { settingsMessages } from "./settings-messages";

export const translations = [
  translate<typeof settingsMessages>("settings", {
    syncDirection: "Synchronisationsrichtung",
    syncDirectionOroToOutlook: "Oro nach Outlook",
    syncDirectionOutlookToOro: "Outlook nach Oro",
    syncDirectionBidirectional: "In beide Richtungen",
    conflictResolution: "Konfliktlösung",
    conflictResolutionOroWins: "Oro hat immer Vorrang",
    conflictResolutionOutlookWins: "Outlook hat immer Vorrang",
    crmSyncInterval: "CRM-Synchronisationsintervall (Sekunden)",
    crmSyncIntervalHint: "Wie oft der Bereich Oro für die geöffnete E-Mail erneut abfragt. Von 1 bis 86399.",
    outlookSyncInterval: "Outlook-Synchronisationsintervall (Sekunden)",
    outlookSyncIntervalHint: "Wie oft die Outlook-Seite erneut geprüft wird. Von 1 bis 86399.",
    syncContacts: "Kontakte synchronisieren",
    syncTasks: "Aufgaben synchronisieren",
    syncCalendarEvents: "Kalenderereignisse synchronisieren",
    contextEntityTypes: "Für Kontext und Suche angebotene Datensatztypen",
    adminRoles: "Administratorrollen",
    adminRolesHint: "Oro-Rollencodes, durch Kommas getrennt, z. B. ROLE_ADMINISTRATOR.",
    useSystem: "Systemwert verwenden",
    useOrganization: "Wert der Organisation verwenden",
    on: "Ein",
    off: "Aus",
    seconds: "{count, plural, one {# Sekunde} other {# Sekunden}}",
    sourceDefault: "Standard",
    sourceSystem: "System",
    sourceOrganization: "Organisation",
    sourceUser: "Ihr eigener Wert",
    inEffect: "Wirksam: {value} (aus {source})",
    errorNotWholeNumber: "Geben Sie eine ganze Zahl von Sekunden zwischen 1 und 86399 ein.",
    errorTooSmall: "Muss mindestens 1 Sekunde betragen.",
    errorTooLarge: "Darf höchstens 86399 Sekunden betragen (weniger als ein Tag).",
    errorNotAnOption: "Wählen Sie einen der angebotenen Werte.",
    errorNotOnOff: "Muss ein- oder ausgeschaltet sein.",
    errorEmptyList: "Wählen Sie mindestens einen aus.",
    errorInvalidEntry: "Enthält einen unzulässigen Eintrag.",
    errorNotAtThisLevel: "Diese Einstellung kann hier nicht festgelegt werden.",
    errorWouldLockOut:
      "Behalten Sie mindestens eine Ihrer eigenen Rollen, sonst könnten Sie den Connector nicht mehr verwalten.",
    errorServerForbidden: "Nur Administratoren des Connectors dürfen diese Einstellungen ändern.",
    errorServerUnauthorized:
      "Oro hat Ihre Anmeldung nicht akzeptiert. Verbinden Sie sich erneut mit Oro und versuchen Sie es noch einmal.",
    errorServerOroUnreachable:
      "Der Connector-Server konnte Oro nicht erreichen, um Ihren Zugriff zu prüfen. Versuchen Sie es später erneut. ({detail})",
    errorServerStore:
      "Der Connector-Server konnte seine Einstellungsdatei nicht verwenden. Wenden Sie sich an den Administrator des Servers. ({detail})",
    errorServerUnanswered:
      "Der Connector-Server hat nicht wie erwartet geantwortet. Versuchen Sie es später erneut.",
    save: "Speichern",
    saving: "Wird gespeichert…",
    saved: "Einstellungen gespeichert.",
    saveFailed: "Die Einstellungen wurden nicht gespeichert: {message}",
    fixFields: "Korrigieren Sie die markierten Felder, um zu speichern.",
    syncComesLater:
      "Die Synchronisation von Kontakten, Aufgaben und Kalenderereignissen folgt in einer späteren Version. Synchronisationsrichtung, Konfliktlösung, das Outlook-Synchronisationsintervall und die Synchronisationsschalter werden schon jetzt dafür gespeichert. Das CRM-Synchronisationsintervall legt bereits fest, wie oft der Bereich Oro erneut abfragt.",
    mySettingsTitle: "Meine Einstellungen",
    mySettingsIntro:
      "Ihre eigenen Werte gelten nur für Sie und begleiten Sie auf jedes Gerät, auf dem Sie Outlook verwenden. Deaktivieren Sie „Wert der Organisation verwenden“, um einen eigenen Wert festzulegen.",
    noServerUserLevel:
      "Diese Bereitstellung hat keinen Connector-Server, daher gibt es keine Organisations- oder Systemeinstellungen: Die geerbten Werte sind die Standardwerte.",
    serverLevelsFailed:
      "Organisations- und Systemeinstellungen konnten nicht geladen werden ({message}). Die angezeigten geerbten Werte sind die Standardwerte.",
    loading: "Einstellungen werden geladen…",
    aboutTitle: "Info",
    connectorVersion: "Connector-Version",
    build: "Build",
    connectedOro: "Verbundenes Oro",
    oroVersion: "Oro-Version",
    oroVersionNotReported: "Von der Oro-API nicht angegeben",
    signedInAs: "Angemeldet als",
    oroRoles: "Oro-Rollen",
    notConnected: "Nicht verbunden",
    help: "Hilfe",
    helpLink: "Oro-Dokumentation",
    licences: "Lizenzen",
    connectorLicence:
      "Der Oro-Connector wird unter der MIT-Lizenz veröffentlicht. Er enthält diese Open-Source-Komponenten:",
  }),
];
