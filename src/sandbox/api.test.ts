import { describe, expect, test } from "vitest";
import { oroUsers, people, storedMessages, unstoredMessageId } from "./demo-identities";
import { createOroSandbox, type OroSandbox } from "./oro-sandbox";
import { plusAddressContact, seedIds } from "./seed";
import { apiClient, jsonApiErrorsSchema, jsonApiSingleSchema } from "./testing";

const base = "https://oro.test";

function commerceSandbox(): OroSandbox {
  return createOroSandbox({ baseUrl: base });
}

const enc = encodeURIComponent;

function ids(list: { data: { id: string }[] }): string[] {
  return list.data.map((item) => item.id);
}

describe("authentication", () => {
  test("a missing, unknown or expired token gets 401 with an empty body and WWW-Authenticate: Bearer", async () => {
    const sandbox = commerceSandbox();
    const tokens = await sandbox.issueTokens("sales");
    const call = (authorization?: string) =>
      sandbox.fetch(
        new Request(`${base}/admin/api/userprofile`, { headers: authorization === undefined ? {} : { Authorization: authorization } }),
      );
    sandbox.expireAccessTokens();
    for (const response of [await call(), await call("Bearer not-a-jwt"), await call(`Bearer ${tokens.access_token}`)]) {
      expect(response.status).toBe(401);
      expect(response.headers.get("WWW-Authenticate")).toBe("Bearer");
      expect(await response.text()).toBe("");
    }
  });

  test("with OroCommerce, /api/ is the storefront API and refuses back-office tokens", async () => {
    const sandbox = commerceSandbox();
    const api = await apiClient(sandbox, "sales");
    const response = await sandbox.fetch(new Request(`${base}/api/userprofile`, { headers: { Authorization: `Bearer ${api.accessToken}` } }));
    expect(response.status).toBe(401);
    expect(await response.text()).toBe("");
    expect((await api.get("userprofile")).status).toBe(200);
  });

  test("userprofile is the token's user, with roles embedded by include=userRoles", async () => {
    const sandbox = commerceSandbox();
    const api = await apiClient(sandbox, "admin");
    const response = await api.get("userprofile?include=userRoles");
    expect(response.headers.get("Content-Type")).toBe("application/vnd.api+json");
    const body = jsonApiSingleSchema.parse(await response.json());
    expect(body.data).toMatchObject({
      type: "users",
      id: String(seedIds.users.admin),
      attributes: { username: "admin", email: oroUsers.admin.email, firstName: oroUsers.admin.firstName },
    });
    expect(body.included).toEqual([{ type: "userroles", id: "1", attributes: { role: "ROLE_ADMINISTRATOR", label: "Administrator" } }]);
  });
});

describe("strict query strings", () => {
  test.each([
    ["contacts?filter[nickname]=x", "filter[nickname]"],
    ["contacts?_=1712345678", "_"],
    [`emailthreadcontext?filter[messageId]=${enc(storedMessages.brunoQuestion)}&filter[cc][]=a@b.example`, "filter[cc][]"],
    ["userprofile?page[size]=5", "page[size]"],
  ])("%s is a 400 'The filter is not supported.'", async (path, parameter) => {
    const api = await apiClient(commerceSandbox(), "sales");
    const response = await api.get(path);
    expect(response.status).toBe(400);
    expect(jsonApiErrorsSchema.parse(await response.json()).errors).toEqual([
      { status: "400", title: "filter constraint", detail: "The filter is not supported.", source: { parameter } },
    ]);
  });

  test("searchText cannot be combined with from", async () => {
    const api = await apiClient(commerceSandbox(), "sales");
    const response = await api.get(`emailthreadcontext?filter[messageId]=${enc(unstoredMessageId)}&filter[searchText]=olivia&filter[from]=a@b.example`);
    expect(response.status).toBe(400);
    const [error] = jsonApiErrorsSchema.parse(await response.json()).errors;
    expect(error?.source?.parameter).toBe("filter[searchText]");
    expect(error?.detail).toBe(
      'The search text cannot be specified together with "from", "to", "cc", "isContext" or "excludeCurrentUser" filters.',
    );
  });

  test("the Message-ID filter is required", async () => {
    const api = await apiClient(commerceSandbox(), "sales");
    const response = await api.get("emailthreadcontext?filter[from]=a@b.example");
    expect(response.status).toBe(400);
    expect(jsonApiErrorsSchema.parse(await response.json()).errors[0]).toMatchObject({
      detail: "The Message-ID is required.",
      source: { parameter: "filter[messageId]" },
    });
  });

  test("a literal + must travel as %2B: a raw + is a space", async () => {
    const api = await apiClient(commerceSandbox(), "sales");
    const encoded = await api.list(`contacts?filter[primaryEmail]=${enc(plusAddressContact.email)}`);
    expect(ids(encoded)).toEqual([String(seedIds.contacts.plusAddress)]);
    const raw = await api.list(`contacts?filter[primaryEmail]=${plusAddressContact.email}`);
    expect(raw.data).toEqual([]);
  });
});

