// Record search for the search bar: Oro's emailcontextsearch, paged with links.next (Load More). Every input is in
// the query key, so an answer for an older text can only ever land in that text's cache entry, never on screen
// for a newer one.
import { infiniteQueryOptions, keepPreviousData, skipToken, useInfiniteQuery, type InfiniteData } from "@tanstack/react-query";
import { useConnectionKey, useOptionalOroClient } from "./connection";
import type { OroClient } from "../oro/oro-client";
import { getNextSearchPage, searchContextRecords, type Page, type SearchItem } from "../oro/resources";
import { entityKey } from "../oro/schemas";
import { oroKeys, type ConnectionKey } from "./query-keys";

/** Results per request; Load More asks Oro for the next page through links.next. */
export const searchPageSize = 20;

export type SearchParams = {
  /** Trimmed search text; an empty text searches nothing. */
  searchText: string;
  /** The entity types to search (already limited to the allowed ones); empty = every allowed type. */
  entities: readonly string[];
};

export type SearchPage = Page<SearchItem>;

/** Normalises the text the way it is sent, so "olivia" and " olivia " share one cache entry. */
export function normalizeSearchText(text: string): string {
  return text.trim().replace(/\s+/g, " ");
}

export function searchQueryKey(connection: ConnectionKey, params: SearchParams) {
  return oroKeys.search(connection, { searchText: params.searchText, entities: [...params.entities].sort() });
}

export function searchQueryOptions(client: OroClient | null, connection: ConnectionKey | null, params: SearchParams) {
  const ready = client !== null && connection !== null && params.searchText !== "";
  return infiniteQueryOptions({
    queryKey: connection === null ? ["oro", "no-connection", "search", params] : searchQueryKey(connection, params),
    queryFn: ready
      ? ({ pageParam, signal }: { pageParam: string | null; signal: AbortSignal }): Promise<SearchPage> =>
          pageParam === null ? firstSearchPage(client, params, signal) : getNextSearchPage(client, pageParam, { signal, withTotal: true })
      : skipToken,
    initialPageParam: null as string | null,
    getNextPageParam: (last: SearchPage) => last.next ?? undefined,
    // Searches are cheap to repeat but the user expects the list to stay put while reading it.
    staleTime: 30_000,
    // Same text, another type filter: keep showing the old list until the new one arrives. A new text starts
    // empty, so results for an older text are never shown under the new one.
    placeholderData: (previous: InfiniteData<SearchPage, string | null> | undefined, previousQuery) => {
      const previousParams = previousQuery?.queryKey.at(-1);
      return isSearchParams(previousParams) && previousParams.searchText === params.searchText
        ? keepPreviousData(previous)
        : undefined;
    },
  });
}

/**
 * `include=entity` embeds each record, so a result can show its secondary line (a contact's account and email, an
 * order's total) without one request per result. Later pages follow Oro's links.next, which carries the same filters.
 */
function firstSearchPage(client: OroClient, params: SearchParams, signal: AbortSignal): Promise<SearchPage> {
  return searchContextRecords(
    client,
    { searchText: params.searchText, entities: params.entities, include: "entity", pageNumber: 1, pageSize: searchPageSize, withTotal: true },
    { signal },
  );
}

function isSearchParams(value: unknown): value is SearchParams {
  return typeof value === "object" && value !== null && "searchText" in value && typeof value.searchText === "string";
}

export type SearchResults = {
  items: SearchItem[];
  status: "idle" | "pending" | "error" | "success";
  error: Error | null;
  /** How many records Oro has for the search (X-Include-Total-Count), when it said. */
  total: number | null;
  /** True while the list shown belongs to an earlier filter of the same text. */
  isPlaceholder: boolean;
  hasMore: boolean;
  isLoadingMore: boolean;
  /** Load More failed; the results already shown stay. */
  loadMoreError: Error | null;
  loadMore: () => void;
  retry: () => void;
};

/** Searches Oro for records that can become context. Idle for an empty text. */
export function useRecordSearch(params: SearchParams): SearchResults {
  const client = useOptionalOroClient();
  const connection = useConnectionKey();
  const query = useInfiniteQuery(searchQueryOptions(client, connection, params));
  const items = dedupe(query.data?.pages.flatMap((page) => page.items) ?? []);
  const idle = params.searchText === "" || client === null;
  return {
    items: idle ? [] : items,
    status: idle ? "idle" : query.isFetchNextPageError ? "success" : query.status,
    error: query.isFetchNextPageError ? null : query.error,
    isPlaceholder: query.isPlaceholderData,
    total: idle ? null : (query.data?.pages[0]?.total ?? null),
    hasMore: !idle && query.hasNextPage,
    isLoadingMore: query.isFetchingNextPage,
    loadMoreError: query.isFetchNextPageError ? query.error : null,
    loadMore: () => {
      if (query.hasNextPage && !query.isFetchingNextPage) void query.fetchNextPage();
    },
    retry: () => {
      if (query.isFetchNextPageError) void query.fetchNextPage();
      else void query.refetch();
    },
  };
}

/** Oro may return a record twice across pages when data changes between requests: show it once. */
function dedupe(items: SearchItem[]): SearchItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = entityKey(item.entity);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
