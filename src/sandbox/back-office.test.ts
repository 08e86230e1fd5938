import { describe, expect, test } from "vitest";
import { createOroSandbox } from "./oro-sandbox";
import { seedIds } from "./seed";
import { PageClient, formAction, hiddenInputValue } from "./testing";

const base = "https://oro.test";

async function signIn(browser: PageClient, prefix: string) {
  const page = await (await browser.get(`${base}${prefix}/user/login`)).text();
  return browser.postForm(formAction(page), { _username: "sales", _password: "sales", _csrf_token: hiddenInputValue(page, "_csrf_token") ?? "" });
}

describe("back-office view pages", () => {
  test("an entity URL asks for login first, then shows the record", async () => {
    const sandbox = createOroSandbox({ baseUrl: base });
    const browser = new PageClient(sandbox);
    const url = `${base}/admin/contact/view/${seedIds.contacts.olivia}`;
    const anonymous = await browser.get(url);
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toBe(`${base}/admin/user/login`);
    const login = await signIn(browser, "/admin");
    expect(login.headers.get("Location")).toBe(url);
    const page = await browser.get(url);
    expect(page.status).toBe(200);
    expect(page.headers.get("X-Frame-Options")).toBe("DENY");
    const html = await page.text();
    expect(html).toContain("<h1>Ms. Olivia Chen</h1>");
    expect(html).toContain("olivia.chen@contoso.example");
  });

  test("a record page names its related records and status", async () => {
    const sandbox = createOroSandbox({ baseUrl: base });
    const browser = new PageClient(sandbox);
    await signIn(browser, "/admin");
    const html = await (await browser.get(`${base}/admin/opportunity/view/${seedIds.opportunities.contosoFleet}`)).text();
    expect(html).toContain('<th scope="row">Status</th><td>Negotiation</td>');
    expect(html).toContain('<th scope="row">Account</th><td>Contoso Ltd</td>');
  });

  test("record values are HTML-escaped", async () => {
    const sandbox = createOroSandbox({ baseUrl: base, layout: "platform" });
    const account = sandbox.model.data.accounts.find((candidate) => candidate.id === seedIds.accounts.contoso);
    if (account) account.name = `<script>alert("x")</script>`;
    const browser = new PageClient(sandbox);
    await signIn(browser, "");
    const html = await (await browser.get(`${base}/account/view/${seedIds.accounts.contoso}`)).text();
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  test("unknown records and pages are 404", async () => {
    const sandbox = createOroSandbox({ baseUrl: base });
    const browser = new PageClient(sandbox);
    await signIn(browser, "/admin");
    expect((await browser.get(`${base}/admin/contact/view/999999`)).status).toBe(404);
    expect((await browser.get(`${base}/admin/nothing/here`)).status).toBe(404);
  });
});
