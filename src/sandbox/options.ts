// The knobs a sandbox is created with (shared by the model, OAuth, API and transports).

export interface OAuthClient {
  clientId: string;
  /** The application name shown on the login and consent pages. */
  name: string;
  redirectUris: string[];
  /** A public client has no secret and must use PKCE (S256). */
  public: boolean;
  /** Oro's "Skip User Consent" setting. */
  skipConsent: boolean;
  /** Only for confidential clients. */
  secret?: string;
}

export type SandboxLayout = "platform" | "commerce";

export interface SandboxOptions {
  /** Where the sandbox is reachable, e.g. "http://localhost:3001" (no trailing slash). */
  baseUrl: string;
  /** "commerce" (default) puts the back office (API, authorize, login, view pages) under "/admin". */
  layout?: SandboxLayout;
  clients?: OAuthClient[];
  /** Redirect URIs of the default client. */
  redirectUris?: string[];
  /** Oro's two CORS lists: the token endpoint's and the API's. Both empty by default, as in Oro. */
  corsOrigins?: { oauth: string[]; api: string[] };
  /** false: the Web API is off, so API and OAuth endpoints answer 404. */
  webApiEnabled?: boolean;
  /** RFC 8414 metadata (Oro 6.1.8+). */
  publishMetadata?: boolean;
  /** Added to every response. */
  latencyMs?: number;
  /** Clock in ms (tests move it to expire codes and tokens). */
  now?: () => number;
}

export const defaultClientId = "oro-outlook-connector";

export function defaultClient(redirectUris: string[]): OAuthClient {
  return { clientId: defaultClientId, name: "Outlook connector", redirectUris, public: true, skipConsent: false };
}
