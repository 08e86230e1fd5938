import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { createOroClient } from "./oro-client";
import { OroApiError } from "./oro-api-error";
import { jsonApi } from "../../tests/support/json-api";
import {
  addActivityTargets,
  createEmail,
  findEmailsByMessageId,
  getActivityTargets,
  getEmailThreadContext,
  getEntity,
  getNextContextPage,
  getUserProfile,
  listContextEntityTypes,
  parseContextItemId,
  removeThreadContext,
  searchContextRecords,
  withBothMessageIdForms,
} from "./resources";

const api = "https://crm.example.com/admin/api";
const view = "https://crm.example.com/admin";
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = createOroClient({
  apiBaseUrl: api,
  getAccessToken: () => Promise.resolve("token"),
  onUnauthorized: () => Promise.resolve(null),
  retry: { attempts: 0 },
});

function threadItem(type: string, id: string, emailId: string, entityName: string, isContext: boolean) {
  return {
    type: "emailthreadcontext",
    id: `${type}-${id}-${emailId}`,
    attributes: { entityName, isContext },
    relationships: { entity: { data: { type, id } } },
    links: { entityUrl: `${view}/${type}/view/${id}` },
  };
}

test("reads the current user with the roles Oro included", async () => {
  server.use(
    http.get(`${api}/userprofile`, ({ request }) => {
      expect(new URL(request.url).search).toBe("?include=userRoles");
      return jsonApi({
        data: {
          type: "users",
          id: "2",
          attributes: { username: "sales", email: "sam.seller@northwind.example", firstName: "Sam", lastName: "Seller", avatar: null },
          relationships: { userRoles: { data: [{ type: "userroles", id: "1" }, { type: "userroles", id: "3" }] } },
        },
        included: [
          { type: "userroles", id: "1", attributes: { role: "ROLE_USER", label: "User" } },
          { type: "userroles", id: "3", attributes: { role: "ROLE_ADMINISTRATOR", label: "Administrator" } },
          { type: "businessunits", id: "1", attributes: { name: "Main" } },
        ],
      });
    }),
  );
  const profile = await getUserProfile(client);
  expect(profile).toMatchObject({ id: "2", username: "sales", email: "sam.seller@northwind.example", firstName: "Sam" });
  expect(profile.roles.map((role) => role.role)).toEqual(["ROLE_USER", "ROLE_ADMINISTRATOR"]);
});

test("lists the entity types the user may use as context", async () => {
  server.use(
    http.get(`${api}/emailcontextentities`, ({ request }) => {
      expect(new URL(request.url).search).toBe("?filter[allowed]=true");
      return jsonApi({
        data: [
          { type: "emailcontextentities", id: "contacts", attributes: { entityType: "contacts", entityName: "Contact", allowed: true } },
          { type: "emailcontextentities", id: "accounts", attributes: { entityType: "accounts", entityName: "", allowed: true } },
        ],
      });
    }),
  );
  expect(await listContextEntityTypes(client)).toEqual([
    { entityType: "contacts", entityName: "Contact", allowed: true },
    { entityType: "accounts", entityName: "accounts", allowed: true },
  ]);
});

