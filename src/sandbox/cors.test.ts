import { describe, expect, test } from "vitest";
import { createOroSandbox } from "./oro-sandbox";

const base = "https://oro.test";
const addin = "https://addin.example";
const foreign = "https://evil.example";

function sandbox() {
  return createOroSandbox({ baseUrl: base, corsOrigins: { oauth: [addin], api: [addin] } });
}

function preflight(url: string, origin: string, method: string, headers: string): Request {
  return new Request(url, {
    method: "OPTIONS",
    headers: { Origin: origin, "Access-Control-Request-Method": method, "Access-Control-Request-Headers": headers },
  });
}

describe("CORS", () => {
  test("the API answers preflights from listed origins with Oro's allowed headers", async () => {
    const response = await sandbox().fetch(preflight(`${base}/admin/api/emailthreadcontext`, addin, "GET", "authorization,x-include"));
    expect(response.status).toBe(200);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe(addin);
    expect(response.headers.get("Access-Control-Allow-Headers")).toBe("Authorization, Content-Type, X-Include");
    expect(response.headers.get("Access-Control-Allow-Methods")).toContain("DELETE");
  });

  test("API responses expose Location and X-Include-Total-Count to listed origins, even a 401", async () => {
    const oro = sandbox();
    const { access_token: token } = await oro.issueTokens("sales");
    const ok = await oro.fetch(new Request(`${base}/admin/api/contacts`, { headers: { Origin: addin, Authorization: `Bearer ${token}` } }));
    expect(ok.headers.get("Access-Control-Allow-Origin")).toBe(addin);
    expect(ok.headers.get("Access-Control-Expose-Headers")).toBe("Location, X-Include-Total-Count");
    const unauthorized = await oro.fetch(new Request(`${base}/admin/api/contacts`, { headers: { Origin: addin } }));
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get("Access-Control-Allow-Origin")).toBe(addin);
  });

  test("foreign origins get no CORS headers from the API or the token endpoint", async () => {
    const oro = sandbox();
    const apiPreflight = await oro.fetch(preflight(`${base}/admin/api/contacts`, foreign, "GET", "authorization"));
    const tokenPreflight = await oro.fetch(preflight(`${base}/oauth2-token`, foreign, "POST", "content-type"));
    const token = await oro.fetch(new Request(`${base}/oauth2-token`, { method: "POST", headers: { Origin: foreign, "Content-Type": "application/json" }, body: "{}" }));
    for (const response of [apiPreflight, tokenPreflight, token]) {
      expect(response.headers.get("Access-Control-Allow-Origin")).toBeNull();
    }
  });

  test("the two lists are separate: an origin on the API list only can't reach the token endpoint", async () => {
    const oro = createOroSandbox({ baseUrl: base, corsOrigins: { oauth: [], api: [addin] } });
    const tokenPreflight = await oro.fetch(preflight(`${base}/oauth2-token`, addin, "POST", "content-type"));
    expect(tokenPreflight.headers.get("Access-Control-Allow-Origin")).toBeNull();
    const apiPreflight = await oro.fetch(preflight(`${base}/admin/api/contacts`, addin, "GET", "authorization"));
    expect(apiPreflight.headers.get("Access-Control-Allow-Origin")).toBe(addin);

    const oauthOnly = createOroSandbox({ baseUrl: base, corsOrigins: { oauth: [addin], api: [] } });
    const tokenOk = await oauthOnly.fetch(preflight(`${base}/oauth2-token`, addin, "POST", "content-type"));
    expect(tokenOk.headers.get("Access-Control-Allow-Origin")).toBe(addin);
    expect(tokenOk.headers.get("Access-Control-Allow-Methods")).toBe("POST, OPTIONS");
    const apiRefused = await oauthOnly.fetch(preflight(`${base}/admin/api/contacts`, addin, "GET", "authorization"));
    expect(apiRefused.headers.get("Access-Control-Allow-Origin")).toBeNull();
  });

  test("token responses carry CORS headers for listed origins, errors included", async () => {
    const response = await sandbox().fetch(
      new Request(`${base}/oauth2-token`, {
        method: "POST",
        headers: { Origin: addin, "Content-Type": "application/json" },
        body: JSON.stringify({ grant_type: "refresh_token", client_id: "oro-outlook-connector", refresh_token: "nope" }),
      }),
    );
    expect(response.status).toBe(400);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe(addin);
  });

  test("by default both lists are empty", async () => {
    const oro = createOroSandbox({ baseUrl: base });
    const response = await oro.fetch(preflight(`${base}/admin/api/contacts`, addin, "GET", "authorization"));
    expect(response.headers.get("Access-Control-Allow-Origin")).toBeNull();
  });
});
