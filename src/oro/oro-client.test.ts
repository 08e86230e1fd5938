import { http, HttpResponse, delay } from "msw";
import { setupServer } from "msw/node";
import { z } from "zod/mini";
import { createOroClient, isInsideApi, type OroClientOptions } from "./oro-client";
import { OroApiError } from "./oro-api-error";
import { jsonApi } from "../../tests/support/json-api";

const api = "https://crm.example.com/admin/api";
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

const itemsSchema = z.object({ data: z.array(z.object({ type: z.string(), id: z.string() })) });
const okDocument = { data: [{ type: "contacts", id: "5" }] };

function makeClient(overrides: Partial<OroClientOptions> = {}) {
  const onUnauthorized = vi.fn<(token: string) => Promise<string | null>>(() => Promise.resolve("fresh-token"));
  const client = createOroClient({
    apiBaseUrl: api,
    getAccessToken: () => Promise.resolve("first-token"),
    onUnauthorized,
    retry: { baseDelayMs: 1 },
    ...overrides,
  });
  return { client, onUnauthorized };
}

async function caught(promise: Promise<unknown>): Promise<OroApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof OroApiError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

describe("query strings", () => {
  test("sends exactly the caller's parameters: bracket keys, comma lists, and a literal plus as %2B", async () => {
    let search = "";
    server.use(
      http.get(`${api}/emailthreadcontext`, ({ request }) => {
        search = new URL(request.url).search;
        return jsonApi(okDocument);
      }),
    );
    const { client } = makeClient();
    await client.get(
      "emailthreadcontext",
      {
        "filter[messageId]": ["<a+b@host.example>", "a+b@host.example"],
        "filter[to]": ["jo+sales@contoso.example", "olivia.chen@contoso.example"],
        "filter[cc]": [],
        "filter[isContext]": false,
        "filter[from]": undefined,
        include: null,
        "page[number]": 2,
      },
      itemsSchema,
    );
    expect(search).toBe(
      "?filter[messageId]=%3Ca%2Bb%40host.example%3E,a%2Bb%40host.example" +
        "&filter[to]=jo%2Bsales%40contoso.example,olivia.chen%40contoso.example" +
        "&filter[isContext]=false&page[number]=2",
    );
  });

  test("adds nothing to a request without parameters (Oro rejects unknown ones)", async () => {
    let url = "";
    server.use(
      http.get(`${api}/userprofile`, ({ request }) => {
        url = request.url;
        return jsonApi(okDocument);
      }),
    );
    const { client } = makeClient({ apiBaseUrl: `${api}/` });
    await client.get("/userprofile", null, itemsSchema);
    expect(url).toBe(`${api}/userprofile`);
  });
});

