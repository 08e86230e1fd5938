import { defineMessages } from "../../i18n/catalog";

export const detailsMessages = defineMessages("details", {
  loading: "Loading the record…",
  loadFailed: "The record could not be loaded.",
  retry: "Retry",
  fieldsLabel: "Details",
  noFields: "Oro has no further details for this record.",
  hintInContext: "In Context Of",
  hintSuggested: "Could Be Related To",
  hintNone: "Not linked to this email",
  open: "Open in Oro",
  openUnavailable: "Oro did not send a link to this record's page.",
  openRefusedScheme: "This link was not opened: it is not a web address ({url}).",
  openRefusedOrigin: "This link was not opened: it leads to {origin}, not to your Oro at {oroOrigin}.",
  addContext: "Add context",
  addingContext: "Adding…",
  removeContext: "Remove context",
  removingContext: "Removing…",
  unavailableCompose: "Send the email first: Oro can link records only to an email that has been sent.",
  unavailableNoMessageId:
    "This email has no Message-ID yet, so Oro cannot link records to it. Try again in a moment.",
  unavailableNoItem: "Select an email to link this record to it.",
  added: "Added to this email's context in Oro.",
  alreadyAdded: "Oro already had this record in the email's context.",
  removed: "Removed from this email thread's context in Oro.",
  alreadyRemoved: "Oro no longer had this record in the email's context.",
  undo: "Undo",
  dismiss: "Dismiss",
  addFailed: "The record was not added to the email's context.",
  removeFailed: "The record was not removed from the email's context.",
  emailNotVisible:
    "Oro already stores this email, but not in your mailbox there, so records cannot be linked to it from here.",
});
