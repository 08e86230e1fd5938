// The default demo scenario, built from the identities the sandbox seed shares, so the two cannot drift apart.
// `npx tsx src/demo/make-default-scenario.ts` writes it to public/scenarios/default.json.
import type { Scenario } from "../mailbox/scenario";
import {
  bulkRecipientCount,
  bulkRecipientDomain,
  demoMailboxOwner,
  people,
  storedMessages,
  unstoredMessageId,
} from "../sandbox/demo-identities";

const sam = { ...demoMailboxOwner };

export function bulkRecipients(): { displayName: string; emailAddress: string }[] {
  return Array.from({ length: bulkRecipientCount }, (_, i) => ({
    displayName: `Recipient ${i + 1}`,
    emailAddress: `recipient${i + 1}@${bulkRecipientDomain}`,
  }));
}

/** Where each item of buildDefaultScenario() stands in its list, for tests that open a particular one. */
export const demoItem = {
  /** Olivia's first message of the Contoso thread, stored in Oro with context. */
  oliviaFirst: 0,
  /** Sam's reply in the same thread. */
  oliviaReply: 1,
  brunoQuestion: 2,
  /** Priya's message, which Oro does not have yet. */
  priyaUnstored: 3,
  /** Kenji's message, which has no Message-ID. */
  kenjiNoMessageId: 4,
  stranger: 5,
  newsletter: 6,
  /** Sent to the many bulk recipients. */
  bulk: 7,
  /** A message being written, with a BCC recipient. */
  composeWithBcc: 8,
} as const;

export function buildDefaultScenario(): Scenario {
  return {
    user: sam,
    items: [
      {
        mode: "read",
        subject: "Fleet renewal: updated quote for 2026",
        internetMessageId: storedMessages.threadOneFirst,
        conversationId: "conv-contoso",
        dateTimeCreated: "2026-03-02T09:14:00Z",
        from: { ...people.olivia },
        to: [sam],
        body: "Hi Sam,\n\nthanks for the call yesterday. Could you send the updated quote for the fleet renewal? We would like to sign before the end of March.\n\nBest regards,\nOlivia",
      },
      {
        mode: "read",
        subject: "RE: Fleet renewal: updated quote for 2026",
        internetMessageId: storedMessages.threadOneReply,
        conversationId: "conv-contoso",
        dateTimeCreated: "2026-03-02T11:40:00Z",
        from: sam,
        to: [{ ...people.olivia }],
        body: "Hi Olivia,\n\nthe updated quote is attached: 40 vehicles, three-year service included. Happy to walk you through it on Thursday.\n\nSam",
      },
      {
        mode: "read",
        subject: "Question about the warehouse scanner rollout",
        internetMessageId: storedMessages.brunoQuestion,
        conversationId: "conv-fabrikam-scanners",
        dateTimeCreated: "2026-03-04T08:05:00Z",
        from: { ...people.bruno },
        to: [sam],
        cc: [{ ...people.contosoSales }],
        body: "Hello Sam,\n\nbefore we order: can the scanners run on our existing Wi-Fi, or do we need the new access points as well?\n\nThanks,\nBruno",
      },
      {
        mode: "read",
        subject: "Drone fleet: pilot programme",
        internetMessageId: unstoredMessageId,
        conversationId: "conv-tailspin-drones",
        dateTimeCreated: "2026-03-05T14:22:00Z",
        from: { ...people.priya },
        to: [sam],
        body: "Hi Sam,\n\nwe are planning a pilot with six drones in April. Could you tell me what a three-month trial would cost?\n\nPriya Patel\nTailspin Toys",
      },
      {
        mode: "read",
        subject: "Order delivery date",
        conversationId: "conv-litware-order",
        dateTimeCreated: "2026-03-06T10:01:00Z",
        from: { ...people.kenji },
        to: [sam],
        body: "Hello,\n\ncould you confirm the delivery date for our last order? Our warehouse needs to plan the intake.\n\nKenji Tanaka",
      },
      {
        mode: "read",
        subject: "Partnership idea",
        internetMessageId: "<a1b2c3-partnership@unknown-startup.example>",
        conversationId: "conv-unknown-startup",
        dateTimeCreated: "2026-03-06T16:45:00Z",
        from: { ...people.stranger },
        to: [sam],
        body: "Hi Sam,\n\nwe build route-planning software and think our products would fit well together. Do you have 20 minutes next week?\n\nAlex",
      },
      {
        mode: "read",
        subject: "Your weekly logistics digest",
        internetMessageId: "<digest-2026-10@mailer.example>",
        conversationId: "conv-newsletter",
        dateTimeCreated: "2026-03-09T06:00:00Z",
        from: { ...people.newsletter },
        to: [sam],
        body: "This week: fuel prices, new emission rules for delivery vans, and five tips for faster warehouse picking.",
      },
      {
        mode: "read",
        subject: "Spring product update",
        internetMessageId: "<spring-update-2026@northwind.example>",
        conversationId: "conv-spring-update",
        dateTimeCreated: "2026-03-10T12:00:00Z",
        from: sam,
        to: bulkRecipients(),
        body: "Dear customers,\n\nour spring range is here: lighter scanners, longer battery life and a new fleet-tracking plan.\n\nThe Northwind sales team",
      },
      {
        mode: "compose",
        subject: "Follow-up: scanner pricing",
        from: sam,
        to: [{ ...people.bruno }],
        cc: [{ ...people.priya }],
        bcc: [{ ...people.olivia }],
        body: "Hi Bruno,\n\nas promised, here is the pricing for the warehouse scanners.\n\nSam",
      },
    ],
  };
}
