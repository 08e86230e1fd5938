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
