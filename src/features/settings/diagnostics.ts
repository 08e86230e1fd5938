// Deployment checks run from the pane itself, because only the pane's own requests show what every user's pane
// meets: CORS is decided per origin by the browser. Each check says pass or fail and carries the message keys
// of its explanation and fix, so the view translates them.
import { z } from "zod/mini";
import { isReachable, type OroConnection } from "../../auth/oro-endpoints";
import { isOroApiError } from "../../oro/oro-api-error";
import type { OroClient } from "../../oro/oro-client";
import { getUserProfile, listContextEntityTypes, type ContextEntityType } from "../../oro/resources";
import type { manageMessages } from "./manage-messages";

type MessageKey = keyof typeof manageMessages.en;
export type MessageValues = Record<string, string | number>;
export type DiagnosticMessage = { key: MessageKey; values?: MessageValues };

export type DiagnosticId =
  | "reachable"
  | "webApi"
  | "apiCors"
  | "apiRelay"
  | "tokenCors"
  | "oauthClient"
  | "emailContext"
  | "entityTypes";

export type DiagnosticResult = {
  id: DiagnosticId;
  title: MessageKey;
  status: "pass" | "fail";
  detail: DiagnosticMessage;
  /** How to fix it; only for failures. */
  fix?: DiagnosticMessage;
};

export type DiagnosticsInput = {
  connection: Pick<OroConnection, "baseUrl" | "apiBaseUrl" | "tokenEndpoint">;
  client: OroClient;
  clientId: string;
  redirectUri: string;
  paneOrigin: string;
  /** The server's API relay path when the pane reaches Oro's API through it (then Oro's API CORS list is moot). */
  apiRelayPath?: string | null;
  /** The record types the connector offers (effective setting). */
  offeredEntityTypes: readonly string[];
  /** Localized names for record types Oro did not name. */
  entityTypeName?: (type: string) => string;
  fetch?: typeof fetch;
  /** How long a probe of our own waits for Oro (the Oro client has its own timeout). */
  timeoutMs?: number;
};

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

async function attempt<T>(run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, error };
  }
}

const oauthErrorSchema = z.looseObject({ error: z.string() });

// A verifier of the right form (RFC 7636: 43–128 characters) so Oro judges the client, not the request's shape.
const probeVerifier = "connector-diagnostics-0000000000000000000000000";