describe("paging", () => {
  test("links.next appears only while more records exist, and X-Include: totalCount adds the total", async () => {
    const sandbox = commerceSandbox();
    const api = await apiClient(sandbox, "sales");
    const first = await api.get("contacts?page[size]=100", { "X-Include": "totalCount" });
    const total = Number(first.headers.get("X-Include-Total-Count"));
    expect(total).toBe(sandbox.model.data.contacts.length);
    const firstBody = (await api.list("contacts?page[size]=100"));
    expect(firstBody.data).toHaveLength(100);
    expect(firstBody.links?.next).toBe(`${base}/admin/api/contacts?page%5Bsize%5D=100&page%5Bnumber%5D=2`);
    const second = await api.list("contacts?page[size]=100&page[number]=2");
    expect(second.data).toHaveLength(total - 100);
    expect(second.links).toBeUndefined();
  });

  test("the default page has 10 records and page[size]=-1 returns all", async () => {
    const sandbox = commerceSandbox();
    const api = await apiClient(sandbox, "sales");
    expect((await api.list("accounts")).data).toHaveLength(10);
    expect((await api.list("accounts?page[size]=-1")).data).toHaveLength(sandbox.model.data.accounts.length);
  });
});

describe("entity resources", () => {
  test("a record with meta=title has Oro's display title", async () => {
    const api = await apiClient(commerceSandbox(), "sales");
    const body = jsonApiSingleSchema.parse(await (await api.get(`contacts/${seedIds.contacts.olivia}?meta=title`)).json());
    expect(body.data.meta).toEqual({ title: "Ms. Olivia Chen" });
    expect(body.data.attributes).toMatchObject({ primaryEmail: people.olivia.emailAddress });
    expect(body.data.relationships?.accounts).toEqual({ data: [{ type: "accounts", id: String(seedIds.accounts.contoso) }] });
  });

  test("an opportunity links account, contact and status; an order its customer user and totals", async () => {
    const api = await apiClient(commerceSandbox(), "sales");
    const opportunity = jsonApiSingleSchema.parse(
      await (await api.get(`opportunities/${seedIds.opportunities.contosoFleet}?include=status`)).json(),
    );
    expect(opportunity.data.relationships).toMatchObject({
      account: { data: { type: "accounts", id: String(seedIds.accounts.contoso) } },
      contact: { data: { type: "contacts", id: String(seedIds.contacts.olivia) } },
      status: { data: { type: "opportunitystatuses", id: "negotiation" } },
    });
    expect(opportunity.included).toEqual([{ type: "opportunitystatuses", id: "negotiation", attributes: { name: "Negotiation" } }]);
    const order = jsonApiSingleSchema.parse(await (await api.get(`orders/${seedIds.orders.kenji[0]}`)).json());
    expect(order.data.attributes).toMatchObject({ currency: "USD", totalValue: "8790.2500" });
    expect(order.data.relationships?.customerUser).toEqual({ data: { type: "customerusers", id: String(seedIds.customerUsers.kenji) } });
  });

  test("an unknown record is a 404 JSON:API error", async () => {
    const api = await apiClient(commerceSandbox(), "sales");
    const response = await api.get("contacts/999999");
    expect(response.status).toBe(404);
    expect(jsonApiErrorsSchema.parse(await response.json()).errors[0]?.status).toBe("404");
  });

  test("emailcontextentities lists the 11 types with Oro's labels", async () => {
    const api = await apiClient(commerceSandbox(), "sales");
    const list = await api.list("emailcontextentities?filter[allowed]=true&page[size]=-1");
    expect(list.data).toHaveLength(11);
    expect(list.data.find((item) => item.id === "contacts")).toEqual({
      type: "emailcontextentities",
      id: "contacts",
      attributes: { entityType: "contacts", entityName: "Contact", allowed: true },
    });
    expect((await api.list("emailcontextentities?filter[allowed]=false")).data).toEqual([]);
  });
});

