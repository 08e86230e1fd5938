import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "vitest";
import { parseScenario } from "../mailbox/scenario";
import { demoMailboxOwner, people, storedMessages, unstoredMessageId } from "../sandbox/demo-identities";
import { buildDefaultScenario } from "./default-scenario";

const file = resolve(import.meta.dirname, "../../public/scenarios/default.json");
const committed = parseScenario(JSON.parse(readFileSync(file, "utf8")), file);

test("the committed default scenario is the one built from the demo identities", () => {
  // Fails when demo-identities.ts changes and `npx tsx src/demo/make-default-scenario.ts` was not re-run.
  expect(committed).toEqual(buildDefaultScenario());
});

test("the mailbox belongs to the demo owner", () => {
  expect(committed.user).toEqual(demoMailboxOwner);
});

test("thread one: Olivia's message and Sam's reply share the conversation", () => {
  const first = committed.items.find((i) => i.internetMessageId === storedMessages.threadOneFirst);
  const reply = committed.items.find((i) => i.internetMessageId === storedMessages.threadOneReply);
  expect(first?.from).toEqual(people.olivia);
  expect(reply?.from).toEqual(demoMailboxOwner);
  expect(first?.conversationId).toBe("conv-contoso");
  expect(reply?.conversationId).toBe("conv-contoso");
});

test("covers the stored, unstored, id-less, unknown-sender, bulk and compose cases", () => {
  const items = committed.items;
  expect(items.find((i) => i.internetMessageId === storedMessages.brunoQuestion)?.cc).toEqual([people.contosoSales]);
  expect(items.find((i) => i.internetMessageId === unstoredMessageId)?.from).toEqual(people.priya);
  const kenji = items.find((i) => i.from?.emailAddress === people.kenji.emailAddress);
  expect(kenji?.mode).toBe("read");
  expect(kenji?.internetMessageId).toBeUndefined();
  expect(items.some((i) => i.from?.emailAddress === people.stranger.emailAddress)).toBe(true);
  expect(items.some((i) => i.from?.emailAddress === people.newsletter.emailAddress)).toBe(true);
  const bulk = items.find((i) => (i.to?.length ?? 0) === 500);
  expect(bulk?.to?.[0]?.emailAddress).toBe("recipient1@bulk.example");
  expect(bulk?.to?.[499]?.emailAddress).toBe("recipient500@bulk.example");
  const compose = items.find((i) => i.mode === "compose");
  expect(compose).toMatchObject({ to: [people.bruno], cc: [people.priya], bcc: [people.olivia] });
});

test("every read message is dated in 2026", () => {
  for (const item of committed.items.filter((i) => i.mode === "read")) expect(item.dateTimeCreated).toMatch(/^2026-/);
});
