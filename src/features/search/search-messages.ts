import { defineMessages } from "../../i18n/catalog";

export const searchMessages = defineMessages("search", {
  searchLabel: "Search Oro",
  searchPlaceholder: "Search Oro",
  clear: "Clear search",
  typeFilterLabel: "Record type",
  allTypes: "All types",
  resultsLabel: "Search results for “{query}”",
  searching: "Searching Oro…",
  resultCount: "{count, plural, one {# record} other {# records}}",
  showing: "Showing {shown}",
  showingOf: "Showing {shown} of {total}",
  loadMore: "Load more",
  loadingMore: "Loading more…",
  loadMoreError: "More results could not be loaded.",
  emptyTitle: "No records match “{query}”.",
  emptyHint: "Check the spelling, or search for part of a name, an email address or a number.",
  emptyFilteredHint: "Only {type} were searched. Choose “All types” to search every record type.",
  errorTitle: "The search did not work.",
  retry: "Retry",
  hintInContext: "In Context Of",
  hintSuggested: "Could Be Related To",
});
