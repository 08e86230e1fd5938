// The open email's Oro context: which records are already linked to its thread ("In Context Of") and which could
// be related ("Could Be Related To"), from Oro's emailthreadcontext resource (oro-api.md §4).
// The lookup builder is pure so it can be tested without React; the hooks wire it to the session and the cache.
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import {
  infiniteQueryOptions,
  queryOptions,
  skipToken,
  useInfiniteQuery,
  useQuery,
  useQueryClient,
  type InfiniteData,
  type QueryKey,
  type UseInfiniteQueryResult,
} from "@tanstack/react-query";
import { useSessionManager } from "../auth/session-context";
import { useCurrentItem, useMailbox } from "../mailbox/mailbox-context";
import { collectParticipants, normalizeAddress, type Participant } from "../mailbox/participants";
import type { MailItem } from "../mailbox/types";
import { resourceUrl, type OroClient } from "../oro/oro-client";
import {
  emailThreadContextParams,
  emailThreadContextResource,
  getEmailThreadContext,
  getNextContextPage,
  listContextEntityTypes,
  withBothMessageIdForms,
  type ContextEntityType,
  type ContextItem,
  type Page,
} from "../oro/resources";
import { entityKey, type EntityRef } from "../oro/schemas";
import { useConnectionKey } from "./connection";
import { oroKeys, type ConnectionKey } from "./query-keys";

// ---------------------------------------------------------------------------------------------------------------
// Tunables

/** Records per page: a normal email's context fits in one page, so one round trip shows everything. */
export const emailContextPageSize = 20;
/**
 * Longest URL a lookup request may have. Browsers accept far more, but proxies and PHP front ends in front of Oro
 * commonly stop at 8 KB for the whole request line plus headers; 6000 leaves room for Oro's links.next.
 */
export const maxContextUrlLength = 6000;
/** Oro's "CRM Sync Interval" default (oro-api.md §7): how often an open pane re-checks the CRM side. */
export const defaultCrmSyncIntervalSeconds = 120;
/** Typing recipients in compose mode re-reads the item on every change; wait for a pause before asking Oro. */
export const composeLookupDebounceMs = 400;
/**
 * filter[messageId] is required by Oro, but compose items and some just-sent items have no Message-ID. A value no
 * stored email can have makes Oro answer from the from/to/cc filters alone (the message need not exist in Oro).
 */
export const missingMessageIdPlaceholder = "<no-message-id@oro-outlook-connector.invalid>";

const contextStaleTimeMs = 0;
const contextGcTimeMs = 10 * 60_000;
const entityTypesStaleTimeMs = 60 * 60_000;
const entityTypesGcTimeMs = 2 * 60 * 60_000;

// ---------------------------------------------------------------------------------------------------------------
// The lookup: item + own address + allowed types → one or more emailthreadcontext requests

/** One emailthreadcontext request (first page); every field is sent to Oro, so every field is in the query key. */
export type EmailContextRequest = {
  /** Bracketed and bare forms of the Message-ID (or of the placeholder when the item has none). */
  messageIds: string[];
  from: string | null;
  to: string[];
  /** CC, plus BCC in compose mode: Oro has no bcc filter. */
  cc: string[];
  /** The types the user may use; null = leave filter[entities] out and let Oro use every type the user may see. */
  entities: string[] | null;
  excludeCurrentUser: true;
  include: "entity";
  pageSize: number;
};

export type EmailContextLookup = {
  /** The mail item the results belong to: results are never shown under another item. */
  itemKey: string;
  /** Usually one; several when the addresses would not fit in one URL (sent in parallel, merged). */
  requests: EmailContextRequest[];
};

export type BuildLookupInput = {
  item: MailItem;
  /** The mailbox owner's address: never searched (excludeCurrentUser also drops the Oro user). */
  ownAddress: string;
  /** Allowed entity types; null = do not filter (see useAllowedContextTypes for when that happens). */
  entities: readonly string[] | null;
  /** The API root the requests go to, counted in the URL length. */
  apiBaseUrl: string;
  pageSize?: number;
  maxUrlLength?: number;
};

type AddressField = "from" | "to" | "cc";

function fieldFor(participant: Participant): AddressField {
  return participant.role === "bcc" ? "cc" : participant.role;
}

