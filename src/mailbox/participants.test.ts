import { describe, expect, test } from "vitest";
import { collectParticipants } from "./participants";
import type { MailItem } from "./types";

const base: MailItem = {
  mode: "read",
  key: "k",
  subject: "Hello",
  internetMessageId: "<a@b>",
  conversationId: "c",
  dateTimeCreated: null,
  from: { displayName: "Olivia", emailAddress: "Olivia.Chen@contoso.example" },
  to: [
    { displayName: "Me", emailAddress: "me@northwind.example" },
    { displayName: "Bruno", emailAddress: "bruno@fabrikam.example" },
  ],
  cc: [{ displayName: "Olivia again", emailAddress: "olivia.chen@CONTOSO.example" }],
  bcc: [{ displayName: "Hidden", emailAddress: "hidden@example.com" }],
};

describe("collectParticipants", () => {
  test("lists every address once, in from/to/cc/bcc order, without the mailbox owner", () => {
    const result = collectParticipants(base, "ME@northwind.example");
    expect(result.map((p) => [p.role, p.emailAddress])).toEqual([
      ["from", "Olivia.Chen@contoso.example"],
      ["to", "bruno@fabrikam.example"],
      ["bcc", "hidden@example.com"],
    ]);
  });

  test("skips blank addresses and an empty sender", () => {
    const result = collectParticipants(
      { ...base, from: null, to: [{ displayName: "Blank", emailAddress: "  " }], cc: [], bcc: [] },
      "me@northwind.example",
    );
    expect(result).toEqual([]);
  });
});
