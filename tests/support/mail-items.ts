// A mail item as the pane reads it, for tests of what the pane asks Oro: Bruno's stored question (to the mailbox
// owner, CC the Contoso sales address), with any field overridden.
import type { MailItem } from "../../src/mailbox/types";
import { demoMailboxOwner, people, storedMessages } from "../../src/sandbox/demo-identities";

export function readItem(overrides: Partial<MailItem> = {}): MailItem {
  return {
    mode: "read",
    key: "item-1",
    subject: "Question",
    internetMessageId: storedMessages.brunoQuestion,
    conversationId: "conv-1",
    dateTimeCreated: "2026-03-04T08:05:00Z",
    from: { ...people.bruno },
    to: [{ ...demoMailboxOwner }],
    cc: [{ ...people.contosoSales }],
    bcc: [],
    ...overrides,
  };
}
