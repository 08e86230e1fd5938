import { isApiRelayPath, relayFetch } from "./api-relay";

const relayUrl = "https://addin.example.com/oro-api-relay";

/** relayFetch over a fetch that records where each request really went. */
function recordingRelay(oroBaseUrl: string) {
  const sent: Request[] = [];
  const doFetch = relayFetch({
    oroBaseUrl,
    relayUrl,
    fetch: (input, init) => {
      sent.push(new Request(input, init));
      return Promise.resolve(new Response(null, { status: 204 }));
    },
  });
  return { doFetch, sent };
}

describe("which paths below Oro's base URL the relay carries", () => {
  test.each([
    "api/userprofile",
    "admin/api/emailthreadcontext",
    "admin/api/emails/12/relationships/activityTargets",
    "back-office_1/api/search",
  ])("%s goes through the relay", (rest) => {
    expect(isApiRelayPath(rest)).toBe(true);
  });

  test.each([
    ["the token endpoint", "oauth2-token"],
    ["the authorize page", "admin/oauth2-token/authorize"],
    ["the login page", "admin/user/login"],
    ["OAuth metadata", ".well-known/oauth-authorization-server/admin/oauth2-server"],
    ["the API root alone", "admin/api"],
    ["a two-segment prefix", "a/b/api/users"],
    ["a parent-directory step", "admin/api/../../oauth2-token"],
    ["a current-directory prefix", "./api/users"],
    ["an encoded parent-directory step", "admin/api/%2e%2e/%2E%2E/oauth2-token"],
    ["an encoded slash", "admin%2Fapi/users"],
    ["an encoded slash after the root", "api/users%2f..%2f..%2foauth2-token"],
    ["a backslash", "admin/api/..\\oauth2-token"],
    ["an empty segment", "admin//api/users"],
    ["a trailing slash", "api/users/"],
    ["nothing", ""],
  ])("%s is refused", (_what, rest) => {
    expect(isApiRelayPath(rest)).toBe(false);
  });
});

describe("relayFetch", () => {
  test("an API read goes to the relay on the pane's origin with the query exactly as built", async () => {
    const { doFetch, sent } = recordingRelay("https://crm.example.com");
    await doFetch(
      "https://crm.example.com/admin/api/emailthreadcontext?filter[messageId]=%3Ca%2Bb%40x%3E,a%2Bb%40x&include=entity",
      { headers: { Authorization: "Bearer abc", Accept: "application/vnd.api+json" } },
    );
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toBe(
      `${relayUrl}/admin/api/emailthreadcontext?filter[messageId]=%3Ca%2Bb%40x%3E,a%2Bb%40x&include=entity`,
    );
    expect(sent[0]?.headers.get("authorization")).toBe("Bearer abc");
  });

  test("the Platform layout's API and an Oro installed under a path are relayed too", async () => {
    const platform = recordingRelay("https://crm.example.com");
    await platform.doFetch("https://crm.example.com/api/userprofile");
    expect(platform.sent[0]?.url).toBe(`${relayUrl}/api/userprofile`);

    const underPath = recordingRelay("https://intranet.example.com/oro/");
    await underPath.doFetch("https://intranet.example.com/oro/admin/api/search?filter[searchText]=a");
    expect(underPath.sent[0]?.url).toBe(`${relayUrl}/admin/api/search?filter[searchText]=a`);
    await underPath.doFetch("https://intranet.example.com/admin/api/search");
    expect(underPath.sent[1]?.url).toBe("https://intranet.example.com/admin/api/search");
  });

  test("the token endpoint, sign-in pages, metadata and other servers are fetched unchanged", async () => {
    const { doFetch, sent } = recordingRelay("https://crm.example.com");
    const untouched = [
      "https://crm.example.com/oauth2-token",
      "https://crm.example.com/admin/oauth2-token/authorize?client_id=x",
      "https://crm.example.com/admin/user/login",
      "https://crm.example.com/.well-known/oauth-authorization-server/admin/oauth2-server",
      "https://crm.example.com/",
      "https://crm.example.com:8443/admin/api/users",
      "http://crm.example.com/admin/api/users",
      "https://other.example.com/admin/api/users",
      "https://addin.example.com/api/connector/settings",
      "https://crm.example.com/admin/api%2Fusers",
    ];
    for (const url of untouched) await doFetch(url, { method: "POST", body: "grant_type=refresh_token" });
    expect(sent.map((request) => request.url)).toEqual(untouched);
  });

  test("a parent-directory trick written into the URL cannot reach the token endpoint through the relay", async () => {
    const { doFetch, sent } = recordingRelay("https://crm.example.com");
    await doFetch("https://crm.example.com/admin/api/../../oauth2-token");
    expect(sent[0]?.url).toBe("https://crm.example.com/oauth2-token");
  });

  test("URL objects and Requests are relayed with their method, headers and body", async () => {
    const { doFetch, sent } = recordingRelay("https://crm.example.com");
    await doFetch(new URL("https://crm.example.com/admin/api/emails?filter[messageId]=x"));
    expect(sent[0]?.url).toBe(`${relayUrl}/admin/api/emails?filter[messageId]=x`);

    const body = JSON.stringify({ data: [{ type: "contacts", id: "5" }] });
    await doFetch(
      new Request("https://crm.example.com/admin/api/emails/7/relationships/activityTargets", {
        method: "DELETE",
        headers: { "Content-Type": "application/vnd.api+json", Authorization: "Bearer t" },
        body,
      }),
    );
    const relayed = sent[1];
    expect(relayed?.url).toBe(`${relayUrl}/admin/api/emails/7/relationships/activityTargets`);
    expect(relayed?.method).toBe("DELETE");
    expect(relayed?.headers.get("content-type")).toBe("application/vnd.api+json");
    expect(relayed?.headers.get("authorization")).toBe("Bearer t");
    expect(await relayed?.text()).toBe(body);

    const token = new Request("https://crm.example.com/oauth2-token", { method: "POST", body: "a=b" });
    await doFetch(token);
    expect(sent[2]?.url).toBe("https://crm.example.com/oauth2-token");
  });

  test("a paging link Oro returned is relayed when it is fetched", async () => {
    const { doFetch, sent } = recordingRelay("https://crm.example.com");
    const next = "https://crm.example.com/admin/api/search?filter[searchText]=Contoso&page[number]=2";
    await doFetch(next);
    expect(sent[0]?.url).toBe(`${relayUrl}/admin/api/search?filter[searchText]=Contoso&page[number]=2`);
  });
});
