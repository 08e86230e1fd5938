import { describe, expect, test } from "vitest";
import type { MailItem } from "../mailbox/types";
import { storedMessages } from "../sandbox/demo-identities";
import { createOroSandbox } from "../sandbox/oro-sandbox";
import { sandboxOroClient } from "../sandbox/testing";
import {
  addContextAvailability,
  EmailNotVisibleError,
  linkRecordToEmail,
  threadContextItemId,
  unlinkRecordFromThread,
} from "./context-actions";

const sandbox = createOroSandbox({ baseUrl: "https://oro.test", layout: "commerce" });

const sam = { displayName: "Sam Seller", emailAddress: "sam.seller@northwind.example" };

function readItem(overrides: Partial<MailItem> = {}): MailItem {
  return {
    mode: "read",
    key: "item-1",
    subject: "Hello",
    internetMessageId: "<new-message@example.test>",
    conversationId: "conv",
    dateTimeCreated: "2026-03-01T10:00:00Z",
    from: { displayName: "Alex", emailAddress: "alex@unknown-startup.example" },
    to: [sam],
    cc: [],
    bcc: [],
    ...overrides,
  };
}

describe("addContextAvailability", () => {
  test("needs a read item with a Message-ID", () => {
    expect(addContextAvailability(null)).toEqual({ available: false, reason: "noItem" });
    expect(addContextAvailability(readItem({ mode: "compose", internetMessageId: null }))).toEqual({ available: false, reason: "compose" });
    expect(addContextAvailability(readItem({ internetMessageId: "  " }))).toEqual({ available: false, reason: "noMessageId" });
    expect(addContextAvailability(readItem())).toEqual({ available: true, messageId: "<new-message@example.test>" });
  });
});

describe("linkRecordToEmail", () => {
  test("finds an email stored under the bare Message-ID form and links the record to it", async () => {
    sandbox.reset();
    const { client } = await sandboxOroClient(sandbox, "sales");
    const email = sandbox.model.emailByMessageId(storedMessages.brunoQuestion);
    if (email === undefined) throw new Error("seed email missing");
    email.messageId = storedMessages.brunoQuestion.slice(1, -1);

    const result = await linkRecordToEmail(client, {
      item: readItem({ internetMessageId: storedMessages.brunoQuestion }),
      entity: { type: "accounts", id: "2" },
      readBody: () => Promise.reject(new Error("the body is not needed for a stored email")),
      user: sam,
    });

    expect(result).toEqual({ emailId: String(email.id), itemId: `accounts-2-${email.id}`, outcome: "linked" });
    expect(sandbox.model.activityTargetsOf(email.id)).toContainEqual({ type: "accounts", id: 2 });
  });

  test("explains when Oro has the email but not in this user's mailbox (409, then still not found)", async () => {
    sandbox.reset();
    const admin = sandbox.model.userByUsername("admin");
    if (admin === undefined) throw new Error("no admin");
    sandbox.model.createEmail(
      {
        subject: "Hello",
        from: { name: "Alex", email: "alex@unknown-startup.example" },
        toRecipients: [{ name: null, email: "amelia.admin@northwind.example" }],
        ccRecipients: [],
        bccRecipients: [],
        messageId: "<new-message@example.test>",
        references: [],
        sentAt: "2026-03-01T10:00:00Z",
        internalDate: "2026-03-01T10:00:00Z",
        importance: "normal",
        body: null,
      },
      admin.id,
      "2026-03-01T10:00:00Z",
    );
    const { client } = await sandboxOroClient(sandbox, "sales");
    const emailsBefore = sandbox.model.emailCount();

    await expect(
      linkRecordToEmail(client, { item: readItem(), entity: { type: "accounts", id: "2" }, readBody: () => Promise.resolve(""), user: sam }),
    ).rejects.toBeInstanceOf(EmailNotVisibleError);
    expect(sandbox.model.emailCount()).toBe(emailsBefore);
  });

  test("stores the email even when the body cannot be read, and without a subject uses a placeholder Oro accepts", async () => {
    sandbox.reset();
    const { client } = await sandboxOroClient(sandbox, "sales");
    const result = await linkRecordToEmail(client, {
      item: readItem({ subject: "" }),
      entity: { type: "accounts", id: "2" },
      readBody: () => Promise.reject(new Error("Outlook could not read the body")),
      user: sam,
    });
    expect(result.outcome).toBe("createdEmail");
    const stored = sandbox.model.emailByMessageId("<new-message@example.test>");
    expect(stored).toMatchObject({ subject: "(no subject)", body: null });
    expect(stored?.activityTargets).toContainEqual({ type: "accounts", id: 2 });
  });
});

describe("unlinkRecordFromThread", () => {
  test("removes the record from every email of the thread; a second removal (404) is not an error", async () => {
    sandbox.reset();
    const { client } = await sandboxOroClient(sandbox, "sales");
    const first = sandbox.model.emailByMessageId(storedMessages.threadOneFirst);
    if (first === undefined) throw new Error("seed email missing");
    const itemId = threadContextItemId({ type: "accounts", id: "1" }, String(first.id));

    expect(await unlinkRecordFromThread(client, itemId)).toEqual({ outcome: "removed" });
    expect(sandbox.model.threadContextOf(first)).not.toContainEqual({ type: "accounts", id: 1 });
    expect(await unlinkRecordFromThread(client, itemId)).toEqual({ outcome: "alreadyRemoved" });
  });
});