function threadContext(messageIds: string[], filters = ""): string {
  return `emailthreadcontext?filter[messageId]=${messageIds.map(enc).join(",")}${filters}&page[size]=-1`;
}

describe("email thread context", () => {
  test("context added on the first message shows for the reply, in context, with the reply's id", async () => {
    const sandbox = commerceSandbox();
    const api = await apiClient(sandbox, "sales");
    const added = await api.post(`emails/${seedIds.emails.threadOneFirst}/relationships/activityTargets`, {
      data: [{ type: "contacts", id: String(seedIds.contacts.olivia) }],
    });
    expect(added.status).toBe(200);
    const list = await api.list(threadContext([storedMessages.threadOneReply], "&filter[isContext]=true"));
    const reply = seedIds.emails.threadOneReply;
    expect(ids(list)).toEqual([
      `accounts-${seedIds.accounts.contoso}-${reply}`,
      `opportunities-${seedIds.opportunities.contosoFleet}-${reply}`,
      `contacts-${seedIds.contacts.olivia}-${reply}`,
    ]);
    expect(list.data[2]).toEqual({
      type: "emailthreadcontext",
      id: `contacts-${seedIds.contacts.olivia}-${reply}`,
      links: { entityUrl: `${base}/admin/contact/view/${seedIds.contacts.olivia}` },
      attributes: { entityName: "Ms. Olivia Chen", isContext: true },
      relationships: { entity: { data: { type: "contacts", id: String(seedIds.contacts.olivia) } } },
    });
  });

  test("a stored message suggests the owners of its addresses as could-be-related (emailId 0)", async () => {
    const api = await apiClient(commerceSandbox(), "sales");
    const list = await api.list(threadContext([storedMessages.threadOneFirst], "&filter[isContext]=false"));
    expect(list.data.every((item) => item.id.endsWith("-0") && item.attributes?.isContext === false)).toBe(true);
    expect(ids(list)).toEqual(
      expect.arrayContaining([
        `contacts-${seedIds.contacts.olivia}-0`,
        `leads-${seedIds.leads.olivia}-0`,
        `customerusers-${seedIds.customerUsers.olivia}-0`,
        `orders-${seedIds.orders.olivia[0]}-0`,
        `users-${seedIds.users.sales}-0`,
      ]),
    );
    expect(ids(list)).not.toContain(`accounts-${seedIds.accounts.contoso}-0`);
  });

  test("for a message Oro does not have, suggestions come from the address filters alone", async () => {
    const api = await apiClient(commerceSandbox(), "sales");
    const list = await api.list(
      threadContext([unstoredMessageId, unstoredMessageId.slice(1, -1)], `&filter[from]=${enc(people.priya.emailAddress)}`),
    );
    expect(list.data).toEqual([
      expect.objectContaining({ id: `leads-${seedIds.leads.priya}-0`, attributes: { entityName: "Tailspin Toys - Drone fleet", isContext: false } }),
    ]);
    expect((await api.list(threadContext([unstoredMessageId]))).data).toEqual([]);
  });

  test("the shared Contoso address matches both contacts and their account", async () => {
    const api = await apiClient(commerceSandbox(), "sales");
    const list = await api.list(threadContext([unstoredMessageId], `&filter[to]=${enc(people.contosoSales.emailAddress)}`));
    expect(ids(list).sort()).toEqual(
      [`contacts-${seedIds.contacts.contosoSalesDaniel}-0`, `contacts-${seedIds.contacts.contosoSalesMaria}-0`, `accounts-${seedIds.accounts.contoso}-0`].sort(),
    );
  });

  test("Kenji matches as customer user with his orders and RFQ; strangers match nothing", async () => {
    const api = await apiClient(commerceSandbox(), "sales");
    const kenji = await api.list(threadContext([unstoredMessageId], `&filter[cc]=${enc(people.kenji.emailAddress)}`));
    expect(ids(kenji).sort()).toEqual(
      [
        `customerusers-${seedIds.customerUsers.kenji}-0`,
        ...seedIds.orders.kenji.map((id) => `orders-${id}-0`),
        `rfqs-${seedIds.rfqs.kenji}-0`,
      ].sort(),
    );
    const strangers = await api.list(
      threadContext([unstoredMessageId], `&filter[from]=${enc(people.stranger.emailAddress)}&filter[to]=${enc(people.newsletter.emailAddress)}`),
    );
    expect(strangers.data).toEqual([]);
  });

  test("excludeCurrentUser drops the token's user, entities limits the types", async () => {
    const api = await apiClient(commerceSandbox(), "sales");
    const addresses = `&filter[from]=${enc(people.bruno.emailAddress)}&filter[to]=${enc(oroUsers.sales.email)},${enc(oroUsers.admin.email)}`;
    const all = await api.list(threadContext([unstoredMessageId], addresses));
    expect(ids(all)).toContain(`users-${seedIds.users.sales}-0`);
    const excluded = await api.list(threadContext([unstoredMessageId], `${addresses}&filter[excludeCurrentUser]=true`));
    expect(ids(excluded)).not.toContain(`users-${seedIds.users.sales}-0`);
    expect(ids(excluded)).toContain(`users-${seedIds.users.admin}-0`);
    const contactsOnly = await api.list(threadContext([unstoredMessageId], `${addresses}&filter[entities]=contacts`));
    expect(ids(contactsOnly)).toEqual([`contacts-${seedIds.contacts.bruno}-0`]);
  });

  test("searchText finds records by title or email, flagged when in context", async () => {
    const api = await apiClient(commerceSandbox(), "sales");
    const list = await api.list(threadContext([storedMessages.threadOneFirst], "&filter[searchText]=CONTOSO LTD"));
    expect(list.data).toContainEqual(
      expect.objectContaining({ id: `accounts-${seedIds.accounts.contoso}-${seedIds.emails.threadOneFirst}`, attributes: { entityName: "Contoso Ltd", isContext: true } }),
    );
    const byEmail = await api.list(threadContext([unstoredMessageId], `&filter[searchText]=${enc("bruno.martin@")}&filter[entities]=contacts`));
    expect(ids(byEmail)).toEqual([`contacts-${seedIds.contacts.bruno}-0`]);
  });

  test("include=entity embeds the records", async () => {
    const api = await apiClient(commerceSandbox(), "sales");
    const list = await api.list(`${threadContext([storedMessages.brunoQuestion])}&include=entity&filter[entities]=contacts`);
    expect(list.included).toEqual([expect.objectContaining({ type: "contacts", id: String(seedIds.contacts.bruno) })]);
  });

  test("DELETE removes a record from every email of the thread; a second DELETE is a 404", async () => {
    const sandbox = commerceSandbox();
    const api = await apiClient(sandbox, "sales");
    sandbox.model.addActivityTargets(seedIds.emails.threadOneReply, [{ type: "accounts", id: seedIds.accounts.contoso }]);
    const id = `accounts-${seedIds.accounts.contoso}-${seedIds.emails.threadOneReply}`;
    const response = await api.delete(`emailthreadcontext/${id}`);
    expect(response.status).toBe(204);
    expect(sandbox.model.activityTargetsOf(seedIds.emails.threadOneFirst)).toEqual([
      { type: "opportunities", id: seedIds.opportunities.contosoFleet },
    ]);
    expect(sandbox.model.activityTargetsOf(seedIds.emails.threadOneReply)).toEqual([]);
    expect((await api.delete(`emailthreadcontext/${id}`)).status).toBe(404);
    expect((await api.delete(`emailthreadcontext/contacts-${seedIds.contacts.olivia}-0`)).status).toBe(404);
  });

  test("emailthreadcontext only allows GET on the list and DELETE on items", async () => {
    const api = await apiClient(commerceSandbox(), "sales");
    const response = await api.post("emailthreadcontext", { data: { type: "emailthreadcontext" } });
    expect(response.status).toBe(405);
    expect(response.headers.get("Allow")).toBe("OPTIONS, GET");
  });

  test("emailcontext covers the single message only, with <type>-<id> ids", async () => {
    const api = await apiClient(commerceSandbox(), "sales");
    const list = await api.list(`emailcontext?filter[messageId]=${enc(storedMessages.threadOneReply)}&filter[isContext]=true`);
    expect(list.data).toEqual([]);
    const first = await api.list(`emailcontext?filter[messageId]=${enc(storedMessages.threadOneFirst)}&filter[isContext]=true`);
    expect(ids(first)).toEqual([`accounts-${seedIds.accounts.contoso}`, `opportunities-${seedIds.opportunities.contosoFleet}`]);
    expect(first.data[0]?.type).toBe("emailcontext");
  });
});

