// What the pane sends to Oro for context and search. The URL-length budget that splits a big recipient list is
// only worth anything if it measures the very URL that goes out, so these tests compare the two byte for byte.
import { QueryClient } from "@tanstack/react-query";
import { beforeEach, describe, expect, test } from "vitest";
import { bulkRecipients } from "../demo/default-scenario";
import { createOroClient, type OroClient } from "../oro/oro-client";
import { demoMailboxOwner, people, storedMessages } from "../sandbox/demo-identities";
import { createOroSandbox } from "../sandbox/oro-sandbox";
import { linkRecordToEmail } from "./context-actions";
import { buildEmailContextLookup, emailContextQueryOptions, emailContextRequestUrl, maxContextUrlLength } from "./email-context";
import type { ConnectionKey } from "./query-keys";
import { searchPageSize, searchQueryOptions } from "./search";
import { readItem } from "../../tests/support/mail-items";

const sandbox = createOroSandbox({ baseUrl: "https://oro.test", layout: "commerce" });
/** With a trailing slash, as an administrator may type it: neither the client nor the budget may double it. */
const apiBaseUrl = `${sandbox.baseUrl}/admin/api/`;
const connection: ConnectionKey = { apiBaseUrl: `${sandbox.baseUrl}/admin/api`, userId: "2" };

type Sent = { method: string; url: string; headers: Record<string, string> };
let sent: Sent[] = [];

async function recordingClient(): Promise<OroClient> {
  const tokens = await sandbox.issueTokens("sales");
  return createOroClient({
    apiBaseUrl,
    getAccessToken: () => Promise.resolve(tokens.access_token),
    onUnauthorized: () => Promise.resolve(null),
    fetch: (input, init) => {
      const request = new Request(input, init);
      // The string the client built, before the URL parser can normalise any of it.
      const url = typeof input === "string" ? input : request.url;
      const headers = Object.fromEntries([...request.headers].filter(([name]) => name !== "authorization"));
      sent.push({ method: request.method, url, headers });
      return sandbox.fetch(request);
    },
  });
}

function newQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}

beforeEach(() => {
  sandbox.reset();
  sent = [];
});

describe("the email context requests", () => {
  test("a normal email is asked for in one request, exactly the URL the length budget measured", async () => {
    const client = await recordingClient();
    const lookup = buildEmailContextLookup({ item: readItem(), ownAddress: demoMailboxOwner.emailAddress, entities: ["accounts", "contacts"], apiBaseUrl });
    if (lookup === null) throw new Error("nothing to look up");
    await newQueryClient().fetchInfiniteQuery(emailContextQueryOptions({ getClient: () => client, connection, lookup }));

    expect(sent).toEqual([
      {
        method: "GET",
        url:
          "https://oro.test/admin/api/emailthreadcontext?filter[messageId]=%3Cq-4471%40fabrikam.example%3E,q-4471%40fabrikam.example" +
          "&filter[from]=bruno.martin%40fabrikam.example&filter[cc]=sales%40contoso.example&filter[entities]=accounts,contacts" +
          "&filter[excludeCurrentUser]=true&include=entity&page[size]=20",
        headers: { accept: "application/vnd.api+json", "x-include": "totalCount" },
      },
    ]);
    expect(sent.map((request) => request.url)).toEqual(lookup.requests.map((request) => emailContextRequestUrl(apiBaseUrl, request)));
  });

  test("a split recipient list sends each part within the safe length, exactly as measured", async () => {
    const client = await recordingClient();
    const item = readItem({ from: { ...demoMailboxOwner }, to: bulkRecipients(), cc: [{ ...people.olivia }] });
    const lookup = buildEmailContextLookup({ item, ownAddress: demoMailboxOwner.emailAddress, entities: null, apiBaseUrl });
    if (lookup === null) throw new Error("nothing to look up");
    expect(lookup.requests.length).toBeGreaterThan(1);
    await newQueryClient().fetchInfiniteQuery(emailContextQueryOptions({ getClient: () => client, connection, lookup }));

    const measured = lookup.requests.map((request) => emailContextRequestUrl(apiBaseUrl, request));
    expect(sent.map((request) => request.url).sort()).toEqual([...measured].sort());
    for (const request of sent) expect(request.url.length).toBeLessThanOrEqual(maxContextUrlLength);
  });
});

describe("the search requests", () => {
  test("the first page embeds the records and asks for the total; Load More follows Oro's link", async () => {
    const client = await recordingClient();
    const params = { searchText: "a", entities: ["contacts", "accounts"] };
    const result = await newQueryClient().fetchInfiniteQuery({ ...searchQueryOptions(client, connection, params), pages: 2 });

    expect(sent[0]).toEqual({
      method: "GET",
      url: `https://oro.test/admin/api/emailcontextsearch?filter[searchText]=a&filter[entities]=contacts,accounts&include=entity&page[number]=1&page[size]=${searchPageSize}`,
      headers: { accept: "application/vnd.api+json", "x-include": "totalCount" },
    });
    expect(result.pages[0]?.next).not.toBeNull();
    expect(sent[1]).toEqual({ method: "GET", url: result.pages[0]?.next, headers: { accept: "application/vnd.api+json", "x-include": "totalCount" } });
    expect(sent).toHaveLength(2);
  });

  test("no type filter leaves filter[entities] out", async () => {
    const client = await recordingClient();
    await newQueryClient().fetchInfiniteQuery(searchQueryOptions(client, connection, { searchText: "Bruno Martin", entities: [] }));
    expect(sent.map((request) => request.url)).toEqual([
      `https://oro.test/admin/api/emailcontextsearch?filter[searchText]=Bruno%20Martin&include=entity&page[number]=1&page[size]=${searchPageSize}`,
    ]);
  });
});

describe("the Add Context requests", () => {
  test("a stored email: look it up, read its targets, then add the record", async () => {
    const client = await recordingClient();
    const email = sandbox.model.emailByMessageId(storedMessages.brunoQuestion);
    if (email === undefined) throw new Error("seed email missing");
    await linkRecordToEmail(client, {
      item: readItem(),
      entity: { type: "accounts", id: "2" },
      readBody: () => Promise.reject(new Error("the body is not needed for a stored email")),
      user: demoMailboxOwner,
    });
    expect(sent.map((request) => `${request.method} ${request.url}`)).toEqual([
      "GET https://oro.test/admin/api/emails?filter[messageId]=%3Cq-4471%40fabrikam.example%3E,q-4471%40fabrikam.example&fields[emails]=messageId,subject",
      `GET https://oro.test/admin/api/emails/${email.id}/relationships/activityTargets`,
      `POST https://oro.test/admin/api/emails/${email.id}/relationships/activityTargets`,
    ]);
    expect(sent[1]?.headers).toEqual({ accept: "application/vnd.api+json" });
  });
});