describe("thread context", () => {
  test("asks for the thread's context with both Message-ID forms and every address filter", async () => {
    let search = "";
    server.use(
      http.get(`${api}/emailthreadcontext`, ({ request }) => {
        search = new URL(request.url).search;
        return jsonApi({ data: [] });
      }),
    );
    await getEmailThreadContext(client, {
      messageIds: ["<thread-1.msg-2@northwind.example>"],
      from: "olivia.chen@contoso.example",
      to: ["sam.seller@northwind.example"],
      cc: ["sales@contoso.example", "bcc+copy@contoso.example"],
      entities: ["contacts", "accounts"],
      excludeCurrentUser: true,
      include: "entity",
      pageNumber: 1,
      pageSize: 20,
    });
    expect(search).toBe(
      "?filter[messageId]=%3Cthread-1.msg-2%40northwind.example%3E,thread-1.msg-2%40northwind.example" +
        "&filter[from]=olivia.chen%40contoso.example&filter[to]=sam.seller%40northwind.example" +
        "&filter[cc]=sales%40contoso.example,bcc%2Bcopy%40contoso.example&filter[entities]=contacts,accounts" +
        "&filter[excludeCurrentUser]=true&include=entity&page[number]=1&page[size]=20",
    );
  });

  test("returns in-context records and suggestions with their email, view link and embedded record", async () => {
    server.use(
      http.get(`${api}/emailthreadcontext`, () =>
        jsonApi(
          {
            data: [
              threadItem("accounts", "3", "41", "Contoso Ltd", true),
              threadItem("contacts", "5", "0", "Olivia Chen", false),
              threadItem("widgets", "8", "0", "A custom record", false),
            ],
            included: [
              { type: "accounts", id: "3", attributes: { name: "Contoso Ltd" }, meta: { title: "Contoso Ltd" } },
              { type: "contacts", id: "5", attributes: { firstName: "Olivia", lastName: "Chen", primaryEmail: "olivia.chen@contoso.example" } },
              { type: "widgets", id: "8", attributes: { gadget: { nested: [1, 2, 3] } }, relationships: { odd: "not json:api" } },
              { note: "a member without type or id" },
            ],
            links: { next: `${api}/emailthreadcontext?page[number]=2` },
          },
          { headers: { "X-Include-Total-Count": "23" } },
        ),
      ),
    );
    const page = await getEmailThreadContext(client, { messageIds: ["<a@b>"], include: "entity", withTotal: true });
    expect(page.total).toBe(23);
    expect(page.next).toBe(`${api}/emailthreadcontext?page[number]=2`);
    expect(page.items).toHaveLength(3);
    expect(page.items[0]).toMatchObject({
      itemId: "accounts-3-41",
      entity: { type: "accounts", id: "3" },
      entityName: "Contoso Ltd",
      isContext: true,
      emailId: "41",
      entityUrl: `${view}/accounts/view/3`,
      record: { type: "accounts", id: "3", title: "Contoso Ltd", attributes: { name: "Contoso Ltd" } },
    });
    expect(page.items[1]).toMatchObject({ isContext: false, emailId: null, record: { attributes: { firstName: "Olivia" } } });
    // The unknown type is kept as a generic record; its malformed relationship is dropped, not fatal.
    expect(page.items[2]?.record).toMatchObject({ type: "widgets", id: "8", relationships: {} });
  });

  test("follows the next page link Oro gave", async () => {
    server.use(
      http.get(`${api}/emailthreadcontext`, ({ request }) => {
        expect(new URL(request.url).searchParams.get("page[number]")).toBe("2");
        return jsonApi({ data: [threadItem("leads", "9", "0", "Tailspin Toys - Drone fleet", false)] });
      }),
    );
    const page = await getNextContextPage(client, `${api}/emailthreadcontext?filter[messageId]=x&page[number]=2`);
    expect(page.items[0]?.entityName).toBe("Tailspin Toys - Drone fleet");
    expect(page.next).toBeNull();
  });

  test("refuses to follow a next link off the API", async () => {
    await expect(getNextContextPage(client, "https://elsewhere.example/admin/api/emailthreadcontext?page[number]=2")).rejects.toBeInstanceOf(
      OroApiError,
    );
  });

  test("a page whose item lacks the entity reference is an invalid response", async () => {
    server.use(
      http.get(`${api}/emailthreadcontext`, () =>
        jsonApi({ data: [{ type: "emailthreadcontext", id: "contacts-5-0", attributes: { entityName: "Olivia Chen" } }] }),
      ),
    );
    await expect(getEmailThreadContext(client, { messageIds: ["<a@b>"] })).rejects.toMatchObject({ kind: "invalidResponse" });
  });

  test("needs a Message-ID", async () => {
    await expect(getEmailThreadContext(client, { messageIds: ["  ", "<>"] })).rejects.toBeInstanceOf(RangeError);
  });
});