/** The URL a request is sent to (used to keep each request within maxContextUrlLength). */
export function emailContextRequestUrl(apiBaseUrl: string, request: EmailContextRequest): string {
  return resourceUrl(apiBaseUrl, emailThreadContextResource, emailThreadContextParams(request));
}

/**
 * Builds the requests for an item, or null when there is nothing to ask (no Message-ID and no address besides the
 * user's own, or no entity type the user may use). Addresses are split over several requests only when one URL would be too long; each request then
 * carries the Message-ID and a slice of the addresses (the slices together cover every address exactly once).
 */
export function buildEmailContextLookup(input: BuildLookupInput): EmailContextLookup | null {
  // Each address once, in from/to/cc/bcc order; fieldFor says which filter it travels in.
  const participants = collectParticipants(input.item, input.ownAddress);
  const messageId = input.item.internetMessageId?.trim() ?? "";
  if (messageId === "" && participants.length === 0) return null;
  // An empty filter[entities] cannot be sent (Oro would read it as "every type"): there is nothing to ask.
  if (input.entities !== null && input.entities.length === 0) return null;

  const apiBaseUrl = input.apiBaseUrl;
  const maxUrlLength = input.maxUrlLength ?? maxContextUrlLength;
  const empty: EmailContextRequest = {
    messageIds: withBothMessageIdForms([messageId === "" ? missingMessageIdPlaceholder : messageId]),
    from: null,
    to: [],
    cc: [],
    entities: input.entities === null ? null : [...input.entities],
    excludeCurrentUser: true,
    include: "entity",
    pageSize: input.pageSize ?? emailContextPageSize,
  };

  const requests: EmailContextRequest[] = [];
  let current = empty;
  let currentLength = emailContextRequestUrl(apiBaseUrl, current).length;
  let currentHasAddress = false;
  for (const participant of participants) {
    const field = fieldFor(participant);
    const address = normalizeAddress(participant.emailAddress);
    let cost = addressCost(current, field, address);
    if (currentHasAddress && currentLength + cost > maxUrlLength) {
      requests.push(current);
      current = empty;
      currentLength = emailContextRequestUrl(apiBaseUrl, current).length;
      cost = addressCost(current, field, address);
    }
    current = field === "from" ? { ...current, from: address } : { ...current, [field]: [...current[field], address] };
    currentLength += cost;
    currentHasAddress = true;
  }
  requests.push(current);
  return { itemKey: input.item.key, requests };
}

/** Characters an address adds to the URL: ",value" in a list already sent, "&filter[x]=value" to start one. */
function addressCost(request: EmailContextRequest, field: AddressField, address: string): number {
  const encoded = encodeURIComponent(address).length;
  const starts = field === "from" ? request.from === null : request[field].length === 0;
  return starts ? `&filter[${field}]=`.length + encoded : 1 + encoded;
}

// ---------------------------------------------------------------------------------------------------------------
// Fetching and merging pages

/** null = the first page of every request; otherwise each request's links.next (null once that request is done). */
export type ContextPageParam = (string | null)[] | null;

/** One "Load More" step: the pages of every request of the lookup, fetched in parallel. */
export type ContextFetchPage = {
  itemKey: string;
  parts: Page<ContextItem>[];
};

export type ContextTotal = {
  /** Records Oro has for the lookup. */
  count: number;
  /** False when the lookup was split and not every page is loaded: records shared by requests are counted twice. */
  exact: boolean;
};

export type EmailContextResult = {
  itemKey: string;
  /** Each record once (in context wins over suggestion), in the order Oro sent them. */
  records: ContextItem[];
  total: ContextTotal | null;
  hasMore: boolean;
  /** Requests per page step (the lookup's request count). */
  requestCount: number;
};

/** Merges loaded pages of every request: each entity once, an in-context item preferred over a suggestion. */
export function mergeContextPages(pages: readonly ContextFetchPage[]): EmailContextResult | null {
  const first = pages[0];
  if (first === undefined) return null;
  const byEntity = new Map<string, ContextItem>();
  let duplicates = 0;
  for (const page of pages) {
    for (const part of page.parts) {
      for (const item of part.items) {
        const key = entityKey(item.entity);
        const seen = byEntity.get(key);
        if (seen === undefined) {
          byEntity.set(key, item);
          continue;
        }
        duplicates += 1;
        if (!seen.isContext && item.isContext) byEntity.set(key, item);
      }
    }
  }
  const last = pages[pages.length - 1] ?? first;
  const hasMore = last.parts.some((part) => part.next !== null);
  const records = [...byEntity.values()];
  return {
    itemKey: first.itemKey,
    records,
    total: mergeTotals(first.parts, records.length, duplicates, hasMore),
    hasMore,
    requestCount: first.parts.length,
  };
}

