// Every text of the Connect screen and the Reconnect banner, and the message with a way forward for each way
// connecting can fail (the auth module only says which case happened).
import type { ConnectFailure, ConnectFailureKind } from "../../auth/connect-error";
import { defineMessages, type FormatValues } from "../../i18n/catalog";

export const connectMessages = defineMessages("connect", {
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
  "signin-unavailable": "The sign-in could not be loaded.",
  "signin-unavailable.hint":
    "Check your network connection, then click Connect again. If it keeps failing, reload the add-in.",
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
