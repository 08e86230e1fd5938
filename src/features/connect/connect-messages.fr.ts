// French texts of connect-messages.ts, loaded only when the pane runs in French.
import { translate } from "../../i18n/catalog";
import type { connectMessages } from "./connect-messages";

export const translations = [
  translate<typeof connectMessages>("connect", {
    productName: "Connecteur Oro",
    purpose: "Voyez les enregistrements Oro liés à chaque e-mail et gardez vos messages dans leur contexte.",
    connectsTo: "Se connecte à {host}",
    urlLabel: "Adresse d’Oro",
    urlHint: "L’adresse avec laquelle vous ouvrez Oro, par ex. https://crm.example.com",
    urlEmpty: "Saisissez l’adresse de votre Oro.",
    urlInvalid: "Ce n’est pas une adresse web. Saisissez-la ainsi : https://crm.example.com.",
    urlInsecure: "L’adresse doit commencer par https:// (http:// seulement pour localhost).",
    connect: "Se connecter",
    connecting: "Connexion…",
    signInInWindow: "Connectez-vous à Oro dans la fenêtre qui s’est ouverte.",
    orosWords: "Réponse d’Oro : {description}",
    signedOut: "Vous êtes déconnecté d’Oro et le complément a oublié votre connexion.",
    signedOutHint:
      "Pour retirer aussi l’accès du complément dans Oro, demandez à un administrateur Oro de le révoquer (ce n’est pas possible d’ici).",
    sessionEnded: "Votre session Oro a expiré. Reconnectez-vous pour continuer.",
    bannerTitle: "Votre session Oro a expiré. Reconnectez-vous pour continuer.",
    reconnect: "Se reconnecter",
    reconnecting: "Reconnexion…",
    "oro-unreachable": "Oro à l’adresse {host} est injoignable.",
    "oro-unreachable.hint": "Vérifiez l’adresse et votre connexion réseau (ou VPN), puis réessayez.",
    "api-blocked": "Oro à l’adresse {host} répond, mais ce complément n’a pas le droit d’utiliser son API.",
    "api-blocked.hint":
      "Demandez à votre administrateur Oro d’activer l’API web (Système > Configuration > Paramètres généraux > Paramètres de l’application) et d’autoriser {origin} dans oro_api.cors.allow_origins et oro_oauth2_server.authorization_server.cors.allow_origins.",
    "api-disabled": "L’API web est désactivée dans Oro à l’adresse {host}.",
    "api-disabled.hint":
      "Demandez à votre administrateur Oro de l’activer : Système > Configuration > Paramètres généraux > Paramètres de l’application > API web.",
    "not-oro": "{host} ne ressemble pas à un back-office Oro.",
    "not-oro.hint":
      "Vérifiez l’adresse : c’est celle avec laquelle vous vous connectez à Oro. Si elle est juste, l’API web est peut-être désactivée.",
    "dialog-closed": "La fenêtre de connexion a été fermée avant la fin.",
    "dialog-closed.hint":
      "Cliquez sur « Se connecter » pour réessayer. Si Oro a affiché une erreur dans cette fenêtre, demandez à votre administrateur Oro de vérifier l’application OAuth : type d’autorisation Authorization Code, « Client confidentiel » décoché, URL de redirection {redirectUri}.",
    "dialog-already-open": "Une fenêtre de connexion est déjà ouverte.",
    "dialog-already-open.hint":
      "Terminez la connexion dans cette fenêtre, ou fermez-la et cliquez à nouveau sur « Se connecter ».",
    "popup-blocked": "La fenêtre de connexion a été bloquée.",
    "popup-blocked.hint":
      "Autorisez les fenêtres pop-up pour ce complément, puis cliquez à nouveau sur « Se connecter ».",
    "dialog-failed": "La fenêtre de connexion n’a pas pu s’ouvrir (erreur {code}).",
    "dialog-failed.hint":
      "Cliquez à nouveau sur « Se connecter ». Si l’erreur persiste, demandez à votre administrateur de vérifier que le complément est servi en https et que son manifeste liste son domaine.",
    "access-denied": "L’accès n’a pas été accordé.",
    "access-denied.hint":
      "Vous avez cliqué sur « Annuler » dans Oro. Pour utiliser le connecteur, cliquez sur « Se connecter » et choisissez « Autoriser ».",
    "state-mismatch":
      "La réponse de la fenêtre de connexion n’a pas pu être vérifiée ; elle n’a pas été utilisée.",
    "state-mismatch.hint":
      "Cela peut arriver si plusieurs fenêtres de connexion étaient ouvertes. Cliquez sur « Se connecter » pour recommencer.",
    "invalid-grant": "Oro n’a pas accepté la connexion (elle a peut-être pris trop de temps).",
    "invalid-grant.hint": "Cliquez sur « Se connecter » pour vous reconnecter.",
    "invalid-client": "Oro a refusé l’application OAuth de ce complément.",
    "invalid-client.hint":
      "Demandez à votre administrateur Oro de vérifier Système > Gestion des utilisateurs > Applications OAuth : l’application doit utiliser Authorization Code, avoir « Client confidentiel » décoché et lister l’URL de redirection {redirectUri}.",
    "token-cors-blocked": "Vous êtes connecté, mais Oro ne laisse pas ce complément terminer la connexion.",
    "token-cors-blocked.hint":
      "Demandez à votre administrateur Oro d’ajouter {origin} à oro_oauth2_server.authorization_server.cors.allow_origins.",
    "authorization-error": "Oro a refusé la connexion.",
    "authorization-error.hint":
      "Cliquez à nouveau sur « Se connecter ». Si l’erreur persiste, montrez ce message à votre administrateur Oro.",
    "server-error": "Oro a rencontré un problème pendant la connexion.",
    "server-error.hint": "Patientez un instant, puis cliquez à nouveau sur « Se connecter ».",
    "profile-failed": "Vous êtes connecté, mais votre profil Oro n’a pas pu être chargé.",
    "profile-failed.hint":
      "Cliquez à nouveau sur « Se connecter ». Si l’erreur persiste, demandez à votre administrateur Oro si votre utilisateur peut utiliser l’API.",
    "signin-unavailable": "La connexion n’a pas pu être chargée.",
    "signin-unavailable.hint":
      "Vérifiez votre connexion réseau, puis cliquez à nouveau sur « Se connecter ». Si l’échec persiste, rechargez le complément.",
  }),
];