describe("item ids", () => {
  test.each([
    ["contacts-5-12", { entityType: "contacts", entityId: "5", emailId: "12" }],
    ["contacts-5-0", { entityType: "contacts", entityId: "5", emailId: null }],
    ["customer-users-17-300", { entityType: "customer-users", entityId: "17", emailId: "300" }],
  ])("parses %s from the right", (itemId, expected) => {
    expect(parseContextItemId(itemId)).toEqual(expected);
  });

  test("rejects ids that are not type-id-emailId", () => {
    expect(parseContextItemId("contacts")).toBeNull();
    expect(parseContextItemId("contacts-5")).toBeNull();
    expect(parseContextItemId("contacts-5-x")).toBeNull();
  });
});

test("searches records for context with only the search text and entity filters", async () => {
  server.use(
    http.get(`${api}/emailcontextsearch`, ({ request }) => {
      expect(new URL(request.url).search).toBe("?filter[searchText]=Fabrikam%20%2B%20Co&filter[entities]=accounts&page[number]=1&page[size]=10");
      return jsonApi({
        data: [
          {
            type: "emailcontextsearch",
            id: "accounts-4",
            attributes: { entityName: "Fabrikam Inc" },
            relationships: { entity: { data: { type: "accounts", id: "4" } } },
            links: { entityUrl: { href: `${view}/account/view/4` } },
          },
        ],
      });
    }),
  );
  const page = await searchContextRecords(client, { searchText: "Fabrikam + Co", entities: ["accounts"], pageNumber: 1, pageSize: 10 });
  expect(page.items).toEqual([
    { itemId: "accounts-4", entity: { type: "accounts", id: "4" }, entityName: "Fabrikam Inc", entityUrl: `${view}/account/view/4`, record: null },
  ]);
  expect(page.total).toBeNull();
});

test("a search can embed the records it finds, asked for before paging", async () => {
  server.use(
    http.get(`${api}/emailcontextsearch`, ({ request }) => {
      expect(new URL(request.url).search).toBe("?filter[searchText]=Olivia&include=entity&page[number]=1&page[size]=20");
      return jsonApi({
        data: [
          {
            type: "emailcontextsearch",
            id: "contacts-5",
            attributes: { entityName: "Olivia Chen" },
            relationships: { entity: { data: { type: "contacts", id: "5" } } },
          },
        ],
        included: [{ type: "contacts", id: "5", attributes: { primaryEmail: "olivia.chen@contoso.example" } }],
      });
    }),
  );
  const page = await searchContextRecords(client, { searchText: "Olivia", entities: [], include: "entity", pageNumber: 1, pageSize: 20 });
  expect(page.items[0]?.record).toMatchObject({ type: "contacts", id: "5", attributes: { primaryEmail: "olivia.chen@contoso.example" } });
});

test("reads one record with its display title", async () => {
  server.use(
    http.get(`${api}/contacts/5`, ({ request }) => {
      expect(new URL(request.url).search).toBe("?meta=title");
      return jsonApi({ data: { type: "contacts", id: "5", attributes: { firstName: "Olivia" }, meta: { title: "Olivia Chen" } } });
    }),
  );
  expect(await getEntity(client, "contacts", "5")).toMatchObject({ type: "contacts", id: "5", title: "Olivia Chen" });
});

test("finds an email by Message-ID in either stored form, asking only for the fields it reads", async () => {
  server.use(
    http.get(`${api}/emails`, ({ request }) => {
      expect(new URL(request.url).search).toBe(
        "?filter[messageId]=%3Cq-4471%40fabrikam.example%3E,q-4471%40fabrikam.example&fields[emails]=messageId,subject",
      );
      return jsonApi({ data: [{ type: "emails", id: "12", attributes: { messageId: "<q-4471@fabrikam.example>", subject: "Scanners?" } }] });
    }),
  );
  expect(await findEmailsByMessageId(client, ["q-4471@fabrikam.example"])).toEqual([
    { id: "12", messageId: "<q-4471@fabrikam.example>", subject: "Scanners?" },
  ]);
});

test("Message-ID forms are deduplicated", () => {
  expect(withBothMessageIdForms(["<a@b>", "a@b", " "])).toEqual(["<a@b>", "a@b"]);
});

