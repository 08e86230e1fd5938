// The sign-in flow as one lazily loaded chunk: finding a new Oro's endpoints, the PKCE request and the code
// exchange (the only parts that need oauth4webapi). The session manager imports it dynamically, starting as soon
// as the Connect screen or the Reconnect banner shows, so the task pane's first load never carries it.
export { discoverOroConnection } from "./oro-discovery";
export { completeAuthorization, createAuthorizationRequest, parseCallbackMessage } from "./pkce-flow";
