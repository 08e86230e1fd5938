// Where an Oro back office keeps its OAuth endpoints and its API, the checks of an address the user enters, and
// whether anything answers there at all (sign-in and the diagnostics both ask).
// Light on purpose (every pane start needs it): finding the endpoints of a new Oro is in oro-discovery.ts, which
// only the sign-in flow loads.
import { z } from "zod/mini";

export type OroConnection = {
  /** Oro's base URL without trailing slash and without the back-office prefix. */
  baseUrl: string;
  /** "" (Platform/CRM) or e.g. "/admin" (Commerce). */
  backOfficePrefix: string;
  /** Back-office JSON:API root, e.g. "https://crm.example.com/admin/api". */
  apiBaseUrl: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
};

export const oroConnectionSchema = z.object({
  baseUrl: z.url(),
  backOfficePrefix: z.string(),
  apiBaseUrl: z.url(),
  authorizationEndpoint: z.url(),
  tokenEndpoint: z.url(),
});

export type OroUrlValidation =
  { ok: true; baseUrl: string } | { ok: false; reason: "empty" | "invalid" | "insecure" };

const localHosts = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Checks a user-entered Oro address: https only, except http://localhost for development. Accepts a bare host
 * ("crm.example.com") and a pasted back-office address ("…/admin/"), returning the base URL Oro is installed at.
 */
export function validateOroUrl(input: string): OroUrlValidation {
  const trimmed = input.trim();
  if (trimmed === "") return { ok: false, reason: "empty" };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, reason: "invalid" };
  }
  if (
    url.username !== "" ||
    url.password !== "" ||
    url.hostname === "" ||
    url.search !== "" ||
    url.hash !== ""
  ) {
    return { ok: false, reason: "invalid" };
  }
  if (url.protocol === "http:") {
    if (!localHosts.has(url.hostname)) return { ok: false, reason: "insecure" };
  } else if (url.protocol !== "https:") {
    return { ok: false, reason: "invalid" };
  }
  const path = url.pathname.replace(/\/+$/, "").replace(/\/admin$/, "");
  return { ok: true, baseUrl: `${url.origin}${path}` };
}

/** The host shown to the user ("crm.example.com", with the port when there is one). */
export function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}

/** The endpoints the documented layout gives for a prefix (no metadata needed). */
export function layoutConnection(baseUrl: string, backOfficePrefix: string): OroConnection {
  return {
    baseUrl,
    backOfficePrefix,
    apiBaseUrl: `${baseUrl}${backOfficePrefix}/api`,
    authorizationEndpoint: `${baseUrl}${backOfficePrefix}/oauth2-token/authorize`,
    // The token endpoint is never prefixed.
    tokenEndpoint: `${baseUrl}/oauth2-token`,
  };
}

/** The issuer Oro names in its metadata: the back-office metadata route. */
export function issuerFor(connection: Pick<OroConnection, "baseUrl" | "backOfficePrefix">): string {
  return `${connection.baseUrl}${connection.backOfficePrefix}/oauth2-server`;
}

/**
 * True when something answers at the URL, even if CORS hides what it says: an opaque (no-cors) request needs no
 * permission from Oro, so it tells "nothing answers" apart from "the browser may not read the answer".
 */
export async function isReachable(url: string, doFetch: typeof fetch, timeoutMs = 15_000): Promise<boolean> {
  try {
    await doFetch(url, {
      mode: "no-cors",
      credentials: "omit",
      cache: "no-store",
      signal: AbortSignal.timeout(timeoutMs),
    });
    return true;
  } catch {
    return false;
  }
}
