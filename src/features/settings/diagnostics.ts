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
  fetch?: typeof fetch;
  /** How long a probe of our own waits for Oro (the Oro client has its own timeout). */
  timeoutMs?: number;
};

/** What the network checks found. The record-types check depends on the settings: entityTypesCheck() judges it. */
export type DeploymentChecks = {
  /** Every check but the record types, in the order shown. */
  results: DiagnosticResult[];
  /** The record types Oro lists for email context, or null when they could not be read. */
  contextTypes: ContextEntityType[] | null;
};

const oauthErrorSchema = z.looseObject({ error: z.string() });

// A verifier of the right form (RFC 7636: 43–128 characters) so Oro judges the client, not the request's shape.
const probeVerifier = "connector-diagnostics-0000000000000000000000000";

/** A check's two outcomes, which share its id and title; a failure always says how to fix it. */
function check(id: DiagnosticId, title: MessageKey) {
  return {
    pass: (detail: DiagnosticMessage, fix?: DiagnosticMessage): DiagnosticResult =>
      fix === undefined ? { id, title, status: "pass", detail } : { id, title, status: "pass", detail, fix },
    fail: (detail: DiagnosticMessage, fix: DiagnosticMessage): DiagnosticResult => ({
      id,
      title,
      status: "fail",
      detail,
      fix,
    }),
  };
}

