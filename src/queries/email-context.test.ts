import { describe, expect, test } from "vitest";
import { bulkRecipients } from "../demo/default-scenario";
import { defaultEntityTypes } from "../oro/entity-types";
import type { ContextItem, Page } from "../oro/resources";
import { demoMailboxOwner, people, storedMessages } from "../sandbox/demo-identities";
import {
  buildEmailContextLookup,
  emailContextRequestUrl,
  maxContextUrlLength,
  mergeContextPages,
  missingMessageIdPlaceholder,
  type ContextFetchPage,
} from "./email-context";
import { readItem } from "../../tests/support/mail-items";

const apiBaseUrl = "https://crm.example.com/admin/api";
const own = demoMailboxOwner.emailAddress;

function queryOf(url: string): URLSearchParams {
  return new URL(url).searchParams;
}

describe("the email context lookup", () => {
  test("asks once for a normal email, with both Message-ID forms, every participant but the user, and the allowed types", () => {
    const lookup = buildEmailContextLookup({ item: readItem(), ownAddress: own, entities: defaultEntityTypes, apiBaseUrl });
    expect(lookup?.requests).toHaveLength(1);
    const request = lookup?.requests[0];
    expect(request).toBeDefined();
    if (!request) return;
    const params = queryOf(emailContextRequestUrl(apiBaseUrl, request));
    expect(params.get("filter[messageId]")?.split(",")).toEqual(["<q-4471@fabrikam.example>", "q-4471@fabrikam.example"]);
    expect(params.get("filter[from]")).toBe(people.bruno.emailAddress);
    expect(params.get("filter[to]")).toBeNull();
    expect(params.get("filter[cc]")).toBe(people.contosoSales.emailAddress);
    expect(params.get("filter[excludeCurrentUser]")).toBe("true");
    expect(params.get("include")).toBe("entity");
    expect(params.get("filter[entities]")?.split(",")).toEqual(defaultEntityTypes);
  });

  test("sends BCC recipients inside cc in compose mode, where there is no Message-ID", () => {
    const compose = readItem({
      mode: "compose",
      internetMessageId: null,
      from: { ...demoMailboxOwner },
      to: [{ ...people.bruno }],
      cc: [{ ...people.priya }],
      bcc: [{ ...people.olivia }],
    });
    const request = buildEmailContextLookup({ item: compose, ownAddress: own, entities: defaultEntityTypes, apiBaseUrl })?.requests[0];
    expect(request?.from).toBeNull();
    expect(request?.to).toEqual([people.bruno.emailAddress]);
    expect(request?.cc).toEqual([people.priya.emailAddress, people.olivia.emailAddress]);
    expect(request?.messageIds).toContain(missingMessageIdPlaceholder);
  });

  test("looks up by address alone when a read item has no Message-ID", () => {
    const request = buildEmailContextLookup({
      item: readItem({ internetMessageId: null }),
      ownAddress: own,
      entities: defaultEntityTypes,
      apiBaseUrl,
    })?.requests[0];
    expect(request?.from).toBe(people.bruno.emailAddress);
    expect(request?.messageIds).toEqual([missingMessageIdPlaceholder, missingMessageIdPlaceholder.slice(1, -1)]);
  });

  test("has nothing to ask when a new message has no recipients yet", () => {
    const empty = readItem({ mode: "compose", internetMessageId: null, from: { ...demoMailboxOwner }, to: [], cc: [], bcc: [] });
    expect(buildEmailContextLookup({ item: empty, ownAddress: own, entities: defaultEntityTypes, apiBaseUrl })).toBeNull();
  });

  test("still asks for the thread's context when the user wrote to no one else", () => {
    const toSelf = readItem({ from: { ...demoMailboxOwner }, to: [{ ...demoMailboxOwner }], cc: [] });
    const lookup = buildEmailContextLookup({ item: toSelf, ownAddress: own, entities: defaultEntityTypes, apiBaseUrl });
    expect(lookup?.requests).toHaveLength(1);
    expect(lookup?.requests[0]?.from).toBeNull();
  });

  test("leaves the entities filter out when the allowed types could not be loaded", () => {
    const request = buildEmailContextLookup({ item: readItem(), ownAddress: own, entities: null, apiBaseUrl })?.requests[0];
    expect(request).toBeDefined();
    if (!request) return;
    expect(queryOf(emailContextRequestUrl(apiBaseUrl, request)).has("filter[entities]")).toBe(false);
  });

  test("splits hundreds of recipients into a few requests within a safe URL length, each address once", () => {
    const bulk = readItem({ from: { ...demoMailboxOwner }, to: bulkRecipients(), cc: [{ ...people.olivia }] });
    const lookup = buildEmailContextLookup({ item: bulk, ownAddress: own, entities: defaultEntityTypes, apiBaseUrl });
    const requests = lookup?.requests ?? [];
    expect(requests.length).toBeGreaterThan(1);
    expect(requests.length).toBeLessThanOrEqual(4);
    for (const request of requests) {
      expect(emailContextRequestUrl(apiBaseUrl, request).length).toBeLessThanOrEqual(maxContextUrlLength);
      expect(request.messageIds).toContain(storedMessages.brunoQuestion);
    }
    const sent = requests.flatMap((request) => [...request.to, ...request.cc]);
    expect(sent).toHaveLength(501);
    expect(new Set(sent).size).toBe(501);
    expect(sent).toContain("recipient500@bulk.example");
  });

  test("counts percent-encoding when it measures a URL ('+' travels as %2B)", () => {
    const plus = Array.from({ length: 300 }, (_, i) => ({ displayName: `P${i}`, emailAddress: `first+tag${i}@example.com` }));
    const lookup = buildEmailContextLookup({ item: readItem({ to: plus }), ownAddress: own, entities: defaultEntityTypes, apiBaseUrl, maxUrlLength: 2000 });
    for (const request of lookup?.requests ?? []) {
      expect(emailContextRequestUrl(apiBaseUrl, request).length).toBeLessThanOrEqual(2000);
    }
  });
});

