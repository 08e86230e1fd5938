// Every text of the context panel (German and French beside it, in context-messages.de.ts and .fr.ts).
import { defineMessages } from "../../i18n/catalog";

export const contextMessages = defineMessages("context", {
  panelLabel: "Oro records for this email",
  noItem: "Select an email to see the Oro records it concerns.",
  readingItem: "Reading the open email…",
  itemError: "Outlook did not give the add-in the open email. Select it again.",
  nothingToSearch: "Add recipients to see the Oro records they are related to.",
  noTypes: "No record types can be shown as context for your Oro user. Ask your Oro administrator.",
  loading: "Looking up Oro records…",
  inContextHeading: "In Context Of",
  suggestedHeading: "Could Be Related To",
  sectionCount: "{count, plural, one {# record} other {# records}}",
  inContextEmpty: "No records are linked to this conversation yet.",
  suggestedEmpty: "No other records match the people on this email.",
  emptyTitle: "No Oro records found",
  emptySearched: "Searched {count, plural, one {# address} other {# addresses}}:",
  emptyThreadOnly:
    "Nothing is linked to this conversation in Oro, and it has no other participants to search for.",
  errorTitle: "Could not load the Oro records for this email.",
  retry: "Retry",
  loadMore: "Load more",
  loadingMore: "Loading more…",
  loadMoreError: "Could not load more records.",
  showing: "Showing {shown}",
  showingOf: "Showing {shown} of {total}",
  showingOfAbout: "Showing {shown} of about {total}",
  unmatchedHeading: "No match in Oro",
  unmatchedHint:
    "{count, plural, one {This address was searched and matched no record.} other {These addresses were searched and matched no record.}}",
  matchedVia: "Matches {name}",
  roleFrom: "From",
  roleTo: "To",
  roleCc: "Cc",
  roleBcc: "Bcc",
});