export async function runDiagnostics(input: DiagnosticsInput): Promise<DeploymentChecks> {
  const doFetch =
    input.fetch ?? ((url: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(url, init));
  const timeoutMs = input.timeoutMs ?? 15_000;
  const origin = input.paneOrigin;
  const url = input.connection.baseUrl;
  const apiUrl = input.connection.apiBaseUrl;
  const tokenUrl = input.connection.tokenEndpoint;

  const [reachable, profile, token, contextTypes] = await Promise.allSettled([
    isReachable(`${url}/`, doFetch, timeoutMs),
    getUserProfile(input.client),
    probeTokenEndpoint(input, doFetch, timeoutMs),
    listContextEntityTypes(input.client),
  ]);
  const results: DiagnosticResult[] = [];

  const reachableCheck = check("reachable", "checkReachable");
  results.push(
    reachable.status === "fulfilled" && reachable.value
      ? reachableCheck.pass({ key: "reachablePass", values: { url } })
      : reachableCheck.fail({ key: "reachableFail", values: { url } }, { key: "reachableFix" }),
  );

  // The API answered something readable: CORS let it through. A 404 there means the Web API is off.
  const apiError = profile.status === "rejected" && isOroApiError(profile.reason) ? profile.reason : null;
  const apiReadable =
    profile.status === "fulfilled" ||
    (apiError !== null && apiError.kind !== "network" && apiError.kind !== "timeout");
  const apiMissing = apiError?.status === 404;
  const webApi = check("webApi", "checkWebApi");
  results.push(
    apiReadable && !apiMissing
      ? webApi.pass({ key: "webApiPass", values: { url: apiUrl } })
      : webApi.fail(
          apiMissing
            ? { key: "webApiMissing", values: { url: apiUrl, status: 404 } }
            : { key: "webApiUnreadable", values: { url: apiUrl } },
          { key: "webApiFix" },
        ),
  );

  const relayPath = input.apiRelayPath ?? null;
  if (relayPath === null) {
    const apiCors = check("apiCors", "checkApiCors");
    results.push(
      apiReadable
        ? apiCors.pass({ key: "apiCorsPass", values: { origin } })
        : apiCors.fail({ key: "apiCorsFail", values: { origin } }, { key: "apiCorsFix", values: { origin } }),
    );
  } else {
    const apiRelay = check("apiRelay", "checkApiRelay");
    const values = { origin, path: relayPath };
    results.push(
      apiReadable
        ? apiRelay.pass({ key: "apiRelayPass", values })
        : apiRelay.fail({ key: "apiRelayFail", values }, { key: "apiRelayFix" }),
    );
  }

  const tokenCors = check("tokenCors", "checkTokenCors");
  results.push(
    token.status === "fulfilled"
      ? tokenCors.pass({ key: "tokenCorsPass", values: { origin, url: tokenUrl } })
      : tokenCors.fail(
          { key: "tokenCorsFail", values: { origin, url: tokenUrl } },
          { key: "tokenCorsFix", values: { origin } },
        ),
  );

  const clientValues = { clientId: input.clientId, redirectUri: input.redirectUri };
  const clientFix: DiagnosticMessage = { key: "oauthClientFix", values: clientValues };
  const oauthClient = check("oauthClient", "checkOAuthClient");
  if (token.status === "rejected") {
    results.push(oauthClient.fail({ key: "oauthClientUnchecked" }, clientFix));
  } else {
    const { status, error } = token.value;
    // Passed when Oro got past the client and redirect URL and refused only the made-up code.
    results.push(
      error !== null && error !== "invalid_client" && status !== 404
        ? oauthClient.pass({ key: "oauthClientPass", values: clientValues })
        : oauthClient.fail(
            { key: "oauthClientFail", values: { ...clientValues, error: error ?? `HTTP ${status}` } },
            clientFix,
          ),
    );
  }

  const emailContext = check("emailContext", "checkEmailContext");
  results.push(
    contextTypes.status === "fulfilled"
      ? emailContext.pass({ key: "emailContextPass", values: { count: contextTypes.value.length } })
      : emailContext.fail(
          { key: "emailContextFail", values: { detail: failureDetail(contextTypes.reason) } },
          { key: "emailContextFix" },
        ),
  );

  return { results, contextTypes: contextTypes.status === "fulfilled" ? contextTypes.value : null };
}

/** Posts an authorization code that cannot exist: Oro checks the client and redirect URL first, then refuses it. */
async function probeTokenEndpoint(
  input: DiagnosticsInput,
  doFetch: typeof fetch,
  timeoutMs: number,
): Promise<{ status: number; error: string | null }> {
  const response = await doFetch(input.connection.tokenEndpoint, {
    method: "POST",
    credentials: "omit",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
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
    // Not JSON: judged by the status.
  }
  return { status: response.status, error };
}

/**
 * Which of the offered record types (the settings in effect) Oro lets this user use, from what Oro listed
 * (null: it could not be read). `entityTypeName` names types Oro did not name.
 */
export function entityTypesCheck(
  contextTypes: readonly ContextEntityType[] | null,
  offeredEntityTypes: readonly string[],
  entityTypeName?: (type: string) => string,
): DiagnosticResult {
  const entityTypes = check("entityTypes", "checkEntityTypes");
  const fix: DiagnosticMessage = { key: "entityTypesFix" };
  if (contextTypes === null) return entityTypes.fail({ key: "entityTypesUnchecked" }, fix);
  const allowed = new Map(
    contextTypes.filter((type) => type.allowed).map((type) => [type.entityType, type.entityName]),
  );
  const nameOf = (type: string) => allowed.get(type) ?? entityTypeName?.(type) ?? type;
  const usable = offeredEntityTypes.filter((type) => allowed.has(type));
  const missing = offeredEntityTypes.filter((type) => !allowed.has(type));
  if (usable.length === 0) return entityTypes.fail({ key: "entityTypesNone" }, fix);
  const types = usable.map(nameOf).join(", ");
  if (missing.length === 0) return entityTypes.pass({ key: "entityTypesPass", values: { types } });
  // Some offered types are out of reach: still usable, but worth fixing.
  return entityTypes.pass(
    { key: "entityTypesPartial", values: { types, missing: missing.map(nameOf).join(", ") } },
    fix,
  );
}

function failureDetail(error: unknown): string {
  if (isOroApiError(error) && error.status !== undefined) return `HTTP ${error.status}`;
  return error instanceof Error ? error.message : String(error);
}
