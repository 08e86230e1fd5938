// French texts of messages.ts, loaded only when the pane runs in French.
import { translate } from "../i18n/catalog";
import type { oroMessages } from "./messages";

export const translations = [
  translate<typeof oroMessages>("oro", {
    errorUnauthorized: "Votre session Oro a expiré. Reconnectez-vous pour continuer.",
    errorForbidden:
      "Vous n’avez pas l’autorisation de faire cela dans Oro. Demandez l’accès à votre administrateur Oro.",
    errorNotFound:
      "Oro ne trouve pas cet enregistrement. Il a peut-être été supprimé, ou vous n’y avez plus accès.",
    errorValidation: "Oro n’a pas accepté la demande. Vérifiez les valeurs saisies et réessayez.",
    errorValidationDetail: "Oro n’a pas accepté la demande : {detail}",
    errorConflict: "Cet élément existe déjà dans Oro. Actualisez et réessayez.",
    errorRateLimitedWait:
      "Oro est surchargé. Réessayez dans {seconds, plural, one {# seconde} other {# secondes}}.",
    errorRateLimited: "Oro est surchargé. Patientez un instant et réessayez.",
    errorServer:
      "Oro a rencontré un problème. Réessayez plus tard ; si cela se reproduit, contactez votre administrateur Oro.",
    errorBadGateway:
      "Oro est injoignable pour le moment (le serveur ou un proxy devant lui n’a pas répondu). Réessayez dans quelques minutes.",
    errorTimeout: "Oro n’a pas répondu à temps. Vérifiez votre connexion et réessayez.",
    errorNetwork:
      "Impossible de joindre Oro. Vérifiez votre connexion. Si cela se reproduit, demandez à votre administrateur de vérifier l’adresse d’Oro et qu’Oro autorise ce complément (CORS).",
    errorInvalidResponse:
      "Oro a envoyé une réponse que le complément ne peut pas lire. Vérifiez l’adresse d’Oro et que l’API Web est activée, ou contactez votre administrateur.",
    errorUnexpectedStatus:
      "Réponse inattendue d’Oro (HTTP {status}). Réessayez ; si cela se reproduit, contactez votre administrateur.",
    errorCancelled: "La demande a été annulée.",
    errorUnknown: "Une erreur s’est produite. Réessayez.",
  }),
];
