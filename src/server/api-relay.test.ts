import { createServer, request as httpRequest, type Server } from "node:http";
import { getRequestListener } from "@hono/node-server";
import { delay, http, HttpResponse } from "msw";
import { z } from "zod";
import { oroUsers } from "../sandbox/demo-identities";
import { createOroClient } from "../oro/oro-client";
import { describeOroError } from "../oro/messages";
import { createTestSandbox, serveSandbox, testSandboxBaseUrl } from "../../tests/support/sandbox-server";
import { createApiRelayRoutes, type ApiRelayOptions } from "./api-relay";

const sandbox = createTestSandbox();
const msw = serveSandbox(sandbox);

/** Every request that reached Oro (the sandbox behind msw), as Oro received it. */
let reachedOro: Request[] = [];
beforeAll(() => {
  msw.events.on("request:start", ({ request }) => {
    if (request.url.startsWith(testSandboxBaseUrl)) reachedOro.push(request.clone());
  });
});
beforeEach(() => {
  reachedOro = [];
});

type HttpAnswer = { status: number; body: string };

/**
 * Serves `app` on a real HTTP port (Node's parser, @hono/node-server's request) for the duration of `run`, which
 * sends raw requests: the path goes out exactly as written, and a body with its Content-Length.
 */
async function overHttp(
  app: ReturnType<typeof relay>,
  run: (
    send: (request: {
      path: string;
      method: string;
      headers?: Record<string, string>;
      body?: string;
    }) => Promise<HttpAnswer>,
  ) => Promise<void>,
): Promise<void> {
  // The real server swaps in @hono/node-server's Response; msw's network errors need the original one.
  const listener = getRequestListener(app.fetch, { overrideGlobalObjects: false });
  const server: Server = createServer((incoming, outgoing) => void listener(incoming, outgoing));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  try {
    await run(
      ({ path, method, headers = {}, body }) =>
        new Promise<HttpAnswer>((resolve, reject) => {
          const length = body === undefined ? {} : { "Content-Length": String(Buffer.byteLength(body)) };
          const outgoing = httpRequest(
            { host: "127.0.0.1", port, path, method, headers: { ...headers, ...length } },
            (incoming) => {
              let text = "";
              incoming.setEncoding("utf8");
              incoming.on("data", (chunk: string) => (text += chunk));
              incoming.on("end", () => resolve({ status: incoming.statusCode ?? 0, body: text }));
            },
          );
          outgoing.on("error", reject);
          outgoing.end(body);
        }),
    );
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

let logged: string[] = [];
beforeEach(() => {
  logged = [];
});

function relay(options: Partial<ApiRelayOptions> = {}) {
  return createApiRelayRoutes({
    oroBaseUrl: testSandboxBaseUrl,
    log: (line) => logged.push(line),
    ...options,
  });
}

async function salesToken(): Promise<string> {
  return (await sandbox.issueTokens(oroUsers.sales.username)).access_token;
}

const profileSchema = z.object({
  data: z.object({ type: z.literal("users"), attributes: z.object({ username: z.string() }) }),
});
const errorDocumentSchema = z.object({
  errors: z.array(z.object({ status: z.string(), title: z.string() })).length(1),
});

describe("relaying Oro's API", () => {
  test("a JSON:API read through the relay returns Oro's document, never cached", async () => {
    const token = await salesToken();
    const response = await relay().request("/oro-api-relay/admin/api/userprofile", {
      headers: { Authorization: `Bearer ${token}`, Accept: "application/vnd.api+json" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/vnd\.api\+json/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(profileSchema.parse(await response.json()).data.attributes.username).toBe(oroUsers.sales.username);
    expect(reachedOro.map((request) => request.url)).toEqual([`${testSandboxBaseUrl}/admin/api/userprofile`]);
  });

  test("the query reaches Oro exactly as the pane encoded it, and the total count comes back", async () => {
    const token = await salesToken();
    const query = "?filter[searchText]=Contoso%2BCo&filter[entities]=accounts,contacts&page[size]=5";
    const response = await relay().request(`/oro-api-relay/admin/api/search${query}`, {
      headers: { Authorization: `Bearer ${token}`, "X-Include": "totalCount" },
    });
    expect(response.status).toBe(200);
    expect(reachedOro[0]?.url).toBe(`${testSandboxBaseUrl}/admin/api/search${query}`);
    expect(response.headers.get("x-include-total-count")).toMatch(/^\d+$/);
  });

  test("a write carries its body to Oro and Oro's Location comes back", async () => {
    const token = await salesToken();
    const response = await relay().request("/oro-api-relay/admin/api/emails", {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/vnd.api+json" },
      body: JSON.stringify({
        data: {
          type: "emails",
          attributes: {
            subject: "Relayed",
            from: { email: "olivia.chen@contoso.example" },
            toRecipients: [{ email: "sales@northwind.example" }],
            messageId: "<relayed-1@contoso.example>",
            sentAt: "2026-01-05T10:00:00Z",
            internalDate: "2026-01-05T10:00:00Z",
          },
        },
      }),
    });
    expect(response.status).toBe(201);
    expect(response.headers.get("location")).toMatch(/\/admin\/api\/emails\/\d+$/);
    expect(reachedOro[0]?.method).toBe("POST");
    expect(sandbox.model.emailByMessageId("<relayed-1@contoso.example>")?.subject).toBe("Relayed");
  });

  test("an Oro installed under a path is reached under that path", async () => {
    const token = await salesToken();
    msw.use(
      http.get("https://oro.test/crm/admin/api/userprofile", ({ request }) =>
        sandbox.fetch(new Request(request.url.replace("/crm/", "/"), { headers: request.headers })),
      ),
    );
    const response = await relay({ oroBaseUrl: `${testSandboxBaseUrl}/crm/` }).request(
      "/oro-api-relay/admin/api/userprofile",
      { headers: { Authorization: `Bearer ${token}` } },
    );
    expect(response.status).toBe(200);
    expect(reachedOro[0]?.url).toBe(`${testSandboxBaseUrl}/crm/admin/api/userprofile`);
  });
});

describe("only Oro's API is relayed", () => {
  test.each([
    ["the token endpoint", "POST", "/oro-api-relay/oauth2-token"],
    ["the back-office token endpoint path", "POST", "/oro-api-relay/admin/oauth2-token"],
    ["the authorize page", "GET", "/oro-api-relay/admin/oauth2-token/authorize?client_id=x"],
    ["the login page", "GET", "/oro-api-relay/admin/user/login"],
    ["OAuth metadata", "GET", "/oro-api-relay/.well-known/oauth-authorization-server/admin/oauth2-server"],
    ["the relay's root", "GET", "/oro-api-relay"],
    ["a parent-directory step", "POST", "/oro-api-relay/admin/api/../../oauth2-token"],
    ["an encoded parent-directory step", "POST", "/oro-api-relay/admin/api/%2e%2e/%2e%2e/oauth2-token"],
    ["encoded slashes", "POST", "/oro-api-relay/admin%2Fapi%2F..%2F..%2Foauth2-token"],
    ["an encoded slash after the API root", "GET", "/oro-api-relay/api/users%2F..%2F..%2Fuser%2Flogin"],
  ])("%s answers 404 and Oro is never asked", async (_what, method, path) => {
    const response = await relay().request(path, {
      method,
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      ...(method === "POST" ? { body: "grant_type=refresh_token&refresh_token=secret" } : {}),
    });
    expect(response.status).toBe(404);
    expect(errorDocumentSchema.parse(await response.json()).errors[0]?.status).toBe("404");
    expect(reachedOro).toEqual([]);
  });

  test("a request line with a parent-directory step, sent as is over HTTP, never reaches Oro", async () => {
    await overHttp(relay(), async (send) => {
      for (const path of [
        "/oro-api-relay/admin/api/../../oauth2-token",
        "/oro-api-relay/api/%2e%2e/oauth2-token",
        "/oro-api-relay/admin/api/..%2F..%2Foauth2-token",
      ]) {
        const { status } = await send({ path, method: "GET" });
        expect({ path, status }).toEqual({ path, status: 404 });
      }
    });
    expect(reachedOro).toEqual([]);
  });

  test("a request refused anyway is told why, not that its body is too large", async () => {
    const large = "x".repeat(2000);
    const over = (method: string, path: string, app = relay({ maxBodyBytes: 1024 })) =>
      app.request(path, { method, headers: { "Content-Type": "application/vnd.api+json" }, body: large });
    expect((await over("POST", "/oro-api-relay/oauth2-token")).status).toBe(404);
    expect((await over("POST", "/oro-api-relay/admin/user/login")).status).toBe(404);
    expect((await over("PUT", "/oro-api-relay/admin/api/emails")).status).toBe(405);
    const noOro = relay({ maxBodyBytes: 1024, oroBaseUrl: () => null });
    expect((await over("POST", "/oro-api-relay/admin/api/emails", noOro)).status).toBe(502);
    expect(reachedOro).toEqual([]);
  });

  test("methods other than GET, HEAD, POST, PATCH and DELETE are refused without asking Oro", async () => {
    for (const method of ["PUT", "OPTIONS"]) {
      const response = await relay().request("/oro-api-relay/admin/api/userprofile", { method });
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, HEAD, POST, PATCH, DELETE");
    }
    expect(reachedOro).toEqual([]);
  });
});

describe("headers", () => {
  test("only the API's request headers go to Oro, cookies never, and the relay names itself in Via", async () => {
    const token = await salesToken();
    await relay().request("/oro-api-relay/admin/api/userprofile", {
      headers: {
        Authorization: `Bearer ${token}`,
        Accept: "application/vnd.api+json",
        "Accept-Language": "de-DE",
        "X-Include": "totalCount",
        Cookie: "PHPSESSID=back-office-session",
        Origin: "https://evil.example",
        Referer: "https://addin.example.com/taskpane.html",
        "X-Forwarded-For": "203.0.113.9",
        "X-Custom": "1",
      },
    });
    const sent = reachedOro[0];
    expect(sent).toBeDefined();
    const names = [...(sent?.headers.keys() ?? [])];
    expect(names).not.toContain("cookie");
    expect(names).not.toContain("origin");
    expect(names).not.toContain("referer");
    expect(names).not.toContain("x-forwarded-for");
    expect(names).not.toContain("x-custom");
    expect(sent?.headers.get("authorization")).toBe(`Bearer ${token}`);
    expect(sent?.headers.get("accept")).toBe("application/vnd.api+json");
    expect(sent?.headers.get("accept-language")).toBe("de-DE");
    expect(sent?.headers.get("x-include")).toBe("totalCount");
    expect(sent?.headers.get("via")).toBe("1.1 oro-connector");
  });

  test("a rejected token comes back as Oro's 401 with its WWW-Authenticate challenge", async () => {
    const response = await relay().request("/oro-api-relay/admin/api/userprofile", {
      headers: { Authorization: "Bearer not-a-token" },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
  });

  test("a rate limit keeps Retry-After, so the pane can say how long to wait", async () => {
    sandbox.faults.add({ kind: "rate-limit", retryAfterSeconds: 7, path: "/api/userprofile" });
    const response = await relay().request("/oro-api-relay/admin/api/userprofile", {
      headers: { Authorization: `Bearer ${await salesToken()}` },
    });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("7");
  });

  test("cookies, CORS and server headers from Oro stay behind; a redirect is passed on, not followed", async () => {
    msw.use(
      http.get(
        `${testSandboxBaseUrl}/admin/api/userprofile`,
        () =>
          new HttpResponse(null, {
            status: 302,
            headers: {
              Location: `${testSandboxBaseUrl}/admin/user/login`,
              "Set-Cookie": "PHPSESSID=abc; path=/; HttpOnly",
              "Access-Control-Allow-Origin": "*",
              "X-Powered-By": "PHP/8.3",
              "Cache-Control": "public, max-age=600",
            },
          }),
      ),
    );
    const response = await relay().request("/oro-api-relay/admin/api/userprofile");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${testSandboxBaseUrl}/admin/user/login`);
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(response.headers.get("x-powered-by")).toBeNull();
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(reachedOro.map((request) => request.url)).toEqual([`${testSandboxBaseUrl}/admin/api/userprofile`]);
  });
});

describe("when Oro fails", () => {
  /** The pane's Oro client, pointed at the relay: what the user would be told. */
  function paneClient(app: ReturnType<typeof relay>) {
    return createOroClient({
      apiBaseUrl: `${testSandboxBaseUrl}/admin/api`,
      getAccessToken: () => Promise.resolve("token-123"),
      onUnauthorized: () => Promise.resolve(null),
      retry: { attempts: 0 },
      fetch: (input, init) => {
        const url = new URL(input instanceof Request ? input.url : input.toString());
        return Promise.resolve(app.request(`/oro-api-relay${url.pathname}${url.search}`, init));
      },
    });
  }

  test("Oro unreachable answers 502 with a JSON:API error, and the pane says Oro is not reachable", async () => {
    sandbox.faults.add({ kind: "drop", when: "before", path: "/api/userprofile" });
    const app = relay();
    const response = await app.request("/oro-api-relay/admin/api/userprofile", {
      headers: { Authorization: "Bearer token-123" },
    });
    expect(response.status).toBe(502);
    expect(errorDocumentSchema.parse(await response.json()).errors[0]?.status).toBe("502");

    sandbox.faults.add({ kind: "drop", when: "before", path: "/api/userprofile" });
    const failure = await paneClient(app)
      .get("userprofile", null, z.unknown())
      .catch((error: unknown) => error);
    expect(describeOroError(failure).key).toBe("errorBadGateway");
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join("\n")).not.toContain("token-123");
    expect(logged.join("\n")).toContain("/oro-api-relay/admin/api/userprofile");
  });

  test("Oro not answering in time answers 504, and the pane says Oro is not reachable", async () => {
    msw.use(
      http.get(`${testSandboxBaseUrl}/admin/api/userprofile`, async () => {
        await delay("infinite");
        return HttpResponse.json({});
      }),
    );
    const app = relay({ timeoutMs: 100 });
    const response = await app.request("/oro-api-relay/admin/api/userprofile", {
      headers: { Authorization: "Bearer token-123" },
    });
    expect(response.status).toBe(504);
    expect(errorDocumentSchema.parse(await response.json()).errors[0]?.title).toBe("gateway timeout");
    const failure = await paneClient(app)
      .get("userprofile", null, z.unknown())
      .catch((error: unknown) => error);
    expect(describeOroError(failure).key).toBe("errorBadGateway");
    expect(logged.join("\n")).not.toContain("token-123");
  });

  test("a body over the limit answers 413 without asking Oro; one within it goes through", async () => {
    const app = relay({ maxBodyBytes: 1024 });
    const headers = { Authorization: "Bearer token-123", "Content-Type": "application/vnd.api+json" };
    const large = await app.request("/oro-api-relay/admin/api/emails", {
      method: "POST",
      headers,
      body: JSON.stringify({ data: { type: "emails", attributes: { subject: "x".repeat(2000) } } }),
    });
    expect(large.status).toBe(413);
    expect(errorDocumentSchema.parse(await large.json()).errors[0]?.status).toBe("413");
    expect(reachedOro).toEqual([]);

    const small = await app.request("/oro-api-relay/admin/api/emails", {
      method: "POST",
      headers,
      body: JSON.stringify({ data: { type: "emails", attributes: { subject: "x" } } }),
    });
    expect(small.status).toBe(401);
    expect(reachedOro).toHaveLength(1);
  });

  test("over HTTP, a body within the limit reaches Oro whole and one over it (by Content-Length) does not", async () => {
    const token = await salesToken();
    const email = (subject: string) =>
      JSON.stringify({
        data: {
          type: "emails",
          attributes: {
            subject,
            from: { email: "olivia.chen@contoso.example" },
            toRecipients: [{ email: "sales@northwind.example" }],
            messageId: "<relayed-http@contoso.example>",
            sentAt: "2026-01-05T10:00:00Z",
            internalDate: "2026-01-05T10:00:00Z",
          },
        },
      });
    const headers = { Authorization: `Bearer ${token}`, "Content-Type": "application/vnd.api+json" };
    await overHttp(relay({ maxBodyBytes: 1024 }), async (send) => {
      const tooLarge = await send({
        path: "/oro-api-relay/admin/api/emails",
        method: "POST",
        headers,
        body: email("x".repeat(2000)),
      });
      expect(tooLarge.status).toBe(413);
      expect(errorDocumentSchema.parse(JSON.parse(tooLarge.body)).errors[0]?.status).toBe("413");
      expect(reachedOro).toEqual([]);

      const fits = await send({
        path: "/oro-api-relay/admin/api/emails",
        method: "POST",
        headers,
        body: email("Over HTTP"),
      });
      expect(fits.status).toBe(201);
    });
    expect(sandbox.model.emailByMessageId("<relayed-http@contoso.example>")?.subject).toBe("Over HTTP");
  });

  test("a body over the default limit of 5 MB is refused", async () => {
    const response = await relay().request("/oro-api-relay/admin/api/emails", {
      method: "POST",
      headers: { "Content-Type": "application/vnd.api+json" },
      body: new Uint8Array(5 * 1024 * 1024 + 1),
    });
    expect(response.status).toBe(413);
    expect(reachedOro).toEqual([]);
  });
});