describe("writing context", () => {
  test("creates an email with its context in one request", async () => {
    let body: unknown = null;
    server.use(
      http.post(`${api}/emails`, async ({ request }) => {
        body = await request.json();
        return jsonApi({ data: { type: "emails", id: "77", attributes: {} } }, { status: 201 });
      }),
    );
    const result = await createEmail(client, {
      subject: "Fleet renewal",
      from: { name: "Olivia Chen", email: "olivia.chen@contoso.example" },
      toRecipients: [{ email: "sam.seller@northwind.example", name: "" }],
      ccRecipients: [],
      messageId: "thread-1.msg-1@contoso.example",
      sentAt: new Date("2025-03-04T10:00:00Z"),
      body: { type: "text", content: "Hello" },
      activityTargets: [{ type: "accounts", id: "3" }],
    });
    expect(result).toEqual({ id: "77" });
    expect(body).toEqual({
      data: {
        type: "emails",
        attributes: {
          subject: "Fleet renewal",
          from: { name: "Olivia Chen", email: "olivia.chen@contoso.example" },
          toRecipients: [{ email: "sam.seller@northwind.example" }],
          messageId: "<thread-1.msg-1@contoso.example>",
          sentAt: "2025-03-04T10:00:00.000Z",
          internalDate: "2025-03-04T10:00:00.000Z",
          body: { type: "text", content: "Hello" },
        },
        relationships: { activityTargets: { data: [{ type: "accounts", id: "3" }] } },
      },
    });
  });

  test("an email Oro already has surfaces as a conflict", async () => {
    server.use(
      http.post(`${api}/emails`, () =>
        jsonApi({ errors: [{ status: "409", title: "conflict constraint", detail: "The email already exists." }] }, { status: 409 }),
      ),
    );
    await expect(
      createEmail(client, { subject: "x", from: { email: "a@b.example" }, toRecipients: [], messageId: "<x@y>", sentAt: "2025-01-01T00:00:00Z" }),
    ).rejects.toMatchObject({ kind: "conflict" });
  });

  test("reads the records already in one email's context", async () => {
    server.use(
      http.get(`${api}/emails/12/relationships/activityTargets`, ({ request }) => {
        expect(new URL(request.url).search).toBe("");
        return jsonApi({ data: [{ type: "contacts", id: "5", meta: { emailThreadContextItemId: "contacts-5-12" } }, { type: "accounts", id: "3" }] });
      }),
    );
    expect(await getActivityTargets(client, "12")).toEqual([
      { type: "contacts", id: "5", threadContextItemId: "contacts-5-12" },
      { type: "accounts", id: "3", threadContextItemId: null },
    ]);
  });

  test("adding context returns Oro's targets with their thread item ids (6.x)", async () => {
    server.use(
      http.post(`${api}/emails/12/relationships/activityTargets`, () =>
        jsonApi({
          data: [
            { type: "contacts", id: "5", meta: { emailThreadContextItemId: "contacts-5-12" } },
            { type: "accounts", id: "3", meta: { emailThreadContextItemId: 1 } },
            { type: "users", id: "2" },
          ],
        }),
      ),
    );
    expect(await addActivityTargets(client, "12", [{ type: "contacts", id: "5" }])).toEqual([
      { type: "contacts", id: "5", threadContextItemId: "contacts-5-12" },
      { type: "accounts", id: "3", threadContextItemId: "1" },
      { type: "users", id: "2", threadContextItemId: null },
    ]);
  });

  test("adding context accepts a 204 without body (5.1)", async () => {
    server.use(http.post(`${api}/emails/12/relationships/activityTargets`, () => new HttpResponse(null, { status: 204 })));
    expect(await addActivityTargets(client, "12", [{ type: "contacts", id: "5" }])).toBeNull();
  });

  test("removes a record from the thread's context", async () => {
    let removed = false;
    server.use(
      http.delete(`${api}/emailthreadcontext/contacts-5-12`, () => {
        removed = true;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    await removeThreadContext(client, "contacts-5-12");
    expect(removed).toBe(true);
  });

  test("removing a record that is no longer in context is a not-found error", async () => {
    server.use(
      http.delete(`${api}/emailthreadcontext/contacts-5-12`, () =>
        jsonApi({ errors: [{ status: "404", title: "not found http exception" }] }, { status: 404 }),
      ),
    );
    await expect(removeThreadContext(client, "contacts-5-12")).rejects.toMatchObject({ kind: "notFound" });
  });
});
