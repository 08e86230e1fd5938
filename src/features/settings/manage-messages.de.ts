// German texts of manage-messages.ts, loaded only when the pane runs in German.
import { translate } from "../../i18n/catalog";
import type { manageMessages } from "./manage-messages";

export const translations = [
  translate<typeof manageMessages>("manage", {
    title: "Add-in verwalten",
    intro:
      "Einstellungen für alle: Die Systemebene gilt für jede Organisation, die eigenen Werte einer Organisation gelten für deren Benutzer, und jeder Benutzer kann unter „Meine Einstellungen“ eigene Werte festlegen.",
    noServer:
      "Organisations- und Systemeinstellungen benötigen den Server des Connectors, und diese Bereitstellung hat keinen (nur statische Dateien). Benutzer können weiterhin unter „Meine Einstellungen“ eigene Werte festlegen. Um Einstellungen hier zu verwalten, starten Sie den Connector mit seinem Server (npm start oder npm run preview für den gebauten Bereich).",
    loadFailed: "Die Einstellungen konnten nicht geladen werden: {message}",
    loading: "Einstellungen werden geladen…",
    systemSection: "Systemeinstellungen",
    systemIntro: "Gelten für jede Organisation und jeden Benutzer ohne eigenen Wert.",
    systemForm: "Systemeinstellungen",
    organizationSection: "Organisationseinstellungen",
    organizationIntro:
      "Deaktivieren Sie „Systemwert verwenden“, um der Organisation einen eigenen Wert zu geben.",
    organizationPick: "Organisation",
    organizationForm: "Einstellungen von {name}",
    organizationUnnamed: "Organisation {id}",
    noOrganizations: "Oro nennt keine Organisation für Ihren Benutzer.",
    connectionSection: "Verbindung",
    connectionIntro:
      "In der Konfiguration des Connector-Servers festgelegt (connector.config.json, Umgebungsvariablen oder Optionen): Der Bereich benötigt sie, bevor sich jemand anmeldet.",
    oroBaseUrl: "Oro-Basis-URL",
    oroBaseUrlEntered: "Wird von jedem Benutzer eingegeben",
    backOfficePrefix: "Back-Office-Präfix",
    prefixNone: "Keines (OroPlatform oder OroCRM)",
    prefixDiscover: "Wird beim Verbinden ermittelt",
    clientId: "OAuth-Client-ID",
    diagnosticsSection: "Diagnose",
    diagnosticsIntro:
      "Prüft diese Bereitstellung aus diesem Bereich, so wie der Bereich jedes Benutzers mit Oro spricht.",
    diagnosticsRunning: "Die Bereitstellung wird geprüft…",
    runAgain: "Prüfungen erneut ausführen",
    diagnosticsList: "Prüfungen der Bereitstellung",
    pass: "Bestanden",
    fail: "Fehlgeschlagen",
    howToFix: "Behebung: {fix}",
    checkReachable: "Oro ist erreichbar",
    reachablePass: "{url} hat geantwortet.",
    reachableFail: "{url} hat nicht geantwortet.",
    reachableFix:
      "Prüfen Sie die Oro-URL, ob Oro läuft und ob dieser Computer es erreichen kann (VPN, Firewall, Proxy).",
    checkWebApi: "Web-API ist aktiviert",
    webApiPass: "Die Back-Office-API unter {url} hat geantwortet.",
    webApiMissing: "Unter {url} gibt es keine API (HTTP {status}).",
    webApiUnreadable: "Die API unter {url} konnte aus diesem Bereich nicht gelesen werden.",
    webApiFix:
      "Aktivieren Sie in Oro System > Konfiguration > Allgemeine Einrichtung > Anwendungseinstellungen > Web-API. Prüfen Sie bei OroCommerce das Back-Office-Präfix (meist /admin).",
    checkApiCors: "Die API erlaubt den Ursprung dieses Bereichs (CORS)",
    apiCorsPass: "{origin} darf die API aufrufen.",
    apiCorsFail:
      "Der Browser konnte die Antwort der API nicht lesen: {origin} ist wahrscheinlich nicht erlaubt.",
    apiCorsFix:
      "Tragen Sie {origin} in oro_api.cors.allow_origins in Oros config/config.yml ein und leeren Sie danach Oros Cache.",
    checkApiRelay: "Die API wird über die Weiterleitung dieses Servers erreicht",
    apiRelayPass:
      "Der Bereich sendet Oro-API-Anfragen an {origin}{path}, das sie an Oro weiterleitet: Die CORS-Liste der Oro-API wird nicht benötigt.",
    apiRelayFail: "Die Weiterleitung unter {origin}{path} brachte keine Antwort der Oro-API zurück.",
    apiRelayFix:
      "Prüfen Sie oroBaseUrl des Connector-Servers und ob der Server Oro erreicht; der Server protokolliert jeden Weiterleitungsfehler.",
    checkTokenCors: "Der Token-Endpunkt erlaubt den Ursprung dieses Bereichs (CORS)",
    tokenCorsPass: "{origin} darf {url} aufrufen.",
    tokenCorsFail:
      "Der Browser konnte die Antwort von {url} nicht lesen: {origin} ist wahrscheinlich nicht erlaubt.",
    tokenCorsFix:
      "Tragen Sie {origin} in oro_oauth2_server.authorization_server.cors.allow_origins in Oros config/config.yml ein und leeren Sie danach Oros Cache.",
    checkOAuthClient: "Die OAuth-Anwendung ist öffentlich und enthält diese Weiterleitungs-URL",
    oauthClientPass:
      "Oro akzeptiert den Client {clientId} als öffentlichen Client mit der Weiterleitungs-URL {redirectUri}.",
    oauthClientFail:
      "Oro hat den Client {clientId} mit der Weiterleitungs-URL {redirectUri} abgelehnt ({error}).",
    oauthClientUnchecked: "Konnte nicht geprüft werden, weil der Token-Endpunkt nicht gelesen werden konnte.",
    oauthClientFix:
      "Öffnen Sie in Oro System > Benutzerverwaltung > OAuth-Anwendungen und prüfen Sie die Anwendung mit der Client-ID {clientId}: Grant-Typ Authorization Code, „Vertraulicher Client“ deaktiviert und {redirectUri} unter den Weiterleitungs-URLs.",
    checkEmailContext: "Oro unterstützt die E-Mail-Kontext-Ressourcen",
    emailContextPass:
      "Oro nennt {count, plural, one {# Datensatztyp} other {# Datensatztypen}} für den E-Mail-Kontext.",
    emailContextFail: "Oros API hat keine E-Mail-Kontext-Ressourcen ({detail}).",
    emailContextFix:
      "Aktualisieren Sie Oro auf 5.1.3 oder neuer (6.x oder 7.x empfohlen): Der Connector benötigt Oros E-Mail-Kontext-API (emailcontextentities, emailthreadcontext).",
    checkEntityTypes: "Datensatztypen, die Sie verwenden dürfen",
    entityTypesPass: "Für Sie verfügbar: {types}.",
    entityTypesPartial: "Für Sie verfügbar: {types}. Nicht verfügbar: {missing}.",
    entityTypesNone: "Keiner der angebotenen Datensatztypen ist für Sie verfügbar.",
    entityTypesUnchecked:
      "Konnte nicht geprüft werden, weil die E-Mail-Kontext-Ressourcen nicht gelesen werden konnten.",
    entityTypesFix:
      "Geben Sie den Benutzern in Oro Leserechte für diese Datensatztypen (System > Benutzerverwaltung > Rollen) oder bieten Sie sie in den Einstellungen oben nicht mehr an.",
  }),
];
