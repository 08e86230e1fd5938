// Why a connect attempt failed, as plain data the Connect screen turns into a localised message with a way forward.
// The auth modules never phrase user text themselves: they only say which case happened and give the facts
// (host, origins, Oro's own description) the message needs.

export const connectFailureKinds = [
  /** The entered address is not a URL at all. */
  "invalid-url",
  /** http:// to anything but localhost. */
  "insecure-url",
  /** Nothing answers at that address (DNS, network, VPN, typo). */
  "oro-unreachable",
  /** Something answers but the browser may not read it: CORS for this origin, or (same symptom) Web API off. */
  "api-blocked",
  /** Oro's OAuth server is there, its API answers 404: the Web API is switched off. */
  "api-disabled",
  /** Answers, but no Oro back-office API at either layout. */
  "not-oro",
  /** Office 12006 / pop-up closed: the user closed it, or Oro showed an error page in it (app misconfigured). */
  "dialog-closed",
  /** Office 12007. */
  "dialog-already-open",
  /** Office 12009 / 12011, or the browser refused the pop-up. */
  "popup-blocked",
  /** Any other dialog error (12003 bad URL, 12004 domain not in AppDomains, …). */
  "dialog-failed",
  /** The user clicked Cancel on Oro's consent page. */
  "access-denied",
  /** The callback's state differs from the one this pane sent, the message is malformed, or from another origin. */
  "state-mismatch",
  /** Oro refused the authorization code (wrong, used or expired) or the PKCE verifier. */
  "invalid-grant",
  /** Oro refused the client: not a public client, unknown client id, or redirect URL not registered. */
  "invalid-client",
  /** Oro reached, but its token endpoint does not allow this origin (CORS). */
  "token-cors-blocked",
  /** Oro answered the authorize or token request with another OAuth error. */
  "authorization-error",
  /** Oro failed (5xx) or answered something that is not a token. */
  "server-error",
  /** Tokens were issued but the user's profile could not be loaded. */
  "profile-failed",
  /** The pane's own sign-in code could not be loaded (offline, or the add-in was redeployed meanwhile). */
  "signin-unavailable",
] as const;

export type ConnectFailureKind = (typeof connectFailureKinds)[number];

export type ConnectFailure = {
  kind: ConnectFailureKind;
  /** The Oro host the attempt was for, e.g. "crm.example.com". */
  host?: string;
  /** This add-in's origin (what an administrator must allow in Oro's CORS settings). */
  paneOrigin?: string;
  /** The redirect URL the OAuth application must list. */
  redirectUri?: string;
  /** Oro's own words (error_description / hint), shown as secondary detail. */
  description?: string;
  /** The Office dialog error code when there was one. */
  dialogCode?: number;
};

export class ConnectError extends Error {
  readonly failure: ConnectFailure;

  constructor(failure: ConnectFailure, options?: { cause?: unknown }) {
    super(
      `Connecting to Oro failed: ${failure.kind}${failure.description ? ` (${failure.description})` : ""}`,
      options,
    );
    this.name = "ConnectError";
    this.failure = failure;
  }
}
