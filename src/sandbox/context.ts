// What every sandbox handler needs: the layout, the data, the token and session stores, the clients.

import type { SandboxModel } from "./model";
import type { OAuthClient } from "./options";
import type { SessionStore } from "./sessions";
import type { TokenStore } from "./tokens";

export interface SandboxContext {
  /** The public base URL, without a trailing slash. */
  readonly baseUrl: string;
  /** The back-office prefix: "/admin" with OroCommerce, "" for Platform/CRM only. */
  readonly backOfficePrefix: "" | "/admin";
  readonly model: SandboxModel;
  readonly tokens: TokenStore;
  readonly sessions: SessionStore;
  readonly clients: readonly OAuthClient[];
  readonly corsOrigins: { oauth: readonly string[]; api: readonly string[] };
  readonly publishMetadata: boolean;
  now(): number;
}

/** Absolute URL of a back-office path ("/user/login" → "https://oro.test/admin/user/login"). */
export function backOfficeUrl(context: SandboxContext, path: string): string {
  return `${context.baseUrl}${context.backOfficePrefix}${path}`;
}

export function redirectResponse(location: string, headers: Record<string, string> = {}): Response {
  return new Response(null, {
    status: 302,
    headers: { Location: location, "Cache-Control": "no-cache, private", "X-Frame-Options": "DENY", ...headers },
  });
}
