// Every text of the Connect screen and the Reconnect banner, and the message with a way forward for each way
// connecting can fail (the auth module only says which case happened).
import type { ConnectFailure, ConnectFailureKind } from "../../auth/connect-error";
import { defineMessages, type FormatValues } from "../../i18n/catalog";

export const connectMessages = defineMessages("connect", {
  en: {
    productName: "Oro connector",
    purpose: "See the Oro records behind each email and keep your mail in context.",
    connectsTo: "Connects to {host}",
    urlLabel: "Oro address",
    urlHint: "The address you open Oro with, e.g. https://crm.example.com",
    urlEmpty: "Enter the address of your Oro.",
    urlInvalid: "This is not a web address. Enter it like https://crm.example.com.",
    urlInsecure: "The address must start with https:// (http:// works only for localhost).",
    connect: "Connect",
    connecting: "Connecting…",
    signInInWindow: "Sign in to Oro in the window that opened.",
    orosWords: "Oro said: {description}",
    signedOut: "You are disconnected from Oro and the add-in has forgotten your sign-in.",
    signedOutHint:
      "To withdraw the add-in’s access in Oro as well, ask an Oro administrator to revoke it (Oro cannot be told from here).",
    sessionEnded: "Your Oro session has ended. Connect again to continue.",
    bannerTitle: "Your Oro session has ended. Reconnect to continue.",
    reconnect: "Reconnect",
    reconnecting: "Reconnecting…",
    "oro-unreachable": "Oro at {host} cannot be reached.",
    "oro-unreachable.hint": "Check the address and your network connection (or VPN), then try again.",
    "api-blocked": "Oro at {host} answers, but this add-in may not use its API.",
    "api-blocked.hint":
      "Ask your Oro administrator to switch on the Web API (System > Configuration > General Setup > Application Settings) and to allow {origin} in both oro_api.cors.allow_origins and oro_oauth2_server.authorization_server.cors.allow_origins.",
    "api-disabled": "The Web API is switched off in Oro at {host}.",
    "api-disabled.hint":
      "Ask your Oro administrator to switch it on: System > Configuration > General Setup > Application Settings > Web API.",
    "not-oro": "{host} does not look like an Oro back office.",
    "not-oro.hint":
      "Check the address: it is the one you sign in to Oro with. If it is right, the Web API may be switched off.",
    "dialog-closed": "The sign-in window was closed before you finished.",
    "dialog-closed.hint":
      "Click Connect to try again. If Oro showed an error in that window, ask your Oro administrator to check the OAuth application: grant type Authorization Code, Confidential client unchecked, redirect URL {redirectUri}.",
    "dialog-already-open": "A sign-in window is already open.",
    "dialog-already-open.hint": "Finish signing in there, or close it and click Connect again.",
    "popup-blocked": "The sign-in window was blocked.",
    "popup-blocked.hint": "Allow pop-ups for this add-in, then click Connect again.",
    "dialog-failed": "The sign-in window could not open (error {code}).",
    "dialog-failed.hint":
      "Click Connect to try again. If it keeps failing, ask your administrator to check that the add-in is served over https and its manifest lists its domain.",
    "access-denied": "Access was not granted.",
    "access-denied.hint": "You clicked Cancel in Oro. To use the connector, click Connect and choose Grant.",
    "state-mismatch": "The answer from the sign-in window could not be verified, so it was not used.",
    "state-mismatch.hint":
      "This can happen when several sign-in windows were open. Click Connect to start again.",
    "invalid-grant": "Oro did not accept the sign-in (it may have taken too long).",
    "invalid-grant.hint": "Click Connect to sign in again.",
    "invalid-client": "Oro refused this add-in’s OAuth application.",
    "invalid-client.hint":
      "Ask your Oro administrator to check System > User Management > OAuth Applications: the application must use Authorization Code, have Confidential client unchecked and list the redirect URL {redirectUri}.",
    "token-cors-blocked": "You signed in, but Oro does not let this add-in finish the sign-in.",
    "token-cors-blocked.hint":
      "Ask your Oro administrator to add {origin} to oro_oauth2_server.authorization_server.cors.allow_origins.",
    "authorization-error": "Oro refused the sign-in.",
    "authorization-error.hint":
      "Click Connect to try again. If it keeps failing, show this message to your Oro administrator.",
    "server-error": "Oro ran into a problem while signing you in.",
    "server-error.hint": "Wait a moment, then click Connect again.",
    "profile-failed": "You signed in, but your Oro profile could not be loaded.",
    "profile-failed.hint":
      "Click Connect to try again. If it keeps failing, ask your Oro administrator whether your user may use the API.",
  },
  de: {
    productName: "Oro-Connector",
    purpose: "Sehen Sie die Oro-Datensätze zu jeder E-Mail und halten Sie Ihre Mails im Kontext.",
    connectsTo: "Verbindet mit {host}",
    urlLabel: "Oro-Adresse",
    urlHint: "Die Adresse, mit der Sie Oro öffnen, z. B. https://crm.example.com",
    urlEmpty: "Geben Sie die Adresse Ihres Oro ein.",
    urlInvalid: "Das ist keine Webadresse. Geben Sie sie so ein: https://crm.example.com.",
    urlInsecure: "Die Adresse muss mit https:// beginnen (http:// nur für localhost).",
    connect: "Verbinden",
    connecting: "Verbindung wird hergestellt…",
    signInInWindow: "Melden Sie sich im geöffneten Fenster bei Oro an.",
    orosWords: "Oro meldet: {description}",
    signedOut: "Die Verbindung zu Oro ist getrennt, und das Add-in hat Ihre Anmeldung vergessen.",
    signedOutHint:
      "Um den Zugriff des Add-ins auch in Oro zu entziehen, bitten Sie einen Oro-Administrator, ihn zu widerrufen (von hier aus ist das nicht möglich).",
    sessionEnded: "Ihre Oro-Sitzung ist abgelaufen. Verbinden Sie sich erneut, um fortzufahren.",
    bannerTitle: "Ihre Oro-Sitzung ist abgelaufen. Verbinden Sie sich erneut, um fortzufahren.",
    reconnect: "Erneut verbinden",
    reconnecting: "Verbindung wird hergestellt…",
    "oro-unreachable": "Oro unter {host} ist nicht erreichbar.",
    "oro-unreachable.hint":
      "Prüfen Sie die Adresse und Ihre Netzwerkverbindung (oder VPN) und versuchen Sie es erneut.",
    "api-blocked": "Oro unter {host} antwortet, aber dieses Add-in darf die API nicht verwenden.",
    "api-blocked.hint":
      "Bitten Sie Ihren Oro-Administrator, die Web-API einzuschalten (System > Konfiguration > Allgemeine Einstellungen > Anwendungseinstellungen) und {origin} in oro_api.cors.allow_origins und oro_oauth2_server.authorization_server.cors.allow_origins zuzulassen.",
    "api-disabled": "Die Web-API ist in Oro unter {host} ausgeschaltet.",
    "api-disabled.hint":
      "Bitten Sie Ihren Oro-Administrator, sie einzuschalten: System > Konfiguration > Allgemeine Einstellungen > Anwendungseinstellungen > Web-API.",
    "not-oro": "{host} sieht nicht nach einem Oro-Backoffice aus.",
    "not-oro.hint":
      "Prüfen Sie die Adresse: Es ist die, mit der Sie sich bei Oro anmelden. Stimmt sie, ist vielleicht die Web-API ausgeschaltet.",
    "dialog-closed": "Das Anmeldefenster wurde geschlossen, bevor Sie fertig waren.",
    "dialog-closed.hint":
      "Klicken Sie auf „Verbinden“, um es erneut zu versuchen. Wenn Oro in diesem Fenster einen Fehler anzeigte, bitten Sie Ihren Oro-Administrator, die OAuth-Anwendung zu prüfen: Grant-Typ Authorization Code, „Vertraulicher Client“ nicht angehakt, Weiterleitungs-URL {redirectUri}.",
    "dialog-already-open": "Ein Anmeldefenster ist bereits geöffnet.",
    "dialog-already-open.hint":
      "Schließen Sie die Anmeldung dort ab, oder schließen Sie das Fenster und klicken Sie erneut auf „Verbinden“.",
    "popup-blocked": "Das Anmeldefenster wurde blockiert.",
    "popup-blocked.hint": "Erlauben Sie Pop-ups für dieses Add-in und klicken Sie erneut auf „Verbinden“.",
    "dialog-failed": "Das Anmeldefenster konnte nicht geöffnet werden (Fehler {code}).",
    "dialog-failed.hint":
      "Klicken Sie erneut auf „Verbinden“. Wenn der Fehler bleibt, bitten Sie Ihren Administrator zu prüfen, ob das Add-in über https bereitgestellt wird und sein Manifest die Domain enthält.",
    "access-denied": "Der Zugriff wurde nicht gewährt.",
    "access-denied.hint":
      "Sie haben in Oro auf „Abbrechen“ geklickt. Um den Connector zu nutzen, klicken Sie auf „Verbinden“ und wählen Sie „Gewähren“.",
    "state-mismatch":
      "Die Antwort des Anmeldefensters konnte nicht überprüft werden und wurde nicht verwendet.",
    "state-mismatch.hint":
      "Das kann passieren, wenn mehrere Anmeldefenster offen waren. Klicken Sie auf „Verbinden“, um neu zu beginnen.",
    "invalid-grant": "Oro hat die Anmeldung nicht akzeptiert (vielleicht hat sie zu lange gedauert).",
    "invalid-grant.hint": "Klicken Sie auf „Verbinden“, um sich erneut anzumelden.",
    "invalid-client": "Oro hat die OAuth-Anwendung dieses Add-ins abgelehnt.",
    "invalid-client.hint":
      "Bitten Sie Ihren Oro-Administrator, System > Benutzerverwaltung > OAuth-Anwendungen zu prüfen: Die Anwendung muss Authorization Code verwenden, „Vertraulicher Client“ darf nicht angehakt sein, und die Weiterleitungs-URL {redirectUri} muss eingetragen sein.",
    "token-cors-blocked":
      "Sie haben sich angemeldet, aber Oro lässt dieses Add-in die Anmeldung nicht abschließen.",
    "token-cors-blocked.hint":
      "Bitten Sie Ihren Oro-Administrator, {origin} zu oro_oauth2_server.authorization_server.cors.allow_origins hinzuzufügen.",
    "authorization-error": "Oro hat die Anmeldung abgelehnt.",
    "authorization-error.hint":
      "Klicken Sie erneut auf „Verbinden“. Wenn der Fehler bleibt, zeigen Sie diese Meldung Ihrem Oro-Administrator.",
    "server-error": "Bei der Anmeldung ist in Oro ein Problem aufgetreten.",
    "server-error.hint": "Warten Sie einen Moment und klicken Sie dann erneut auf „Verbinden“.",
    "profile-failed": "Sie haben sich angemeldet, aber Ihr Oro-Profil konnte nicht geladen werden.",
    "profile-failed.hint":
      "Klicken Sie erneut auf „Verbinden“. Wenn der Fehler bleibt, fragen Sie Ihren Oro-Administrator, ob Ihr Benutzer die API verwenden darf.",
  },
  fr: {
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
  },
});

