// People and messages the sandbox seed and the demo scenario both rely on. The seed must create Oro records
// for these addresses exactly as described; the default demo scenario sends mail between them.

export const oroUsers = {
  admin: {
    username: "admin",
    password: "admin",
    firstName: "Amelia",
    lastName: "Admin",
    email: "amelia.admin@northwind.example",
    roles: ["ROLE_ADMINISTRATOR"],
  },
  sales: {
    username: "sales",
    password: "sales",
    firstName: "Sam",
    lastName: "Seller",
    email: "sam.seller@northwind.example",
    roles: ["ROLE_USER"],
  },
} as const;

/** The demo mailbox belongs to the sales user, so excludeCurrentUser matters when Sam is a recipient. */
export const demoMailboxOwner = { displayName: "Sam Seller", emailAddress: oroUsers.sales.email };

export const people = {
  /** Contact at account "Contoso Ltd", customer user of customer "Contoso", lead, opportunity and orders. */
  olivia: { displayName: "Olivia Chen", emailAddress: "olivia.chen@contoso.example" },
  /** Contact at account "Fabrikam Inc" with an open opportunity "Fabrikam - Warehouse scanners". */
  bruno: { displayName: "Bruno Martin", emailAddress: "bruno.martin@fabrikam.example" },
  /** Only a lead ("Tailspin Toys - Drone fleet"). */
  priya: { displayName: "Priya Patel", emailAddress: "priya.patel@tailspin.example" },
  /** A shared mailbox: two contacts at Contoso both list it as an email. */
  contosoSales: { displayName: "Contoso Sales", emailAddress: "sales@contoso.example" },
  /** A customer user (no contact) with orders and a request for quote. */
  kenji: { displayName: "Kenji Tanaka", emailAddress: "kenji.tanaka@litware.example" },
  /** Matches nothing in Oro. */
  stranger: { displayName: "Alex Unknown", emailAddress: "alex@unknown-startup.example" },
  /** Also matches nothing. */
  newsletter: { displayName: "Newsletter", emailAddress: "news@mailer.example" },
} as const;

/**
 * Emails stored in the sandbox's Oro (the user's copy exists, so emails?filter[messageId] finds them).
 * threadOne: Olivia → Sam, then Sam's reply; context (account Contoso Ltd, opportunity "Contoso - Fleet renewal")
 * was added on the first message only, so the reply shows it through the thread.
 */
export const storedMessages = {
  threadOneFirst: "<thread-1.msg-1@contoso.example>",
  threadOneReply: "<thread-1.msg-2@northwind.example>",
  /** Bruno's message, stored, with contact Bruno Martin in context. */
  brunoQuestion: "<q-4471@fabrikam.example>",
} as const;

/** A message that Oro does not have: suggestions only, from the addresses. */
export const unstoredMessageId = "<not-in-oro-5512@tailspin.example>";

/** Bulk recipients recipientN@bulk.example (1..500); every tenth (10, 20, ...) is a contact in Oro. */
export const bulkRecipientDomain = "bulk.example";
export const bulkRecipientCount = 500;
