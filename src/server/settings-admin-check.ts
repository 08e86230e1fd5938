// Who is calling the settings API, as Oro says: the bearer token is checked by asking Oro for the token's user
// (userprofile with roles and organizations). Answers are cached briefly so a settings page does not cost one
// Oro round trip per request; the cache key is a hash, never the token itself.
import { createHash } from "node:crypto";
import { z } from "zod";
import { OroApiError } from "../oro/oro-api-error";
import { createOroClient } from "../oro/oro-client";

export type OroOrganization = { id: string; name: string | null };

export type OroCaller = {
  userId: string;
  username: string | null;
  roles: string[];
  /** The organization the user belongs to (Oro's `organization`), or the first of `organizations`. */
  organization: OroOrganization | null;
  /** Every organization the user may work in. */
  organizations: OroOrganization[];
};

export type CallerCheckFailure =
  /** No token, or Oro does not accept it. */
  | { kind: "unauthorized"; message: string }
  /** Oro could not be asked: network error, timeout, 5xx, or an answer that is not a user profile. */
  | { kind: "oroUnreachable"; message: string };

export class CallerCheckError extends Error {
  override name = "CallerCheckError";
  constructor(readonly failure: CallerCheckFailure) {
    super(failure.message);
  }
}

export type OroCallerVerifierOptions = {
  /**
   * The back-office API root(s), e.g. "https://crm.example.com/admin/api". With several (back-office prefix not
   * configured), each is tried in turn while Oro answers 404, and the first that knows `userprofile` is kept.
   */
  oroApiBaseUrl: string | readonly string[];
  fetch?: typeof fetch;
  /** How long a verified caller is trusted without asking Oro again. */
  cacheTtlMs: number;
  now?: () => number;
  timeoutMs?: number;
  /** Bounds memory when many tokens come by. */
  maxCacheEntries?: number;
};

export interface OroCallerVerifier {
  /** The token's user; throws CallerCheckError. */
  verify(accessToken: string): Promise<OroCaller>;
}

const identifier = z.looseObject({
  type: z.string(),
  id: z.union([z.string(), z.number()]).transform(String),
});
const toOne = z.looseObject({ data: identifier.nullish() }).nullish();
const toMany = z.looseObject({ data: z.array(identifier).nullish() }).nullish();

const userProfileSchema = z.looseObject({
  data: z.looseObject({
    type: z.string(),
    id: z.union([z.string(), z.number()]).transform(String),
    attributes: z.looseObject({ username: z.string().nullish() }).nullish(),
    relationships: z.looseObject({ userRoles: toMany, organization: toOne, organizations: toMany }).nullish(),
  }),
  included: z
    .array(
      z.looseObject({
        type: z.string(),
        id: z.union([z.string(), z.number()]).transform(String),
        attributes: z.looseObject({ role: z.string().nullish(), name: z.string().nullish() }).nullish(),
      }),
    )
    .nullish(),
});

export function createOroCallerVerifier(options: OroCallerVerifierOptions): OroCallerVerifier {
  const bases =
    typeof options.oroApiBaseUrl === "string" ? [options.oroApiBaseUrl] : [...options.oroApiBaseUrl];
  if (bases.length === 0) throw new Error("createOroCallerVerifier needs at least one Oro API base URL");
  const now = options.now ?? (() => Date.now());
  const maxEntries = options.maxCacheEntries ?? 1000;
  const cache = new Map<string, { caller: OroCaller; expiresAt: number }>();
  let knownBase: string | null = bases.length === 1 ? (bases[0] ?? null) : null;

  async function ask(base: string, token: string): Promise<OroCaller> {
    const client = createOroClient({
      apiBaseUrl: base,
      getAccessToken: () => Promise.resolve(token),
      // The server cannot refresh someone else's token: a 401 is the answer.
      onUnauthorized: () => Promise.resolve(null),
      ...(options.fetch ? { fetch: options.fetch } : {}),
      timeoutMs: options.timeoutMs ?? 10_000,
      retry: { attempts: 1, baseDelayMs: 200 },
    });
    const { data } = await client.get(
      "userprofile",
      { include: "userRoles,organization,organizations" },
      userProfileSchema,
    );
    return toCaller(data);
  }

  async function askOro(token: string): Promise<OroCaller> {
    const candidates = knownBase === null ? bases : [knownBase];
    let lastError: unknown = null;
    for (const base of candidates) {
      try {
        const caller = await ask(base, token);
        knownBase = base;
        return caller;
      } catch (error) {
        lastError = error;
        if (error instanceof OroApiError && error.status === 404) continue;
        throw translate(error, base);
      }
    }
    throw translate(lastError, candidates.join(" or "));
  }

  return {
    async verify(accessToken) {
      if (accessToken.trim() === "") {
        throw new CallerCheckError({
          kind: "unauthorized",
          message: "Sign in to Oro: the request carries no access token.",
        });
      }
      const key = createHash("sha256").update(accessToken).digest("base64url");
      const hit = cache.get(key);
      if (hit && hit.expiresAt > now()) return hit.caller;
      cache.delete(key);
      const caller = await askOro(accessToken);
      if (cache.size >= maxEntries) {
        for (const [entryKey, entry] of cache) if (entry.expiresAt <= now()) cache.delete(entryKey);
        if (cache.size >= maxEntries) cache.delete(cache.keys().next().value ?? "");
      }
      cache.set(key, { caller, expiresAt: now() + options.cacheTtlMs });
      return caller;
    },
  };
}

function toCaller(document: z.output<typeof userProfileSchema>): OroCaller {
  const included = new Map(
    (document.included ?? []).map((item) => [`${item.type}:${item.id}`, item.attributes ?? {}]),
  );
  const relationships = document.data.relationships;
  const roles: string[] = [];
  for (const ref of relationships?.userRoles?.data ?? []) {
    const role = included.get(`${ref.type}:${ref.id}`)?.role;
    if (typeof role === "string" && role !== "") roles.push(role);
  }
  const organizationOf = (ref: { type: string; id: string }): OroOrganization => ({
    id: ref.id,
    name: included.get(`${ref.type}:${ref.id}`)?.name ?? null,
  });
  const organizations = (relationships?.organizations?.data ?? []).map(organizationOf);
  const own = relationships?.organization?.data;
  const organization = own ? organizationOf(own) : (organizations[0] ?? null);
  if (organization && !organizations.some((candidate) => candidate.id === organization.id)) {
    organizations.unshift(organization);
  }
  return {
    userId: document.data.id,
    username: document.data.attributes?.username ?? null,
    roles,
    organization,
    organizations,
  };
}

function translate(error: unknown, where: string): CallerCheckError {
  if (error instanceof OroApiError) {
    if (error.kind === "unauthorized") {
      return new CallerCheckError({
        kind: "unauthorized",
        message: "Oro did not accept the access token. Sign in to Oro again.",
      });
    }
    if (error.kind === "forbidden") {
      return new CallerCheckError({
        kind: "unauthorized",
        message:
          "Oro refused to tell who this token belongs to (HTTP 403). Check the user's API access in Oro.",
      });
    }
    return new CallerCheckError({
      kind: "oroUnreachable",
      message: `The connector's server could not check your access with Oro at ${where}: ${error.message}`,
    });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CallerCheckError({
    kind: "oroUnreachable",
    message: `The connector's server could not check your access with Oro at ${where}: ${detail}`,
  });
}

/** Oro decides who administers the connector: any of the configured roles is enough. */
export function isAdministrator(caller: Pick<OroCaller, "roles">, adminRoles: readonly string[]): boolean {
  return caller.roles.some((role) => adminRoles.includes(role));
}