describe("search", () => {
  test("emailcontextsearch and search find records by text across the chosen types", async () => {
    const api = await apiClient(commerceSandbox(), "sales");
    const list = await api.list("emailcontextsearch?filter[searchText]=fabrikam&filter[entities]=accounts,opportunities");
    expect(list.data).toEqual([
      {
        type: "emailcontextsearch",
        id: `accounts-${seedIds.accounts.fabrikam}`,
        links: { entityUrl: `${base}/admin/account/view/${seedIds.accounts.fabrikam}` },
        attributes: { entityName: "Fabrikam Inc" },
        relationships: { entity: { data: { type: "accounts", id: String(seedIds.accounts.fabrikam) } } },
      },
      expect.objectContaining({ id: `opportunities-${seedIds.opportunities.fabrikamScanners}` }),
    ]);
    const search = await api.list("search?filter[searchText]=kenji");
    expect(search.data.map((item) => item.type)).toEqual(["search", "search"]);
    expect(ids(search)).toEqual([`customerusers-${seedIds.customerUsers.kenji}`, `rfqs-${seedIds.rfqs.kenji}`]);
  });

  test("with the platform layout entity URLs have no prefix", async () => {
    const api = await apiClient(createOroSandbox({ baseUrl: base, layout: "platform" }), "sales");
    const list = await api.list("search?filter[searchText]=Tailspin Toys - Drone&filter[entities]=leads");
    expect(list.data[0]?.links).toEqual({ entityUrl: `${base}/lead/view/${seedIds.leads.priya}` });
  });
});

