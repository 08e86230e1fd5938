import { launchBrowser, screenshot, type BrowserSession } from "./support/browser";
import { paneFrame, paneSelector } from "./support/pane";
import { startTestServer, type TestServer } from "./support/server";

let server: TestServer;
let browser: BrowserSession;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("the demo shows the task pane at Outlook on the web's 320 px width, and the pane loads", async () => {
  const { page, context } = browser;
  const ownFailures: string[] = [];
  context.on("response", (response) => {
    if (response.url().startsWith(server.url) && response.status() >= 400) {
      ownFailures.push(`${response.status()} ${response.url()}`);
    }
  });

  await page.goto(`${server.url}/demo.html`);
  const frameElement = page.locator(paneSelector);
  await frameElement.waitFor();
  const box = await frameElement.boundingBox();
  expect(box?.width).toBe(320);

  // The pane's own page rendered something into #root: its bundle, office.js and config all loaded.
  const pane = page.frameLocator(paneSelector);
  await pane.locator("#root > *").first().waitFor();
  await screenshot(page, "demo");
  // What the pane's own layout sees, whatever borders or flex sizing the demo page uses around it.
  const paneWidth = await pane.locator("body").evaluate(() => window.innerWidth);
  expect(paneWidth).toBe(320);

  // Nothing came from the internet: office.js is the local copy, every other request stayed on this machine.
  const officeScript = await paneFrame(page).evaluate(() =>
    Array.from(document.scripts, (script) => script.src).find((src) => src.includes("office")),
  );
  expect(officeScript).toBe(`${server.url}/vendor/office-js/office.js`);
  expect(ownFailures).toEqual([]);
  expect(browser.offMachineRequests).toEqual([]);
});
