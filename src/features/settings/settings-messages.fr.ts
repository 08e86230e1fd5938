// French texts of settings-messages.ts, loaded only when the pane runs in French.
import { translate } from "../../i18n/catalog";
import type { settingsMessages } from "./settings-messages";

export const translations = [
  translate<typeof settingsMessages>("settings", {
    syncDirection: "Sens de synchronisation",
    syncDirectionOroToOutlook: "D’Oro vers Outlook",
    syncDirectionOutlookToOro: "D’Outlook vers Oro",
    syncDirectionBidirectional: "Bidirectionnelle",
    conflictResolution: "Résolution des conflits",
    conflictResolutionOroWins: "Oro l’emporte toujours",
    conflictResolutionOutlookWins: "Outlook l’emporte toujours",
    crmSyncInterval: "Intervalle de synchronisation CRM (secondes)",
    crmSyncIntervalHint:
      "Fréquence à laquelle le volet interroge de nouveau Oro pour l’e-mail ouvert. De 1 à 86399.",
    outlookSyncInterval: "Intervalle de synchronisation Outlook (secondes)",
    outlookSyncIntervalHint: "Fréquence à laquelle le côté Outlook est vérifié de nouveau. De 1 à 86399.",
    syncContacts: "Synchroniser les contacts",
    syncTasks: "Synchroniser les tâches",
    syncCalendarEvents: "Synchroniser les événements du calendrier",
    contextEntityTypes: "Types d’enregistrements proposés pour le contexte et la recherche",
    adminRoles: "Rôles d’administrateur",
    adminRolesHint: "Codes de rôles Oro séparés par des virgules, p. ex. ROLE_ADMINISTRATOR.",
    useSystem: "Utiliser la valeur système",
    useOrganization: "Utiliser la valeur de l’organisation",
    on: "Activé",
    off: "Désactivé",
    seconds: "{count, plural, one {# seconde} other {# secondes}}",
    sourceDefault: "valeur par défaut",
    sourceSystem: "système",
    sourceOrganization: "organisation",
    sourceUser: "votre propre valeur",
    inEffect: "En vigueur : {value} (provenance : {source})",
    errorNotWholeNumber: "Saisissez un nombre entier de secondes entre 1 et 86399.",
    errorTooSmall: "Doit être d’au moins 1 seconde.",
    errorTooLarge: "Doit être d’au plus 86399 secondes (moins d’un jour).",
    errorNotAnOption: "Choisissez l’une des valeurs proposées.",
    errorNotOnOff: "Doit être activé ou désactivé.",
    errorEmptyList: "Choisissez-en au moins un.",
    errorInvalidEntry: "Contient une entrée non autorisée.",
    errorNotAtThisLevel: "Ce paramètre ne peut pas être défini ici.",
    errorWouldLockOut:
      "Conservez au moins un de vos propres rôles, sinon vous ne pourriez plus gérer le connecteur.",
    errorServerForbidden: "Seuls les administrateurs du connecteur peuvent modifier ces paramètres.",
    errorServerUnauthorized: "Oro n’a pas accepté votre connexion. Reconnectez-vous à Oro et réessayez.",
    errorServerOroUnreachable:
      "Le serveur du connecteur n’a pas pu joindre Oro pour vérifier votre accès. Réessayez plus tard. ({detail})",
    errorServerStore:
      "Le serveur du connecteur n’a pas pu utiliser son fichier de paramètres. Contactez l’administrateur du serveur. ({detail})",
    errorServerUnanswered: "Le serveur du connecteur n’a pas répondu comme prévu. Réessayez plus tard.",
    save: "Enregistrer",
    saving: "Enregistrement…",
    saved: "Paramètres enregistrés.",
    saveFailed: "Les paramètres n’ont pas été enregistrés : {message}",
    fixFields: "Corrigez les champs signalés pour enregistrer.",
    syncComesLater:
      "La synchronisation des contacts, des tâches et des événements du calendrier arrivera dans une version ultérieure. Le sens de synchronisation, la résolution des conflits, l’intervalle de synchronisation Outlook et les interrupteurs de synchronisation sont déjà enregistrés pour elle. L’intervalle de synchronisation CRM détermine déjà la fréquence à laquelle le volet interroge Oro.",
    mySettingsTitle: "Mes paramètres",
    mySettingsIntro:
      "Vos propres valeurs ne s’appliquent qu’à vous et vous suivent sur chaque appareil où vous utilisez Outlook. Décochez « Utiliser la valeur de l’organisation » pour définir votre propre valeur.",
    noServerUserLevel:
      "Ce déploiement n’a pas de serveur de connecteur : il n’y a donc pas de paramètres d’organisation ou de système, et les valeurs héritées sont les valeurs par défaut.",
    serverLevelsFailed:
      "Les paramètres de l’organisation et du système n’ont pas pu être chargés ({message}). Les valeurs héritées affichées sont les valeurs par défaut.",
    loading: "Chargement des paramètres…",
    aboutTitle: "À propos",
    connectorVersion: "Version du connecteur",
    build: "Build",
    connectedOro: "Oro connecté",
    oroVersion: "Version d’Oro",
    oroVersionNotReported: "Non indiquée par l’API d’Oro",
    signedInAs: "Connecté en tant que",
    oroRoles: "Rôles Oro",
    notConnected: "Non connecté",
    help: "Aide",
    helpLink: "Documentation d’Oro",
    licences: "Licences",
    connectorLicence:
      "Le connecteur Oro est publié sous licence MIT. Il comprend ces composants open source :",
  }),
];
