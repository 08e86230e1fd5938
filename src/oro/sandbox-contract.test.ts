// The client and resource calls against the simulated Oro (src/sandbox): the same contract, end to end.
import { oroUsers, people, storedMessages, unstoredMessageId } from "../sandbox/demo-identities";
import { createOroSandbox, type OroSandbox } from "../sandbox/oro-sandbox";
import { plusAddressContact, seedIds } from "../sandbox/seed";
import { sandboxOroClient } from "../sandbox/testing";
import { createEntityFormatters, defaultEntityTypes, getEntityType } from "./entity-types";
import {
  addActivityTargets,
  createEmail,
  findEmailsByMessageId,
  getEmailThreadContext,
  getEntity,
  getNextContextPage,
  getUserProfile,
  listContextEntityTypes,
  removeThreadContext,
  searchContextRecords,
} from "./resources";

const base = "https://oro.test";

async function connect(username: "admin" | "sales" = "sales", sandbox: OroSandbox = createOroSandbox({ baseUrl: base })) {
  return { sandbox, ...(await sandboxOroClient(sandbox, username, { retry: { baseDelayMs: 1 } })) };
}

test("the current user and their roles come from userprofile", async () => {
  const { client } = await connect("admin");
  const profile = await getUserProfile(client);
  expect(profile.email).toBe(oroUsers.admin.email);
  expect(profile.roles.map((role) => role.role)).toContain("ROLE_ADMINISTRATOR");
});

test("the allowed context types include the defaults, across Oro's pages of 10", async () => {
  const { client } = await connect();
  const types = (await listContextEntityTypes(client)).map((type) => type.entityType);
  expect(types).toEqual(expect.arrayContaining(["accounts", "contacts", "opportunities"]));
  expect(types).toEqual(expect.arrayContaining([...defaultEntityTypes]));
  expect(new Set(types).size).toBe(types.length);
});

test("a reply shows the context added to the first message of its thread, with titled records", async () => {
  const { client } = await connect();
  const page = await getEmailThreadContext(client, {
    messageIds: [storedMessages.threadOneReply],
    from: oroUsers.sales.email,
    to: [people.olivia.emailAddress],
    include: "entity",
    excludeCurrentUser: true,
  });
  const inContext = page.items.filter((item) => item.isContext);
  expect(inContext.map((item) => `${item.entity.type}:${item.entity.id}`)).toEqual(
    expect.arrayContaining([`accounts:${seedIds.accounts.contoso}`, `opportunities:${seedIds.opportunities.contosoFleet}`]),
  );
  for (const item of inContext) expect(item.emailId).not.toBeNull();
  const formatters = createEntityFormatters("en-US");
  for (const item of page.items) {
    const type = getEntityType(item.entity.type);
    expect(type.title(item.record, item.entityName)).not.toBe("");
    type.secondary(item.record, formatters);
    expect(item.entityUrl).toMatch(/^https:\/\/oro\.test\/admin\//);
  }
});

test("an address with a plus finds its contact (the + travels as %2B)", async () => {
  const { client } = await connect();
  const page = await getEmailThreadContext(client, { messageIds: [unstoredMessageId], from: plusAddressContact.email, entities: ["contacts"] });
  expect(page.items.map((item) => item.entityName)).toContain(`${plusAddressContact.firstName} ${plusAddressContact.lastName}`);
});

test("paging follows links.next until the end", async () => {
  const { client } = await connect();
  const seen = new Set<string>();
  let page = await searchContextRecords(client, { searchText: "a", pageSize: 5, withTotal: true });
  expect(page.total).toBeGreaterThan(5);
  for (const item of page.items) seen.add(item.itemId);
  let pages = 1;
  while (page.next !== null && pages < 4) {
    page = await getNextContextPage(client, page.next);
    for (const item of page.items) seen.add(item.itemId);
    pages += 1;
  }
  expect(seen.size).toBe(pages * 5);
});

test("an expired token is refreshed once and the call goes through", async () => {
  const { client, sandbox, refreshes } = await connect();
  sandbox.expireAccessTokens();
  expect((await getUserProfile(client)).email).toBe(oroUsers.sales.email);
  expect(refreshes).toHaveLength(1);
});

test("a record reads with its title, and a missing one is not found", async () => {
  const { client } = await connect();
  const contact = await getEntity(client, "contacts", String(seedIds.contacts.olivia));
  expect(getEntityType("contacts").title(contact)).toContain(people.olivia.displayName);
  await expect(getEntity(client, "contacts", "999999")).rejects.toMatchObject({ kind: "notFound" });
});

test("saving an email twice conflicts, and context then goes onto the stored one", async () => {
  const { client } = await connect();
  const input = {
    subject: "Scanner rollout",
    from: { email: people.bruno.emailAddress, name: people.bruno.displayName },
    toRecipients: [{ email: oroUsers.sales.email }],
    messageId: "<contract-test-1@fabrikam.example>",
    sentAt: "2025-02-01T09:00:00Z",
  };
  const created = await createEmail(client, input);
  await expect(createEmail(client, input)).rejects.toMatchObject({ kind: "conflict" });
  const [found] = await findEmailsByMessageId(client, ["contract-test-1@fabrikam.example"]);
  expect(found?.id).toBe(created.id);
  const targets = await addActivityTargets(client, created.id, [{ type: "accounts", id: String(seedIds.accounts.fabrikam) }]);
  expect(targets?.map((target) => target.type)).toContain("accounts");
});

test("a reply that references a stored message joins its thread and shows its context", async () => {
  const { client } = await connect();
  const created = await createEmail(client, {
    subject: "Re: Fleet renewal",
    from: { email: people.olivia.emailAddress },
    toRecipients: [{ email: oroUsers.sales.email }],
    messageId: "<contract-reply@contoso.example>",
    sentAt: "2025-02-02T09:00:00Z",
    references: [storedMessages.threadOneReply],
  });
  expect(created.id).not.toBe("");
  const page = await getEmailThreadContext(client, { messageIds: ["<contract-reply@contoso.example>"], isContext: true });
  expect(page.items.map((item) => item.entity)).toContainEqual({ type: "accounts", id: String(seedIds.accounts.contoso) });
});

test("removing thread context works once, then the item is not found", async () => {
  const { client } = await connect();
  const itemId = `accounts-${seedIds.accounts.contoso}-${seedIds.emails.threadOneFirst}`;
  await removeThreadContext(client, itemId);
  await expect(removeThreadContext(client, itemId)).rejects.toMatchObject({ kind: "notFound" });
});

test("a proxy's HTML page and rate limiting surface as typed errors", async () => {
  const { client, sandbox } = await connect();
  sandbox.faults.add({ kind: "html", status: 502, path: "userprofile", times: 3 });
  await expect(getUserProfile(client)).rejects.toMatchObject({ kind: "badGateway", status: 502 });
  sandbox.faults.add({ kind: "rate-limit", retryAfterSeconds: 600, path: "userprofile" });
  await expect(getUserProfile(client)).rejects.toMatchObject({ kind: "rateLimited", retryAfterSeconds: 600 });
});