function mergeTotals(parts: readonly Page<ContextItem>[], loaded: number, duplicates: number, hasMore: boolean): ContextTotal | null {
  if (!hasMore) return { count: loaded, exact: true };
  if (parts.some((part) => part.total === null)) return null;
  const sum = parts.reduce((acc, part) => acc + (part.total ?? 0), 0);
  if (parts.length === 1) return { count: sum, exact: true };
  return { count: Math.max(loaded, sum - duplicates), exact: false };
}

async function fetchContextStep(
  client: OroClient,
  lookup: EmailContextLookup,
  pageParam: ContextPageParam,
  signal: AbortSignal,
): Promise<ContextFetchPage> {
  const parts =
    pageParam === null
      ? await Promise.all(
          lookup.requests.map((request) => getEmailThreadContext(client, { ...request, withTotal: true }, { signal })),
        )
      : await Promise.all(
          pageParam.map((next): Promise<Page<ContextItem>> =>
            next === null
              ? Promise.resolve({ items: [], next: null, total: null })
              : getNextContextPage(client, next, { signal, withTotal: true }),
          ),
        );
  return { itemKey: lookup.itemKey, parts };
}

export type EmailContextQueryInput = {
  /** Resolves the Oro client when the query runs (the session may have refreshed it). */
  getClient: () => OroClient;
  connection: ConnectionKey;
  /** null disables the query (nothing to look up yet). */
  lookup: EmailContextLookup | null;
  refetchIntervalMs?: number;
};

/** The infinite query behind the panel: Load More follows each request's links.next. */
export function emailContextQueryOptions(input: EmailContextQueryInput) {
  const { lookup } = input;
  return infiniteQueryOptions<ContextFetchPage, Error, EmailContextResult | null, ReturnType<typeof oroKeys.emailContext>, ContextPageParam>({
    queryKey: oroKeys.emailContext(input.connection, lookup),
    queryFn:
      lookup === null
        ? skipToken
        : ({ pageParam, signal }) => fetchContextStep(input.getClient(), lookup, pageParam, signal),
    initialPageParam: null,
    getNextPageParam: (last) =>
      last.parts.some((part) => part.next !== null) ? last.parts.map((part) => part.next) : undefined,
    // One function for the query's lifetime: TanStack re-runs select (and its structural sharing) whenever it changes.
    select: selectContext,
    staleTime: contextStaleTimeMs,
    gcTime: contextGcTimeMs,
    refetchInterval: input.refetchIntervalMs ?? defaultCrmSyncIntervalSeconds * 1000,
    // While the recipients of the same compose item change, keep showing what was found so far.
    placeholderData: (previous, previousQuery) => {
      const previousLookup = previousQuery?.queryKey[previousQuery.queryKey.length - 1];
      return lookup !== null && isLookupFor(previousLookup, lookup.itemKey) ? previous : undefined;
    },
  });
}

/** The pages fetched so far, merged into what the panel shows. */
function selectContext(data: InfiniteData<ContextFetchPage, ContextPageParam>) {
  return mergeContextPages(data.pages);
}

function isLookupFor(value: unknown, itemKey: string): boolean {
  return typeof value === "object" && value !== null && "itemKey" in value && value.itemKey === itemKey;
}