function item(type: string, id: string, isContext: boolean, emailId = isContext ? "7" : "0"): ContextItem {
  return {
    itemId: `${type}-${id}-${emailId}`,
    entity: { type, id },
    entityName: `${type} ${id}`,
    entityUrl: null,
    record: null,
    isContext,
    emailId: isContext ? emailId : null,
  };
}

function page(items: ContextItem[], total: number | null, next: string | null = null): Page<ContextItem> {
  return { items, total, next };
}

describe("merging the pages of a split lookup", () => {
  test("keeps each record once and prefers it in context", () => {
    const pages: ContextFetchPage[] = [
      {
        itemKey: "a",
        parts: [
          page([item("accounts", "1", true), item("contacts", "1", false)], 2),
          page([item("accounts", "1", true), item("contacts", "2", false), item("contacts", "1", true)], 3),
        ],
      },
    ];
    const result = mergeContextPages(pages);
    expect(result?.records.map((record) => record.itemId)).toEqual(["accounts-1-7", "contacts-1-7", "contacts-2-0"]);
    expect(result?.total).toEqual({ count: 3, exact: true });
    expect(result?.hasMore).toBe(false);
  });

  test("reports Oro's total for one request with more pages, and an estimate when split", () => {
    const single = mergeContextPages([{ itemKey: "a", parts: [page([item("contacts", "1", false)], 31, "https://x/next")] }]);
    expect(single?.total).toEqual({ count: 31, exact: true });
    expect(single?.hasMore).toBe(true);

    const split = mergeContextPages([
      {
        itemKey: "a",
        parts: [page([item("accounts", "5", false), item("contacts", "1", false)], 25, "https://x/1"), page([item("accounts", "5", false)], 10)],
      },
    ]);
    expect(split?.total).toEqual({ count: 34, exact: false });
  });
});
