// French texts of manage-messages.ts, loaded only when the pane runs in French.
import { translate } from "../../i18n/catalog";
import type { manageMessages } from "./manage-messages";

export const translations = [
  translate<typeof manageMessages>("manage", {
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
    checkApiRelay: "L’API est atteinte via le relais de ce serveur",
    apiRelayPass:
      "Le volet envoie les requêtes de l’API Oro à {origin}{path}, qui les transmet à Oro : la liste CORS de l’API Oro n’est pas nécessaire.",
    apiRelayFail: "Le relais {origin}{path} n’a pas rapporté de réponse de l’API Oro.",
    apiRelayFix:
      "Vérifiez oroBaseUrl du serveur du connecteur et que le serveur atteint Oro ; le serveur journalise chaque échec du relais.",
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
  }),
];
