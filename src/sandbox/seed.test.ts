import { describe, expect, test } from "vitest";
import { bulkRecipientCount, bulkRecipientDomain, oroUsers, people, storedMessages } from "./demo-identities";
import { recordsMatchingAddress } from "./entity-types";
import { createSeedData, seedIds } from "./seed";

describe("the seed", () => {
  test("is deterministic and holds a few hundred records across all 11 types", () => {
    const seed = createSeedData();
    expect(createSeedData()).toEqual(seed);
    const counts = [
      seed.accounts, seed.contacts, seed.customerUsers, seed.leads, seed.opportunities, seed.orders,
      seed.users, seed.customers, seed.tasks, seed.cases, seed.rfqs,
    ].map((records) => records.length);
    expect(counts.every((count) => count > 0)).toBe(true);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(300);
  });

  test("has the demo users with their roles", () => {
    const seed = createSeedData();
    for (const user of [oroUsers.admin, oroUsers.sales]) {
      const record = seed.users.find((candidate) => candidate.username === user.username);
      expect(record).toMatchObject({ password: user.password, email: user.email, firstName: user.firstName, lastName: user.lastName });
      const roles = record?.roleIds.map((id) => seed.roles.find((role) => role.id === id)?.role);
      expect(roles).toEqual([...user.roles]);
    }
    expect(seed.users).toHaveLength(3);
  });

  test("keeps every promise of demo-identities", () => {
    const seed = createSeedData();
    const types = (address: string) => recordsMatchingAddress(seed, address).map((ref) => ref.type).sort();
    expect(types(people.olivia.emailAddress)).toEqual(
      ["accounts", "contacts", "customerusers", "leads", "opportunities", "orders", "orders"].sort(),
    );
    expect(seed.opportunities.find((o) => o.id === seedIds.opportunities.contosoFleet)?.name).toBe("Contoso - Fleet renewal");
    expect(seed.customers.find((c) => c.id === seedIds.customers.contoso)?.name).toBe("Contoso");
    expect(types(people.bruno.emailAddress)).toEqual(["accounts", "contacts", "opportunities"]);
    expect(seed.opportunities.find((o) => o.contactId === seedIds.contacts.bruno)).toMatchObject({
      name: "Fabrikam - Warehouse scanners",
      status: "in_progress",
    });
    expect(recordsMatchingAddress(seed, people.priya.emailAddress)).toEqual([{ type: "leads", id: seedIds.leads.priya }]);
    expect(types(people.contosoSales.emailAddress)).toEqual(["accounts", "contacts", "contacts"]);
    expect(types(people.kenji.emailAddress)).toEqual(["customerusers", "orders", "orders", "orders", "rfqs"]);
    expect(recordsMatchingAddress(seed, people.stranger.emailAddress)).toEqual([]);
    expect(recordsMatchingAddress(seed, people.newsletter.emailAddress)).toEqual([]);
  });

  test("every tenth bulk recipient is a contact", () => {
    const seed = createSeedData();
    const isContact = (n: number) => recordsMatchingAddress(seed, `recipient${n}@${bulkRecipientDomain}`).some((ref) => ref.type === "contacts");
    expect(isContact(10)).toBe(true);
    expect(isContact(bulkRecipientCount)).toBe(true);
    expect(isContact(11)).toBe(false);
    const bulkContacts = seed.contacts.filter((contact) => contact.emails.some((email) => email.endsWith(`@${bulkRecipientDomain}`)));
    expect(bulkContacts).toHaveLength(bulkRecipientCount / 10);
  });

  test("stores the demo messages with their thread and context, owned by the sales user", () => {
    const seed = createSeedData();
    const byMessageId = (messageId: string) => seed.emails.find((email) => email.messageId === messageId);
    const first = byMessageId(storedMessages.threadOneFirst);
    const reply = byMessageId(storedMessages.threadOneReply);
    const bruno = byMessageId(storedMessages.brunoQuestion);
    expect(first?.threadId).toBe(reply?.threadId);
    expect(first?.activityTargets).toEqual([
      { type: "accounts", id: seedIds.accounts.contoso },
      { type: "opportunities", id: seedIds.opportunities.contosoFleet },
    ]);
    expect(reply?.activityTargets).toEqual([]);
    expect(bruno?.activityTargets).toEqual([{ type: "contacts", id: seedIds.contacts.bruno }]);
    for (const email of [first, reply, bruno]) expect(email?.ownerUserIds).toContain(seedIds.users.sales);
  });
});