/** The cached context queries of one mail item on one connection (never another item's). */
export function emailContextQueriesOf(connection: ConnectionKey, itemKey: string) {
  return {
    queryKey: oroKeys.emailContextAll(connection),
    predicate: (query: { queryKey: QueryKey }) => isLookupFor(query.queryKey[query.queryKey.length - 1], itemKey),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Allowed entity types

/** Every allowed context type (all pages). */
export async function loadAllowedContextTypes(client: OroClient, signal?: AbortSignal): Promise<ContextEntityType[]> {
  const types = await listContextEntityTypes(client, signal === undefined ? {} : { signal });
  return types.filter((type) => type.allowed);
}

export function contextEntityTypesQueryOptions(getClient: () => OroClient, connection: ConnectionKey) {
  return queryOptions({
    queryKey: oroKeys.contextEntityTypes(connection),
    queryFn: ({ signal }) => loadAllowedContextTypes(getClient(), signal),
    staleTime: entityTypesStaleTimeMs,
    gcTime: entityTypesGcTimeMs,
  });
}

/**
 * The entity types for filter[entities], or "pending" on the very first load.
 *
 * Why the lookup waits for Oro's list instead of sending the 11 default types meanwhile: Oro checks each
 * filter[entities] value against the types its installation has (SearchEntityListFilterHelper) and answers
 * 400 "The "orders" is not known entity" for one it lacks – a CRM-only Oro has no orders, customerusers,
 * customers or rfqs – while a type the user only may not see is silently dropped. Guessing would break every
 * first lookup against such an Oro; waiting costs one round trip once per hour (the list is cached, and the panel
 * starts it as soon as it mounts, in parallel with reading the item). If the list cannot be loaded, the lookup
 * leaves filter[entities] out: Oro then uses every type the user may see.
 */
export function useAllowedContextTypes(
  offered?: readonly string[] | null,
): { status: "pending" } | { status: "ready"; entities: string[] | null; types: ContextEntityType[] } {
  const connected = useConnected();
  const query = useQuery({
    ...contextEntityTypesQueryOptions(connected?.getClient ?? missingClient, connected?.connection ?? noConnection),
    enabled: connected !== null,
  });
  const offeredKey = offered === undefined || offered === null ? null : offered.join(",");
  return useMemo(() => {
    if (query.isSuccess) {
      // The administrator's "record types offered" narrow what Oro allows; they never widen it.
      const offeredTypes = offeredKey === null ? null : new Set(offeredKey.split(","));
      const types = offeredTypes === null ? query.data : query.data.filter((type) => offeredTypes.has(type.entityType));
      return { status: "ready", entities: types.map((type) => type.entityType), types };
    }
    if (query.isError) return { status: "ready", entities: offeredKey === null ? null : offeredKey.split(",").filter((type) => type !== ""), types: [] };
    return { status: "pending" };
  }, [query.isSuccess, query.isError, query.data, offeredKey]);
}

// ---------------------------------------------------------------------------------------------------------------
// Hooks

type Connected = { connection: ConnectionKey; apiBaseUrl: string; getClient: () => OroClient };

const noConnection: ConnectionKey = { apiBaseUrl: "", userId: "" };
const missingClient = (): OroClient => {
  throw new Error("No Oro connection");
};

function useConnected(): Connected | null {
  const manager = useSessionManager();
  const connection = useConnectionKey();
  const apiBaseUrl = connection?.apiBaseUrl ?? null;
  const userId = connection?.userId ?? null;
  return useMemo(
    () =>
      apiBaseUrl === null || userId === null
        ? null
        : { connection: { apiBaseUrl, userId }, apiBaseUrl, getClient: () => manager.getClient() },
    [apiBaseUrl, userId, manager],
  );
}

/**
 * The lookup for an item, debounced while the recipients of one compose item change (an item change is never
 * delayed). "pending" while the allowed types are not known yet.
 */
function useEmailContextLookup(
  item: MailItem | null,
  connected: Connected | null,
  offered: readonly string[] | null,
): EmailContextLookup | null | "pending" {
  const mailbox = useMailbox();
  const allowed = useAllowedContextTypes(offered);
  const entities = allowed.status === "ready" ? allowed.entities : undefined;
  const ownAddress = mailbox.user.emailAddress;
  const apiBaseUrl = connected?.apiBaseUrl ?? null;

  const lookup = useMemo(() => {
    if (item === null || apiBaseUrl === null || entities === undefined) return undefined;
    return buildEmailContextLookup({ item, ownAddress, entities, apiBaseUrl });
  }, [item, ownAddress, entities, apiBaseUrl]);

  const signature = lookup === undefined ? "pending" : JSON.stringify(lookup);
  const [debounced, setDebounced] = useState<{ signature: string; lookup: EmailContextLookup | null | undefined }>({
    signature,
    lookup,
  });
  useEffect(() => {
    if (debounced.signature === signature) return;
    const timer = setTimeout(() => setDebounced({ signature, lookup }), composeLookupDebounceMs);
    return () => clearTimeout(timer);
  }, [signature, lookup, debounced.signature]);

  if (lookup === undefined) return "pending";
  const sameComposeItem =
    item?.mode === "compose" &&
    debounced.lookup !== undefined &&
    debounced.lookup !== null &&
    lookup !== null &&
    debounced.lookup.itemKey === lookup.itemKey;
  return sameComposeItem ? (debounced.lookup ?? null) : lookup;
}

export type EmailContextState = {
  /** "pending" until the allowed types are known; null when there is nothing to look up. */
  lookup: EmailContextLookup | null | "pending";
  /** The addresses searched (own address excluded), for the empty state and unknown participants. */
  participants: Participant[];
  query: UseInfiniteQueryResult<EmailContextResult | null, Error>;
};

export type UseEmailContextOptions = {
  /** CRM sync interval; defaults to 120 s. */
  refetchIntervalSeconds?: number;
  /** The record types the administrator offers for context (settings); null/undefined = every allowed type. */
  offeredTypes?: readonly string[] | null;
};

/** The open item's context with Load More; cached per connection and lookup, re-checked every sync interval. */
export function useEmailContext(item: MailItem | null, options: UseEmailContextOptions = {}): EmailContextState {
  const mailbox = useMailbox();
  const connected = useConnected();
  const lookup = useEmailContextLookup(item, connected, options.offeredTypes ?? null);
  const query = useInfiniteQuery(
    emailContextQueryOptions({
      getClient: connected?.getClient ?? missingClient,
      connection: connected?.connection ?? noConnection,
      lookup: lookup === "pending" || connected === null ? null : lookup,
      refetchIntervalMs: (options.refetchIntervalSeconds ?? defaultCrmSyncIntervalSeconds) * 1000,
    }),
  );
  const participants = useMemo(
    () => (item === null ? [] : collectParticipants(item, mailbox.user.emailAddress)),
    [item, mailbox.user.emailAddress],
  );
  return { lookup, participants, query };
}

export type ContextMembership = { state: "inContext" | "suggested"; itemId: string };

/**
 * For other views (search hints, record details): whether a record is in the open email's context or suggested
 * for it, from what is cached for the open item (it never fetches; whatever lookup filled the cache for this item,
 * the latest one counts). `itemId` is what removing context needs.
 */
export function useContextMembership(): (ref: EntityRef) => ContextMembership | null {
  const current = useCurrentItem();
  const itemKey = current.status === "ready" ? (current.item?.key ?? null) : null;
  const connected = useConnected();
  const queryCache = useQueryClient().getQueryCache();

  const subscribe = useCallback((onChange: () => void) => queryCache.subscribe(onChange), [queryCache]);
  const getSnapshot = useCallback((): unknown => {
    if (itemKey === null || connected === null) return undefined;
    let latest: { data: unknown; updatedAt: number } | undefined;
    for (const query of queryCache.findAll(emailContextQueriesOf(connected.connection, itemKey))) {
      if (query.state.data === undefined) continue;
      if (latest === undefined || query.state.dataUpdatedAt > latest.updatedAt) {
        latest = { data: query.state.data, updatedAt: query.state.dataUpdatedAt };
      }
    }
    return latest?.data;
  }, [queryCache, itemKey, connected]);
  const cached = useSyncExternalStore(subscribe, getSnapshot, getSnapshot);

  return useMemo(() => {
    const byEntity = new Map<string, ContextMembership>();
    const merged = isContextCacheData(cached) ? mergeContextPages(cached.pages) : null;
    if (merged !== null && merged.itemKey === itemKey) {
      for (const record of merged.records) {
        byEntity.set(entityKey(record.entity), { state: record.isContext ? "inContext" : "suggested", itemId: record.itemId });
      }
    }
    return (ref: EntityRef) => byEntity.get(entityKey(ref)) ?? null;
  }, [cached, itemKey]);
}

export type ContextCacheData = InfiniteData<ContextFetchPage, ContextPageParam>;

/** The cache holds what our own queryFn returned; this only tells that shape apart from "nothing yet". */
export function isContextCacheData(value: unknown): value is ContextCacheData {
  return (
    typeof value === "object" &&
    value !== null &&
    "pages" in value &&
    Array.isArray(value.pages) &&
    value.pages.every(
      (page: unknown) => typeof page === "object" && page !== null && "itemKey" in page && "parts" in page && Array.isArray(page.parts),
    )
  );
}