type ConnectText = keyof (typeof connectMessages)["en"];
type Translate = (key: ConnectText, values?: FormatValues) => string;

/** The failures shown in the alert area; the URL ones belong to the field instead. */
export type ShownFailureKind = Exclude<ConnectFailureKind, "invalid-url" | "insecure-url">;

export type FailureText = { title: string; hint: string; detail: string | null };

/** The title, way forward and Oro's own words for a failure shown in the alert area (null for URL failures). */
export function describeFailure(t: Translate, failure: ConnectFailure): FailureText | null {
  const kind = shownKind(failure.kind);
  if (kind === null) return null;
  const values: FormatValues = {
    host: failure.host ?? "",
    origin: failure.paneOrigin ?? "",
    redirectUri: failure.redirectUri ?? "",
    code: failure.dialogCode ?? "",
  };
  const title = t(kind, values);
  const hint = t(`${kind}.hint`, values);
  // After Cancel the user knows what happened; Oro's generic sentence would only repeat it.
  const detail =
    failure.description && kind !== "access-denied"
      ? t("orosWords", { description: failure.description })
      : null;
  return { title, hint, detail };
}

function shownKind(kind: ConnectFailureKind): ShownFailureKind | null {
  return kind === "invalid-url" || kind === "insecure-url" ? null : kind;
}

export function isFieldFailure(
  failure: ConnectFailure,
): failure is ConnectFailure & { kind: "invalid-url" | "insecure-url" } {
  return failure.kind === "invalid-url" || failure.kind === "insecure-url";
}
