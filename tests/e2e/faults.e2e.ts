// Fault suite, browser part: the production build in Chromium, the simulated Oro failing on purpose.
import type { Frame } from "playwright-core";
import { paneFrame } from "../../scripts/bench-browser";
import { storedMessages } from "../../src/sandbox/demo-identities";
import { launchBrowser, screenshot, type BrowserSession } from "./support/browser";
import { startTestServer, type TestServer } from "./support/server";
import { signInThroughPopup } from "./support/sign-in";

let server: TestServer;
let browser: BrowserSession;
let pane: Frame;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  await browser.page.goto(`${server.url}/demo.html`);
  pane = await paneFrame(browser.page);
  await signInThroughPopup(browser.page, pane);
  // The first email's lookup is over before any fault is queued, so the fault meets the request under test.
  await pane.getByRole("region", { name: "In Context Of" }).getByRole("button", { name: /Contoso Ltd/ }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("Oro answers 503 twice, then recovers: the pane shows the email's context without an error", async () => {
  const { page } = browser;
  const lookups: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    const forBruno = (url.searchParams.get("filter[messageId]") ?? "").includes(storedMessages.brunoQuestion.replace(/[<>]/g, ""));
    if (request.method() === "GET" && url.pathname.endsWith("/emailthreadcontext") && forBruno) lookups.push(request.url());
  });
  server.sandbox.faults.add({ kind: "status", status: 503, path: "/emailthreadcontext", times: 2 });

  // Bruno Martin's question: he is in the context of that thread in the seed.
  await page.getByTestId("message-2").click();

  const inContext = pane.getByRole("region", { name: "In Context Of" });
  await inContext.getByRole("button", { name: /Mr\. Bruno Martin/ }).waitFor();
  await screenshot(page, "faults-503-recovered");
  expect(await pane.getByRole("alert").count()).toBe(0);
  // Two refusals and the answer: the client retried by itself, and no more than that.
  expect(lookups).toHaveLength(3);
  expect(server.sandbox.faults.pending).toEqual([]);
  expect(browser.offMachineRequests).toEqual([]);
});
