import { defineMessages } from "../../i18n/catalog";

/** Texts of Manage add-on and its diagnostics (loaded with that view only). */
export const manageMessages = defineMessages("manage", {
  en: {
    title: "Manage add-on",
    intro:
      "Settings for everyone: the system level applies to every organization, an organization's own values apply to its users, and each user may set their own under My settings.",
    noServer:
      "Organization and system settings need the connector's server, and this deployment has none (static files only). Users can still set their own values under My settings. To manage settings here, run the connector with its server (npm start, or npm run preview for the built pane).",
    loadFailed: "The settings could not be loaded: {message}",
    loading: "Loading settings…",
    systemSection: "System settings",
    systemIntro: "Apply to every organization and user that does not set its own value.",
    systemForm: "System settings",
    organizationSection: "Organization settings",
    organizationIntro: "Clear “Use System” to give the organization its own value.",
    organizationPick: "Organization",
    organizationForm: "Settings of {name}",
    organizationUnnamed: "Organization {id}",
    noOrganizations: "Oro names no organization for your user.",
    connectionSection: "Connection",
    connectionIntro:
      "Set in the connector server's configuration (connector.config.json, environment variables or flags): the pane needs them before anyone signs in.",
    oroBaseUrl: "Oro base URL",
    oroBaseUrlEntered: "Entered by each user",
    backOfficePrefix: "Back-office prefix",
    prefixNone: "None (OroPlatform or OroCRM)",
    prefixDiscover: "Discovered when connecting",
    clientId: "OAuth client ID",
    diagnosticsSection: "Diagnostics",
    diagnosticsIntro: "Checks this deployment from this pane, the way every user's pane talks to Oro.",
    diagnosticsRunning: "Checking the deployment…",
    runAgain: "Run the checks again",
    diagnosticsList: "Deployment checks",
    pass: "Pass",
    fail: "Fail",
    howToFix: "How to fix: {fix}",
    checkReachable: "Oro is reachable",
    reachablePass: "{url} answered.",
    reachableFail: "{url} did not answer.",
    reachableFix:
      "Check the Oro URL, that Oro is running, and that this computer can reach it (VPN, firewall, proxy).",
    checkWebApi: "Web API is enabled",
    webApiPass: "The back-office API at {url} answered.",
    webApiMissing: "There is no API at {url} (HTTP {status}).",
    webApiUnreadable: "The API at {url} could not be read from this pane.",
    webApiFix:
      "In Oro, enable System > Configuration > General Setup > Application Settings > Web API. With OroCommerce, check the back-office prefix (usually /admin).",
    checkApiCors: "The API allows this pane's origin (CORS)",
    apiCorsPass: "{origin} may call the API.",
    apiCorsFail: "The browser could not read the API's answer: {origin} is probably not allowed.",
    apiCorsFix:
      "Add {origin} to oro_api.cors.allow_origins in Oro's config/config.yml, then clear Oro's cache.",
    checkTokenCors: "The token endpoint allows this pane's origin (CORS)",
    tokenCorsPass: "{origin} may call {url}.",
    tokenCorsFail: "The browser could not read the answer of {url}: {origin} is probably not allowed.",
    tokenCorsFix:
      "Add {origin} to oro_oauth2_server.authorization_server.cors.allow_origins in Oro's config/config.yml, then clear Oro's cache.",
    checkOAuthClient: "The OAuth application is public and lists this redirect URL",
    oauthClientPass: "Oro accepts client {clientId} as a public client with redirect URL {redirectUri}.",
    oauthClientFail: "Oro refused client {clientId} with redirect URL {redirectUri} ({error}).",
    oauthClientUnchecked: "Could not be checked because the token endpoint could not be read.",
    oauthClientFix:
      "In Oro, open System > User Management > OAuth Applications and check the application with client ID {clientId}: grant type Authorization Code, Confidential Client cleared, and {redirectUri} among the Redirect URLs.",
    checkEmailContext: "Oro supports the email context resources",
    emailContextPass:
      "Oro lists {count, plural, one {# record type} other {# record types}} for email context.",
    emailContextFail: "Oro's API has no email context resources ({detail}).",
    emailContextFix:
      "Upgrade Oro to 5.1.3 or later (6.x or 7.x recommended): the connector needs Oro's email context API (emailcontextentities, emailthreadcontext).",
    checkEntityTypes: "Record types you may use",
    entityTypesPass: "Available to you: {types}.",
    entityTypesPartial: "Available to you: {types}. Not available: {missing}.",
    entityTypesNone: "None of the offered record types is available to you.",
    entityTypesUnchecked: "Could not be checked because the email context resources could not be read.",
    entityTypesFix:
      "Give the users view permission on these record types in Oro (System > User Management > Roles), or stop offering them in the settings above.",
  },
  de: {
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
  },
  fr: {
    title: "Gérer le complément",
    intro:
      "Paramètres pour tous : le niveau système s’applique à chaque organisation, les valeurs propres d’une organisation s’appliquent à ses utilisateurs, et chaque utilisateur peut définir les siennes dans Mes paramètres.",
    noServer:
      "Les paramètres d’organisation et de système nécessitent le serveur du connecteur, et ce déploiement n’en a pas (fichiers statiques uniquement). Les utilisateurs peuvent toujours définir leurs propres valeurs dans Mes paramètres. Pour gérer les paramètres ici, lancez le connecteur avec son serveur (npm start, ou npm run preview pour le volet compilé).",
    loadFailed: "Les paramètres n’ont pas pu être chargés : {message}",
    loading: "Chargement des paramètres…",
    systemSection: "Paramètres système",
    systemIntro:
      "S’appliquent à chaque organisation et à chaque utilisateur qui ne définit pas sa propre valeur.",
    systemForm: "Paramètres système",
    organizationSection: "Paramètres de l’organisation",
    organizationIntro:
      "Décochez « Utiliser la valeur système » pour donner à l’organisation sa propre valeur.",
    organizationPick: "Organisation",
    organizationForm: "Paramètres de {name}",
    organizationUnnamed: "Organisation {id}",
    noOrganizations: "Oro n’indique aucune organisation pour votre utilisateur.",
    connectionSection: "Connexion",
    connectionIntro:
      "Définis dans la configuration du serveur du connecteur (connector.config.json, variables d’environnement ou options) : le volet en a besoin avant toute connexion.",
    oroBaseUrl: "URL de base d’Oro",
    oroBaseUrlEntered: "Saisie par chaque utilisateur",
    backOfficePrefix: "Préfixe du back-office",
    prefixNone: "Aucun (OroPlatform ou OroCRM)",
    prefixDiscover: "Déterminé à la connexion",
    clientId: "ID client OAuth",
    diagnosticsSection: "Diagnostic",
    diagnosticsIntro:
      "Vérifie ce déploiement depuis ce volet, comme le volet de chaque utilisateur communique avec Oro.",
    diagnosticsRunning: "Vérification du déploiement…",
    runAgain: "Relancer les vérifications",
    diagnosticsList: "Vérifications du déploiement",
    pass: "Réussi",
    fail: "Échec",
    howToFix: "Correction : {fix}",
    checkReachable: "Oro est joignable",
    reachablePass: "{url} a répondu.",
    reachableFail: "{url} n’a pas répondu.",
    reachableFix:
      "Vérifiez l’URL d’Oro, qu’Oro fonctionne et que cet ordinateur peut le joindre (VPN, pare-feu, proxy).",
    checkWebApi: "L’API Web est activée",
    webApiPass: "L’API du back-office à {url} a répondu.",
    webApiMissing: "Il n’y a pas d’API à {url} (HTTP {status}).",
    webApiUnreadable: "L’API à {url} n’a pas pu être lue depuis ce volet.",
    webApiFix:
      "Dans Oro, activez Système > Configuration > Configuration générale > Paramètres de l’application > API Web. Avec OroCommerce, vérifiez le préfixe du back-office (généralement /admin).",
    checkApiCors: "L’API autorise l’origine de ce volet (CORS)",
    apiCorsPass: "{origin} peut appeler l’API.",
    apiCorsFail:
      "Le navigateur n’a pas pu lire la réponse de l’API : {origin} n’est probablement pas autorisée.",
    apiCorsFix:
      "Ajoutez {origin} à oro_api.cors.allow_origins dans le fichier config/config.yml d’Oro, puis videz le cache d’Oro.",
    checkTokenCors: "Le point de terminaison des jetons autorise l’origine de ce volet (CORS)",
    tokenCorsPass: "{origin} peut appeler {url}.",
    tokenCorsFail:
      "Le navigateur n’a pas pu lire la réponse de {url} : {origin} n’est probablement pas autorisée.",
    tokenCorsFix:
      "Ajoutez {origin} à oro_oauth2_server.authorization_server.cors.allow_origins dans le fichier config/config.yml d’Oro, puis videz le cache d’Oro.",
    checkOAuthClient: "L’application OAuth est publique et contient cette URL de redirection",
    oauthClientPass:
      "Oro accepte le client {clientId} comme client public avec l’URL de redirection {redirectUri}.",
    oauthClientFail: "Oro a refusé le client {clientId} avec l’URL de redirection {redirectUri} ({error}).",
    oauthClientUnchecked: "Vérification impossible : le point de terminaison des jetons n’a pas pu être lu.",
    oauthClientFix:
      "Dans Oro, ouvrez Système > Gestion des utilisateurs > Applications OAuth et vérifiez l’application d’ID client {clientId} : type d’autorisation Authorization Code, « Client confidentiel » décoché et {redirectUri} parmi les URL de redirection.",
    checkEmailContext: "Oro prend en charge les ressources de contexte d’e-mail",
    emailContextPass:
      "Oro propose {count, plural, one {# type d’enregistrement} other {# types d’enregistrements}} pour le contexte d’e-mail.",
    emailContextFail: "L’API d’Oro n’a pas de ressources de contexte d’e-mail ({detail}).",
    emailContextFix:
      "Mettez Oro à jour vers la version 5.1.3 ou ultérieure (6.x ou 7.x recommandée) : le connecteur a besoin de l’API de contexte d’e-mail d’Oro (emailcontextentities, emailthreadcontext).",
    checkEntityTypes: "Types d’enregistrements que vous pouvez utiliser",
    entityTypesPass: "Disponibles pour vous : {types}.",
    entityTypesPartial: "Disponibles pour vous : {types}. Non disponibles : {missing}.",
    entityTypesNone: "Aucun des types d’enregistrements proposés ne vous est accessible.",
    entityTypesUnchecked:
      "Vérification impossible : les ressources de contexte d’e-mail n’ont pas pu être lues.",
    entityTypesFix:
      "Donnez aux utilisateurs le droit de consulter ces types d’enregistrements dans Oro (Système > Gestion des utilisateurs > Rôles), ou cessez de les proposer dans les paramètres ci-dessus.",
  },
});