const newEmail = (messageId: string) => ({
  data: {
    type: "emails",
    attributes: {
      subject: "Scanner pricing",
      from: { name: "Bruno Martin", email: people.bruno.emailAddress },
      toRecipients: [{ name: "Sam Seller", email: oroUsers.sales.email }],
      ccRecipients: [{ email: people.stranger.emailAddress }],
      messageId,
      sentAt: "2025-01-07T10:00:00Z",
      internalDate: "2025-01-07T10:00:05Z",
      body: { type: "text", content: "Hi Sam" },
    },
    relationships: { activityTargets: { data: [{ type: "opportunities", id: String(seedIds.opportunities.fabrikamScanners) }] } },
  },
});

describe("emails", () => {
  test("filter[messageId] finds only emails the user owns a copy of", async () => {
    const sandbox = commerceSandbox();
    const admin = await apiClient(sandbox, "admin");
    const sales = await apiClient(sandbox, "sales");
    const both = `emails?filter[messageId]=${enc(storedMessages.threadOneFirst)},${enc(storedMessages.brunoQuestion)}`;
    expect(ids(await sales.list(both)).sort()).toEqual([String(seedIds.emails.threadOneFirst), String(seedIds.emails.brunoQuestion)].sort());
    expect(ids(await admin.list(both))).toEqual([String(seedIds.emails.threadOneFirst)]);
    expect((await admin.get(`emails/${seedIds.emails.brunoQuestion}`)).status).toBe(403);
  });

  test("POST creates the email with the given context plus the owners of its addresses; the same Message-ID again is 409", async () => {
    const sandbox = commerceSandbox();
    const api = await apiClient(sandbox, "sales");
    const before = sandbox.model.emailCount();
    const response = await api.post("emails", newEmail("<new-1@fabrikam.example>"));
    expect(response.status).toBe(201);
    const created = jsonApiSingleSchema.parse(await response.json());
    expect(response.headers.get("Location")).toBe(`${base}/admin/api/emails/${created.data.id}`);
    expect(sandbox.model.emailCount()).toBe(before + 1);
    const emailId = Number(created.data.id);
    expect(sandbox.model.activityTargetsOf(emailId)).toEqual(
      expect.arrayContaining([
        { type: "opportunities", id: seedIds.opportunities.fabrikamScanners },
        { type: "contacts", id: seedIds.contacts.bruno },
        { type: "users", id: seedIds.users.sales },
      ]),
    );
    expect(created.data.relationships?.activityTargets?.data).toContainEqual({
      type: "opportunities",
      id: String(seedIds.opportunities.fabrikamScanners),
      meta: { emailThreadContextItemId: `opportunities-${seedIds.opportunities.fabrikamScanners}-${emailId}` },
    });

    const conflict = await api.post("emails", newEmail("<new-1@fabrikam.example>"));
    expect(conflict.status).toBe(409);
    expect(jsonApiErrorsSchema.parse(await conflict.json()).errors[0]?.status).toBe("409");
    expect(sandbox.model.emailCount()).toBe(before + 1);
  });

  test("POST without the required attributes lists Oro's not-blank errors", async () => {
    const api = await apiClient(commerceSandbox(), "sales");
    const response = await api.post("emails", { data: { type: "emails" } });
    expect(response.status).toBe(400);
    const pointers = jsonApiErrorsSchema.parse(await response.json()).errors.map((error) => error.source?.pointer);
    expect(pointers).toEqual([
      "/data/attributes/from",
      "/data/attributes/subject",
      "/data/attributes/sentAt",
      "/data/attributes/internalDate",
      "/data/attributes/messageId",
      "/data/attributes/from/email",
    ]);
  });

  test("a reply that references a stored message joins its thread", async () => {
    const sandbox = commerceSandbox();
    const api = await apiClient(sandbox, "sales");
    const body = newEmail("<thread-1.msg-3@northwind.example>");
    const withReferences = { data: { ...body.data, attributes: { ...body.data.attributes, references: [storedMessages.threadOneReply] } } };
    expect((await api.post("emails", withReferences)).status).toBe(201);
    const list = await api.list(threadContext(["<thread-1.msg-3@northwind.example>"], "&filter[isContext]=true"));
    expect(ids(list)).toContain(`accounts-${seedIds.accounts.contoso}-${sandbox.model.emailCount()}`);
  });

  test("activityTargets: POST adds, DELETE removes, both answer 200 with the resulting data", async () => {
    const sandbox = commerceSandbox();
    const api = await apiClient(sandbox, "sales");
    const path = `emails/${seedIds.emails.brunoQuestion}/relationships/activityTargets`;
    const added = await api.post(path, { data: [{ type: "accounts", id: String(seedIds.accounts.fabrikam) }] });
    expect(added.status).toBe(200);
    expect(await added.json()).toEqual({
      data: [
        { type: "contacts", id: String(seedIds.contacts.bruno), meta: { emailThreadContextItemId: `contacts-${seedIds.contacts.bruno}-${seedIds.emails.brunoQuestion}` } },
        { type: "accounts", id: String(seedIds.accounts.fabrikam), meta: { emailThreadContextItemId: `accounts-${seedIds.accounts.fabrikam}-${seedIds.emails.brunoQuestion}` } },
      ],
    });
    const removed = await api.delete(path, { data: [{ type: "contacts", id: String(seedIds.contacts.bruno) }] });
    expect(removed.status).toBe(200);
    expect(await removed.json()).toEqual({
      data: [{ type: "accounts", id: String(seedIds.accounts.fabrikam), meta: { emailThreadContextItemId: `accounts-${seedIds.accounts.fabrikam}-${seedIds.emails.brunoQuestion}` } }],
    });
    expect(await (await api.get(path)).json()).toEqual({ data: [{ type: "accounts", id: String(seedIds.accounts.fabrikam) }] });
    const records = await api.list(`emails/${seedIds.emails.brunoQuestion}/activityTargets?meta=title`);
    expect(records.data).toEqual([expect.objectContaining({ type: "accounts", meta: { title: "Fabrikam Inc" } })]);
  });

  test("PATCH replaces the context; an unknown record is a 400", async () => {
    const sandbox = commerceSandbox();
    const api = await apiClient(sandbox, "sales");
    const path = `emails/${seedIds.emails.brunoQuestion}/relationships/activityTargets`;
    const replaced = await api.patch(path, { data: [{ type: "leads", id: String(seedIds.leads.priya) }] });
    expect(replaced.status).toBe(200);
    expect(sandbox.model.activityTargetsOf(seedIds.emails.brunoQuestion)).toEqual([{ type: "leads", id: seedIds.leads.priya }]);
    const unknown = await api.post(path, { data: [{ type: "contacts", id: "999999" }] });
    expect(unknown.status).toBe(400);
  });
});

describe("request bodies", () => {
  test("a body not declared as application/vnd.api+json is refused with 415", async () => {
    const sandbox = commerceSandbox();
    const { access_token: token } = await sandbox.issueTokens("sales");
    const response = await sandbox.fetch(
      new Request(`${base}/admin/api/emails/${seedIds.emails.brunoQuestion}/relationships/activityTargets`, {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify({ data: [{ type: "accounts", id: String(seedIds.accounts.fabrikam) }] }),
      }),
    );
    expect(response.status).toBe(415);
    expect(sandbox.model.activityTargetsOf(seedIds.emails.brunoQuestion)).toEqual([{ type: "contacts", id: seedIds.contacts.bruno }]);
  });
});
