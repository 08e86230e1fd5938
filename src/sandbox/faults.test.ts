import { describe, expect, test } from "vitest";
import { storedMessages } from "./demo-identities";
import { isDroppedConnection, parseFaultSpec } from "./faults";
import { createOroSandbox } from "./oro-sandbox";
import { seedIds } from "./seed";
import { jsonApiErrorsSchema } from "./testing";

const base = "https://oro.test";
const addin = "https://addin.example";
const contextPath = `${base}/admin/api/emailthreadcontext?filter[messageId]=${encodeURIComponent(storedMessages.brunoQuestion)}`;

async function setup() {
  const sandbox = createOroSandbox({ baseUrl: base, corsOrigins: { oauth: [addin], api: [addin] } });
  const { access_token: token } = await sandbox.issueTokens("sales");
  const get = (url = contextPath, signal?: AbortSignal) =>
    sandbox.fetch(new Request(url, { headers: { Authorization: `Bearer ${token}`, Origin: addin }, signal }));
  const postEmail = (messageId: string) =>
    sandbox.fetch(
      new Request(`${base}/admin/api/emails`, {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/vnd.api+json" },
        body: JSON.stringify({
          data: {
            type: "emails",
            attributes: {
              subject: "Hello",
              from: { email: "someone@example.com" },
              toRecipients: [{ email: "sam.seller@northwind.example" }],
              messageId,
              sentAt: "2025-01-07T10:00:00Z",
              internalDate: "2025-01-07T10:00:00Z",
            },
          },
        }),
      }),
    );
  return { sandbox, get, postEmail };
}

describe("fault injection", () => {
  test("a status rule answers Oro's error document for the next `times` matching requests, then the real answer", async () => {
    const { sandbox, get } = await setup();
    sandbox.faults.add({ kind: "status", status: 500, path: "/emailthreadcontext", times: 2 });
    const unrelated = await get(`${base}/admin/api/userprofile`);
    expect(unrelated.status).toBe(200);
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await get();
      expect(response.status).toBe(500);
      expect(response.headers.get("Access-Control-Allow-Origin")).toBe(addin);
      expect(jsonApiErrorsSchema.parse(await response.json()).errors[0]?.status).toBe("500");
    }
    expect((await get()).status).toBe(200);
  });

  test("rate-limit answers 429 with Retry-After", async () => {
    const { sandbox, get } = await setup();
    sandbox.faults.add({ kind: "rate-limit", retryAfterSeconds: 7 });
    const response = await get();
    expect(response.status).toBe(429);
    expect(response.headers.get("Retry-After")).toBe("7");
  });

  test("html answers a proxy's HTML error page without CORS headers", async () => {
    const { sandbox, get } = await setup();
    sandbox.faults.add({ kind: "html", status: 502 });
    const response = await get();
    expect(response.status).toBe(502);
    expect(response.headers.get("Content-Type")).toContain("text/html");
    expect(response.headers.get("Access-Control-Allow-Origin")).toBeNull();
    expect(await response.text()).toContain("502 Bad Gateway");
  });

  test("a drop before processing loses the request; a drop after keeps its effect but loses the answer", async () => {
    const { sandbox, postEmail } = await setup();
    const before = sandbox.model.emailCount();
    sandbox.faults.add({ kind: "drop", when: "before", method: "POST" });
    const lost = await postEmail("<drop-1@example.com>").catch((error: unknown) => error);
    expect(isDroppedConnection(lost)).toBe(true);
    expect(lost).toBeInstanceOf(TypeError);
    expect(sandbox.model.emailCount()).toBe(before);

    sandbox.faults.add({ kind: "drop", when: "after", method: "POST" });
    const applied = await postEmail("<drop-2@example.com>").catch((error: unknown) => error);
    expect(isDroppedConnection(applied)).toBe(true);
    expect(sandbox.model.emailCount()).toBe(before + 1);
    expect(sandbox.model.emailByMessageId("<drop-2@example.com>")).toBeDefined();
  });

  test("hang never answers until the request is aborted", async () => {
    const { sandbox, get } = await setup();
    sandbox.faults.add({ kind: "hang" });
    const controller = new AbortController();
    const pending = get(contextPath, controller.signal);
    let settled = false;
    void pending.then(
      () => (settled = true),
      () => (settled = true),
    );
    await Promise.resolve();
    expect(settled).toBe(false);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  });

  test("expire-token makes that request see its token expired", async () => {
    const { sandbox, get } = await setup();
    sandbox.faults.add({ kind: "expire-token" });
    const expired = await get();
    expect(expired.status).toBe(401);
    expect(await expired.text()).toBe("");
    expect((await get()).status).toBe(200);
  });

  test("body answers 200 with malformed data", async () => {
    const { sandbox, get } = await setup();
    sandbox.faults.add({ kind: "body", body: { data: [{ type: "emailthreadcontext" }] } });
    const response = await get();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: [{ type: "emailthreadcontext" }] });
  });

  test("rules match by method and by path pattern, and clear() drops them", async () => {
    const { sandbox, get } = await setup();
    sandbox.faults.add({ kind: "status", status: 503, method: "DELETE", path: /\/emailthreadcontext\// });
    expect((await get()).status).toBe(200);
    sandbox.faults.add({ kind: "status", status: 503 });
    expect(sandbox.faults.pending).toHaveLength(2);
    sandbox.faults.clear();
    expect((await get()).status).toBe(200);
  });

  test("reset() restores the seed and forgets faults", async () => {
    const { sandbox, get } = await setup();
    sandbox.model.removeActivityTargets(seedIds.emails.brunoQuestion, [{ type: "contacts", id: seedIds.contacts.bruno }]);
    sandbox.faults.add({ kind: "status", status: 500 });
    sandbox.reset();
    expect(sandbox.model.activityTargetsOf(seedIds.emails.brunoQuestion)).toEqual([{ type: "contacts", id: seedIds.contacts.bruno }]);
    expect((await get()).status).toBe(401);
  });

  test("latency holds the answer back but gives way to an abort", async () => {
    const { sandbox, get } = await setup();
    sandbox.setLatency(60_000);
    const controller = new AbortController();
    const pending = get(contextPath, controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  });

  test("the compact spec form parses into rules and a latency", () => {
    expect(parseFaultSpec("500:/emailthreadcontext:2,latency:100,429,html502:/api/,drop-after,hang:/emails,expire-token")).toEqual({
      latencyMs: 100,
      rules: [
        { kind: "status", status: 500, path: "/emailthreadcontext", times: 2 },
        { kind: "rate-limit", retryAfterSeconds: 1 },
        { kind: "html", status: 502, path: "/api/" },
        { kind: "drop", when: "after" },
        { kind: "hang", path: "/emails" },
        { kind: "expire-token" },
      ],
    });
    expect(() => parseFaultSpec("teapot")).toThrow(/Unknown fault/);
  });
});
