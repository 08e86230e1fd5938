// What the callback page sends the pane (as JSON text), shared by both without pulling in a parser.

export const callbackPagePath = "/auth-callback.html";
export const startPagePath = "/auth-start.html";
export const callbackMessageType = "oro-oauth-callback";

export type CallbackMessage = {
  type: typeof callbackMessageType;
  code?: string;
  state?: string;
  error?: string;
  errorDescription?: string;
};

/** The redirect URL the OAuth application must list: the callback page on the pane's origin. */
export function redirectUriFor(paneOrigin: string): string {
  return `${paneOrigin}${callbackPagePath}`;
}