export async function runDiagnostics(input: DiagnosticsInput): Promise<DiagnosticResult[]> {
  const doFetch =
    input.fetch ?? ((url: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(url, init));
  const origin = input.paneOrigin;
  const apiUrl = input.connection.apiBaseUrl;
  const tokenUrl = input.connection.tokenEndpoint;
  const timeoutMs = input.timeoutMs ?? 15_000;

  const [reachable, profile, token, contextTypes] = await Promise.all([
    isReachable(`${input.connection.baseUrl}/`, doFetch, timeoutMs),
    attempt(() => getUserProfile(input.client)),
    attempt(async () => {
      const response = await doFetch(tokenUrl, {
        method: "POST",
        credentials: "omit",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
        // An authorization code that cannot exist: Oro checks the client and redirect URL first, then refuses it.
        body: new URLSearchParams({
          grant_type: "authorization_code",
          client_id: input.clientId,
          redirect_uri: input.redirectUri,
          code: "connector-diagnostics",
          code_verifier: probeVerifier,
        }),
        // Also bounds reading the answer: an Oro that never finishes it is as good as no answer.
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await response.text();
      let error: string | null = null;
      try {
        const parsed = oauthErrorSchema.safeParse(JSON.parse(text));
        if (parsed.success) error = parsed.data.error;
      } catch {
        // Not JSON: judged by the status below.
      }
      return { status: response.status, error };
    }),
    attempt(() => listContextEntityTypes(input.client)),
  ]);

  const results: DiagnosticResult[] = [];
  const url = input.connection.baseUrl;

  results.push(
    reachable
      ? {
          id: "reachable",
          title: "checkReachable",
          status: "pass",
          detail: { key: "reachablePass", values: { url } },
        }
      : {
          id: "reachable",
          title: "checkReachable",
          status: "fail",
          detail: { key: "reachableFail", values: { url } },
          fix: { key: "reachableFix" },
        },
  );

  // The API answered something readable: CORS let it through. A 404 there means the Web API is off.
  const apiStatus = profile.ok ? 200 : isOroApiError(profile.error) ? (profile.error.status ?? null) : null;
  const apiReadable =
    profile.ok ||
    (isOroApiError(profile.error) && profile.error.kind !== "network" && profile.error.kind !== "timeout");
  const apiMissing = apiStatus === 404;
  results.push(
    apiReadable && !apiMissing
      ? {
          id: "webApi",
          title: "checkWebApi",
          status: "pass",
          detail: { key: "webApiPass", values: { url: apiUrl } },
        }
      : {
          id: "webApi",
          title: "checkWebApi",
          status: "fail",
          detail: apiMissing
            ? { key: "webApiMissing", values: { url: apiUrl, status: 404 } }
            : { key: "webApiUnreadable", values: { url: apiUrl } },
          fix: { key: "webApiFix" },
        },
  );
  const relayPath = input.apiRelayPath ?? null;
  results.push(
    relayPath !== null
      ? apiReadable
        ? {
            id: "apiRelay",
            title: "checkApiRelay",
            status: "pass",
            detail: { key: "apiRelayPass", values: { origin, path: relayPath } },
          }
        : {
            id: "apiRelay",
            title: "checkApiRelay",
            status: "fail",
            detail: { key: "apiRelayFail", values: { origin, path: relayPath } },
            fix: { key: "apiRelayFix" },
          }
      : apiReadable
        ? {
            id: "apiCors",
            title: "checkApiCors",
            status: "pass",
            detail: { key: "apiCorsPass", values: { origin } },
          }
        : {
            id: "apiCors",
            title: "checkApiCors",
            status: "fail",
            detail: { key: "apiCorsFail", values: { origin } },
            fix: { key: "apiCorsFix", values: { origin } },
          },
  );

  results.push(
    token.ok
      ? {
          id: "tokenCors",
          title: "checkTokenCors",
          status: "pass",
          detail: { key: "tokenCorsPass", values: { origin, url: tokenUrl } },
        }
      : {
          id: "tokenCors",
          title: "checkTokenCors",
          status: "fail",
          detail: { key: "tokenCorsFail", values: { origin, url: tokenUrl } },
          fix: { key: "tokenCorsFix", values: { origin } },
        },
  );

  const clientValues = { clientId: input.clientId, redirectUri: input.redirectUri };
  const clientFix: DiagnosticMessage = { key: "oauthClientFix", values: clientValues };
  if (!token.ok) {
    results.push({
      id: "oauthClient",
      title: "checkOAuthClient",
      status: "fail",
      detail: { key: "oauthClientUnchecked" },
      fix: clientFix,
    });
  } else if (
    token.value.error === "invalid_client" ||
    token.value.status === 404 ||
    token.value.error === null
  ) {
    results.push({
      id: "oauthClient",
      title: "checkOAuthClient",
      status: "fail",
      detail: {
        key: "oauthClientFail",
        values: { ...clientValues, error: token.value.error ?? `HTTP ${token.value.status}` },
      },
      fix: clientFix,
    });
  } else {
    // Oro got past the client and redirect URL and refused only the made-up code.
    results.push({
      id: "oauthClient",
      title: "checkOAuthClient",
      status: "pass",
      detail: { key: "oauthClientPass", values: clientValues },
    });
  }

  if (contextTypes.ok) {
    results.push({
      id: "emailContext",
      title: "checkEmailContext",
      status: "pass",
      detail: { key: "emailContextPass", values: { count: contextTypes.value.length } },
    });
  } else {
    const error = contextTypes.error;
    results.push({
      id: "emailContext",
      title: "checkEmailContext",
      status: "fail",
      detail: {
        key: "emailContextFail",
        values: {
          detail:
            isOroApiError(error) && error.status !== undefined ? `HTTP ${error.status}` : errorText(error),
        },
      },
      fix: { key: "emailContextFix" },
    });
  }

  results.push(entityTypesResult(contextTypes, input));
  return results;
}

function entityTypesResult(
  contextTypes: Outcome<ContextEntityType[]>,
  input: DiagnosticsInput,
): DiagnosticResult {
  const base = { id: "entityTypes", title: "checkEntityTypes" } as const;
  const fix: DiagnosticMessage = { key: "entityTypesFix" };
  if (!contextTypes.ok) return { ...base, status: "fail", detail: { key: "entityTypesUnchecked" }, fix };
  const allowed = new Map(
    contextTypes.value.filter((type) => type.allowed).map((type) => [type.entityType, type.entityName]),
  );
  const nameOf = (type: string) => allowed.get(type) ?? input.entityTypeName?.(type) ?? type;
  const usable = input.offeredEntityTypes.filter((type) => allowed.has(type));
  const missing = input.offeredEntityTypes.filter((type) => !allowed.has(type));
  if (usable.length === 0) return { ...base, status: "fail", detail: { key: "entityTypesNone" }, fix };
  const types = usable.map(nameOf).join(", ");
  if (missing.length === 0)
    return { ...base, status: "pass", detail: { key: "entityTypesPass", values: { types } } };
  // Some offered types are out of reach: still usable, but worth fixing.
  return {
    ...base,
    status: "pass",
    detail: { key: "entityTypesPartial", values: { types, missing: missing.map(nameOf).join(", ") } },
    fix,
  };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
