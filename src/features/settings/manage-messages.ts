import { defineMessages } from "../../i18n/catalog";

/** Texts of Manage add-on and its diagnostics (loaded with that view only). */
export const manageMessages = defineMessages("manage", {
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
  checkApiRelay: "The API is reached through this server's relay",
  apiRelayPass:
    "The pane sends Oro API requests to {origin}{path}, which forwards them to Oro: Oro's API CORS list is not needed.",
  apiRelayFail: "The relay at {origin}{path} did not bring back an answer from Oro's API.",
  apiRelayFix:
    "Check the connector server's oroBaseUrl and that the server can reach Oro; the server logs each relay failure.",
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
});
