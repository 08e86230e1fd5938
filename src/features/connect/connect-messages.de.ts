// German texts of connect-messages.ts, loaded only when the pane runs in German.
import { translate } from "../../i18n/catalog";
import type { connectMessages } from "./connect-messages";

export const translations = [
  translate<typeof connectMessages>("connect", {
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
    "signin-unavailable": "Die Anmeldung konnte nicht geladen werden.",
    "signin-unavailable.hint":
      "Prüfen Sie Ihre Netzwerkverbindung und klicken Sie erneut auf „Verbinden“. Wenn es weiter fehlschlägt, laden Sie das Add-in neu.",
  }),
];
