// The API relay in the browser: with it on, the pane reaches Oro's API through its own server (same origin), so an
// email's context costs no CORS preflight; the token endpoint and the sign-in pop-up still go to Oro directly.
import { createRequestLog, loggingSandboxStarter } from "../../scripts/bench-sandbox";
import { launchBrowser, type BrowserSession } from "./support/browser";
import { captureConsoleErrors, paneFrame, paneSelector, section, waitMs } from "./support/pane";
import { signInThroughPopup } from "./support/sign-in";
import { startTestServer, type TestServer } from "./support/server";

const oroLog = createRequestLog();
let server: TestServer;
let browser: BrowserSession;

beforeAll(async () => {
  server = await startTestServer({ apiRelay: true, startSandbox: loggingSandboxStarter(oroLog) });
  // Off-machine requests only recorded: with a route set, Playwright would answer CORS preflights itself and Oro
  // would never see them.
  browser = await launchBrowser({ offMachine: "record" });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("with the API relay, an email's context comes through the pane's own server without a preflight", async () => {
  const { context, page } = browser;
  const sent: { method: string; url: URL }[] = [];
  context.on("request", (request) => {
    sent.push({ method: request.method(), url: new URL(request.url()) });
  });
  const consoleErrors = captureConsoleErrors(context);

  await page.goto(`${server.url}/demo.html`);
  const pane = page.frameLocator(paneSelector);
  await signInThroughPopup(page, pane, { sandboxUrl: server.sandboxUrl, timeoutMs: waitMs });
  const inContext = section(pane, "In Context Of");
  await expect
    .poll(() => inContext.getByRole("button", { name: /Contoso - Fleet renewal/ }).count(), {
      timeout: waitMs,
    })
    .toBe(1);

  // Another email: its context lookup is a URL the browser has never asked for.
  oroLog.clear();
  const sentBefore = sent.length;
  await page.getByTestId("message-2").click();
  await expect
    .poll(() => inContext.getByRole("button", { name: /Mr\. Bruno Martin/ }).count(), { timeout: waitMs })
    .toBe(1);
  const suggested = section(pane, "Could Be Related To");
  expect(await suggested.getByRole("button", { name: /Fabrikam - Warehouse scanners/ }).count()).toBe(1);
  const lookup = sent
    .slice(sentBefore)
    .filter((request) => request.url.pathname.includes("/emailthreadcontext"));
  expect(lookup.length).toBeGreaterThan(0);
  expect(lookup.every((request) => request.url.origin === server.url)).toBe(true);
  expect(lookup.every((request) => request.url.pathname.startsWith("/oro-api-relay/admin/api/"))).toBe(true);
  // On Oro's side: the lookup arrived through the relay, and no preflight came with it.
  expect(oroLog.entries.filter((entry) => entry.method === "OPTIONS")).toEqual([]);
  expect(
    oroLog.entries.some((entry) => entry.path === "/admin/api/emailthreadcontext" && entry.relayed),
  ).toBe(true);

  // Since the page opened: the browser sent nothing to Oro's API itself, and the refresh token never went via the relay.
  const sandboxOrigin = new URL(server.sandboxUrl).origin;
  const toOro = sent.filter((request) => request.url.origin === sandboxOrigin);
  expect(toOro.filter((request) => /\/api(\/|$)/.test(request.url.pathname))).toEqual([]);
  expect(toOro.some((request) => request.method === "POST" && request.url.pathname === "/oauth2-token")).toBe(
    true,
  );
  expect(
    sent.some(
      (request) => request.url.pathname.includes("oauth2-token") && request.url.origin === server.url,
    ),
  ).toBe(false);

  // The check can see a preflight: the same kind of request sent to Oro directly gets one.
  oroLog.clear();
  await paneFrame(page).evaluate(async (url) => {
    await fetch(url, { headers: { Authorization: "Bearer direct" } }).catch(() => undefined);
  }, `${server.sandboxUrl}/admin/api/emailthreadcontext?filter[messageId]=direct`);
  expect(oroLog.entries.filter((entry) => entry.method === "OPTIONS")).toHaveLength(1);

  expect(browser.offMachineRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