describe("headers", () => {
  test("a read sends JSON:API Accept and the bearer token, and no Content-Type", async () => {
    let headers = new Headers();
    server.use(
      http.get(`${api}/contacts`, ({ request }) => {
        headers = request.headers;
        return jsonApi(okDocument);
      }),
    );
    const { client } = makeClient();
    await client.get("contacts", null, itemsSchema);
    expect(headers.get("accept")).toBe("application/vnd.api+json");
    expect(headers.get("authorization")).toBe("Bearer first-token");
    expect(headers.get("content-type")).toBeNull();
    expect(headers.get("x-include")).toBeNull();
  });

  test("a write sends the JSON:API Content-Type with its body", async () => {
    let contentType: string | null = null;
    let body: unknown = null;
    server.use(
      http.post(`${api}/emails/7/relationships/activityTargets`, async ({ request }) => {
        contentType = request.headers.get("content-type");
        body = await request.json();
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { client } = makeClient();
    await client.post("emails/7/relationships/activityTargets", { data: [{ type: "contacts", id: "5" }] }, null);
    expect(contentType).toBe("application/vnd.api+json");
    expect(body).toEqual({ data: [{ type: "contacts", id: "5" }] });
  });

  test("asks for the total with X-Include and reads X-Include-Total-Count", async () => {
    server.use(
      http.get(`${api}/contacts`, ({ request }) =>
        request.headers.get("x-include") === "totalCount"
          ? jsonApi(okDocument, { headers: { "X-Include-Total-Count": "42" } })
          : jsonApi(okDocument),
      ),
    );
    const { client } = makeClient();
    expect((await client.get("contacts", null, itemsSchema, { includeTotal: true })).total).toBe(42);
    expect((await client.get("contacts", null, itemsSchema)).total).toBeNull();
  });
});

describe("401 handling", () => {
  test("an empty-bodied 401 refreshes the token once and the retry succeeds", async () => {
    const seenTokens: (string | null)[] = [];
    server.use(
      http.get(`${api}/userprofile`, ({ request }) => {
        const auth = request.headers.get("authorization");
        seenTokens.push(auth);
        if (auth === "Bearer fresh-token") return jsonApi(okDocument);
        return new HttpResponse(null, { status: 401, headers: { "WWW-Authenticate": "Bearer" } });
      }),
    );
    const { client, onUnauthorized } = makeClient();
    const result = await client.get("userprofile", null, itemsSchema);
    expect(result.data).toEqual(okDocument);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(onUnauthorized).toHaveBeenCalledWith("first-token");
    expect(seenTokens).toEqual(["Bearer first-token", "Bearer fresh-token"]);
  });

  test("a second 401 after the refresh ends as unauthorized without another refresh", async () => {
    let requests = 0;
    server.use(
      http.get(`${api}/userprofile`, () => {
        requests += 1;
        return new HttpResponse(null, { status: 401, headers: { "WWW-Authenticate": "Bearer" } });
      }),
    );
    const { client, onUnauthorized } = makeClient();
    const error = await caught(client.get("userprofile", null, itemsSchema));
    expect(error.kind).toBe("unauthorized");
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(requests).toBe(2);
  });

  test("an expired session (no fresh token) is unauthorized and the request is not repeated", async () => {
    let requests = 0;
    server.use(
      http.get(`${api}/userprofile`, () => {
        requests += 1;
        return new HttpResponse(null, { status: 401 });
      }),
    );
    const { client } = makeClient({ onUnauthorized: () => Promise.resolve(null) });
    expect((await caught(client.get("userprofile", null, itemsSchema))).kind).toBe("unauthorized");
    expect(requests).toBe(1);
  });

  test("a write rejected with 401 is sent once more with the fresh token (Oro did not process it)", async () => {
    const seenTokens: (string | null)[] = [];
    server.use(
      http.post(`${api}/emails`, ({ request }) => {
        seenTokens.push(request.headers.get("authorization"));
        if (request.headers.get("authorization") !== "Bearer fresh-token") return new HttpResponse(null, { status: 401 });
        return jsonApi({ data: [{ type: "emails", id: "9" }] }, { status: 201 });
      }),
    );
    const { client } = makeClient();
    const result = await client.post("emails", { data: { type: "emails" } }, itemsSchema);
    expect(result.data.data[0]?.id).toBe("9");
    expect(seenTokens).toEqual(["Bearer first-token", "Bearer fresh-token"]);
  });
});

describe("retries", () => {
  test("a read that meets a 503 is retried and succeeds", async () => {
    let requests = 0;
    server.use(
      http.get(`${api}/contacts`, () => {
        requests += 1;
        return requests === 1 ? new HttpResponse(null, { status: 503 }) : jsonApi(okDocument);
      }),
    );
    const { client } = makeClient();
    expect((await client.get("contacts", null, itemsSchema)).data).toEqual(okDocument);
    expect(requests).toBe(2);
  });

  test("a read gives up after the configured number of retries", async () => {
    let requests = 0;
    server.use(
      http.get(`${api}/contacts`, () => {
        requests += 1;
        return jsonApi({ errors: [{ status: "500", title: "internal server error" }] }, { status: 500 });
      }),
    );
    const { client } = makeClient({ retry: { attempts: 3, baseDelayMs: 1 } });
    const error = await caught(client.get("contacts", null, itemsSchema));
    expect(error.kind).toBe("server");
    expect(error.title).toBe("internal server error");
    expect(requests).toBe(4);
  });

  test("a write that meets a 503 is not retried", async () => {
    let requests = 0;
    server.use(
      http.post(`${api}/emails`, () => {
        requests += 1;
        return new HttpResponse(null, { status: 503 });
      }),
    );
    const { client } = makeClient();
    expect((await caught(client.post("emails", { data: {} }, itemsSchema))).kind).toBe("badGateway");
    expect(requests).toBe(1);
  });

  test("a read is retried after a network failure, and reports it when it persists", async () => {
    let requests = 0;
    server.use(
      http.get(`${api}/contacts`, () => {
        requests += 1;
        return HttpResponse.error();
      }),
    );
    const { client } = makeClient({ retry: { attempts: 1, baseDelayMs: 1 } });
    expect((await caught(client.get("contacts", null, itemsSchema))).kind).toBe("network");
    expect(requests).toBe(2);
  });

  test("a write is not retried after a network failure", async () => {
    let requests = 0;
    server.use(
      http.delete(`${api}/emailthreadcontext/contacts-5-12`, () => {
        requests += 1;
        return HttpResponse.error();
      }),
    );
    const { client } = makeClient();
    expect((await caught(client.delete("emailthreadcontext/contacts-5-12", undefined, null))).kind).toBe("network");
    expect(requests).toBe(1);
  });

  test("a 429 waits the Retry-After seconds before trying again", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    let requests = 0;
    server.use(
      http.get(`${api}/contacts`, () => {
        requests += 1;
        return requests === 1 ? new HttpResponse(null, { status: 429, headers: { "Retry-After": "5" } }) : jsonApi(okDocument);
      }),
    );
    const { client } = makeClient({ timeoutMs: 60_000 });
    const pending = client.get("contacts", null, itemsSchema);
    await vi.advanceTimersByTimeAsync(4_900);
    expect(requests).toBe(1);
    await vi.advanceTimersByTimeAsync(200);
    expect((await pending).data).toEqual(okDocument);
    expect(requests).toBe(2);
  });

  test("a 429 asking to wait longer than allowed fails at once with the wait time", async () => {
    let requests = 0;
    server.use(
      http.get(`${api}/contacts`, () => {
        requests += 1;
        return new HttpResponse(null, { status: 429, headers: { "Retry-After": "120" } });
      }),
    );
    const { client } = makeClient();
    const error = await caught(client.get("contacts", null, itemsSchema));
    expect(error.kind).toBe("rateLimited");
    expect(error.retryAfterSeconds).toBe(120);
    expect(requests).toBe(1);
  });

  test("repeated 429s stop after the bounded number of attempts", async () => {
    let requests = 0;
    server.use(
      http.get(`${api}/contacts`, () => {
        requests += 1;
        return new HttpResponse(null, { status: 429, headers: { "Retry-After": "0" } });
      }),
    );
    const { client } = makeClient({ retry: { attempts: 2, baseDelayMs: 1 } });
    expect((await caught(client.get("contacts", null, itemsSchema))).kind).toBe("rateLimited");
    expect(requests).toBe(3);
  });
});

describe("timeouts and cancellation", () => {
  test("a request Oro does not answer in time fails as a timeout", async () => {
    server.use(
      http.get(`${api}/contacts`, async () => {
        await delay("infinite");
        return jsonApi(okDocument);
      }),
    );
    const { client } = makeClient({ timeoutMs: 50, retry: { attempts: 0 } });
    expect((await caught(client.get("contacts", null, itemsSchema))).kind).toBe("timeout");
  });

  test("a caller's abort rejects with an AbortError, not an Oro error", async () => {
    server.use(
      http.get(`${api}/contacts`, async () => {
        await delay("infinite");
        return jsonApi(okDocument);
      }),
    );
    const { client } = makeClient();
    const controller = new AbortController();
    const pending = client.get("contacts", null, itemsSchema, { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  });

  test("an abort during the retry wait stops further attempts", async () => {
    let requests = 0;
    server.use(
      http.get(`${api}/contacts`, () => {
        requests += 1;
        return new HttpResponse(null, { status: 503 });
      }),
    );
    const { client } = makeClient({ retry: { attempts: 2, baseDelayMs: 10_000 } });
    const controller = new AbortController();
    const pending = client.get("contacts", null, itemsSchema, { signal: controller.signal });
    await vi.waitFor(() => expect(requests).toBe(1));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect(requests).toBe(1);
  });
});

describe("responses", () => {
  test("a proxy's HTML 502 page becomes a bad-gateway error that names what came back", async () => {
    server.use(
      http.get(`${api}/contacts`, () =>
        HttpResponse.html("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", { status: 502 }),
      ),
    );
    const { client } = makeClient({ retry: { attempts: 0 } });
    const error = await caught(client.get("contacts", null, itemsSchema));
    expect(error.kind).toBe("badGateway");
    expect(error.status).toBe(502);
    expect(error.detail).toContain("text/html");
    expect(error.detail).toContain("502 Bad Gateway");
  });

  test("an HTML page with status 200 (a login page in the way) is an invalid response", async () => {
    server.use(http.get(`${api}/contacts`, () => HttpResponse.html("<html><title>Sign in</title></html>")));
    const { client } = makeClient();
    const error = await caught(client.get("contacts", null, itemsSchema));
    expect(error.kind).toBe("invalidResponse");
    expect(error.detail).toContain("Sign in");
  });

  test("an HTML 404 (wrong API address or Web API off) is an invalid response, not a missing record", async () => {
    server.use(http.get(`${api}/userprofile`, () => HttpResponse.html("<html><title>Not found</title></html>", { status: 404 })));
    const { client } = makeClient();
    expect((await caught(client.get("userprofile", null, itemsSchema))).kind).toBe("invalidResponse");
  });

  test.each([
    [400, "validation"],
    [403, "forbidden"],
    [404, "notFound"],
    [409, "conflict"],
  ] as const)("a JSON:API error document with status %i becomes kind %s with Oro's title and detail", async (status, kind) => {
    server.use(
      http.post(`${api}/emails`, () =>
        jsonApi(
          {
            errors: [
              { status: String(status), title: "not blank constraint", detail: "This value should not be blank.", source: { pointer: "/data/attributes/subject" } },
              { status: String(status), title: "second error" },
            ],
          },
          { status },
        ),
      ),
    );
    const { client } = makeClient();
    const error = await caught(client.post("emails", { data: {} }, itemsSchema));
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.title).toBe("not blank constraint");
    expect(error.detail).toBe("This value should not be blank.");
    expect(error.source).toBe("/data/attributes/subject");
  });

  test("a body that does not match the schema is an invalid response whose summary leaves out the data", async () => {
    server.use(http.get(`${api}/contacts`, () => jsonApi({ data: [{ type: "contacts", id: 5, secret: "Olivia's phone" }] })));
    const { client } = makeClient();
    const error = await caught(client.get("contacts", null, itemsSchema));
    expect(error.kind).toBe("invalidResponse");
    // Path and zod's English message (the pane loads zod/mini, which has no messages of its own).
    expect(error.issues).toBe("data.0.id: Invalid input: expected string, received number");
    expect(error.issues).not.toContain("Olivia");
    expect(error.message).not.toContain("Olivia");
  });

  test("a 204 without body is accepted when the schema allows no data", async () => {
    server.use(http.post(`${api}/emails/7/relationships/activityTargets`, () => new HttpResponse(null, { status: 204 })));
    const { client } = makeClient();
    const result = await client.post("emails/7/relationships/activityTargets", { data: [] }, z.optional(itemsSchema));
    expect(result.status).toBe(204);
    expect(result.data).toBeUndefined();
  });

  test("a 200 with data is accepted by the same schema", async () => {
    server.use(http.post(`${api}/emails/7/relationships/activityTargets`, () => jsonApi(okDocument)));
    const { client } = makeClient();
    const result = await client.post("emails/7/relationships/activityTargets", { data: [] }, z.optional(itemsSchema));
    expect(result.data).toEqual(okDocument);
  });

  test("an empty answer where data is required is an invalid response", async () => {
    server.use(http.get(`${api}/contacts`, () => new HttpResponse(null, { status: 204 })));
    const { client } = makeClient();
    expect((await caught(client.get("contacts", null, itemsSchema))).kind).toBe("invalidResponse");
  });
});

describe("following links", () => {
  test("a next link on the API is fetched exactly as given", async () => {
    let url = "";
    server.use(
      http.get(`${api}/emailthreadcontext`, ({ request }) => {
        url = request.url;
        return jsonApi(okDocument);
      }),
    );
    const { client } = makeClient();
    const next = `${api}/emailthreadcontext?filter[messageId]=%3Cx%40y%3E&page[number]=2`;
    await client.getUrl(next, itemsSchema);
    expect(url).toBe(next);
  });

  test("a next link to another host is refused and the token is not sent there", async () => {
    const { client } = makeClient();
    const error = await caught(client.getUrl("https://evil.example/admin/api/emailthreadcontext?page[number]=2", itemsSchema));
    expect(error.kind).toBe("invalidResponse");
  });

  test.each([
    ["https://crm.example.com/admin/api/contacts?page[number]=2", true],
    ["https://crm.example.com/admin/apixyz/contacts", false],
    ["https://crm.example.com/api/contacts", false],
    ["http://crm.example.com/admin/api/contacts", false],
    ["https://crm.example.com:8443/admin/api/contacts", false],
    ["https://user:pw@crm.example.com/admin/api/contacts", false],
    ["/admin/api/contacts", false],
    ["not a url", false],
  ])("isInsideApi(%s) is %s", (url, expected) => {
    expect(isInsideApi(api, url)).toBe(expected);
  });
});
