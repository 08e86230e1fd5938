// The email's context on the demo page: connect through the sign-in pop-up as the sales user, then select sample
// emails in turn and check that the pane shows each one's records (and never the previous one's) in both sections.
import type { FrameLocator, Page } from "playwright-core";
import { launchBrowser, type BrowserSession } from "./support/browser";
import { captureConsoleErrors, paneScreenshot, paneSelector, section, waitMs } from "./support/pane";
import { signInThroughPopup } from "./support/sign-in";
import { startTestServer, type TestServer } from "./support/server";

let server: TestServer;
let browser: BrowserSession;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function connect(page: Page, pane: FrameLocator): Promise<void> {
  await signInThroughPopup(page, pane, { sandboxUrl: server.sandboxUrl, timeoutMs: waitMs });
}

async function selectMessage(page: Page, index: number): Promise<void> {
  await page.getByTestId(`message-${index}`).click();
}

test("shows the right Oro records in both sections for each email selected in turn", async () => {
  const { page } = browser;
  const consoleErrors = captureConsoleErrors(page.context());
  await page.goto(`${server.url}/demo.html`);
  const frame = page.locator(paneSelector);
  await frame.waitFor();
  expect((await frame.boundingBox())?.width).toBe(320);
  const pane = page.frameLocator(paneSelector);

  await connect(page, pane);

  // Olivia's first message: context added in Oro (account, opportunity), suggestions from her address.
  await selectMessage(page, 0);
  const inContext = section(pane, "In Context Of");
  const suggested = section(pane, "Could Be Related To");
  await expect.poll(() => inContext.getByRole("button", { name: /Contoso - Fleet renewal/ }).count(), { timeout: waitMs }).toBe(1);
  expect(await inContext.getByRole("button", { name: /Contoso Ltd/ }).count()).toBe(1);
  expect(await suggested.getByRole("button", { name: /Ms\. Olivia Chen/ }).count()).toBe(1);
  expect(await suggested.getByRole("button", { name: /Contoso - Spare parts programme/ }).count()).toBe(1);
  await paneScreenshot(page, "context-olivia");

  // Bruno's question: his contact is in context; the shared Contoso mailbox in CC brings its two contacts.
  await selectMessage(page, 2);
  await expect.poll(() => inContext.getByRole("button", { name: /Mr\. Bruno Martin/ }).count(), { timeout: waitMs }).toBe(1);
  expect(await suggested.getByRole("button", { name: /Fabrikam - Warehouse scanners/ }).count()).toBe(1);
  expect(await suggested.getByRole("button", { name: /Daniel J\. Brooks/ }).count()).toBe(1);
  expect(await suggested.getByRole("button", { name: /Maria Garcia/ }).count()).toBe(1);
  expect(await pane.getByRole("button", { name: /Olivia Chen/ }).count()).toBe(0);
  await paneScreenshot(page, "context-bruno");

  // Priya's message is not stored in Oro: nothing in context, her lead is suggested.
  await selectMessage(page, 3);
  await expect.poll(() => suggested.getByRole("button", { name: /Tailspin Toys - Drone fleet/ }).count(), { timeout: waitMs }).toBe(1);
  expect(await inContext.getByText("No records are linked to this conversation yet.").count()).toBe(1);
  expect(await pane.getByRole("button", { name: /Bruno Martin/ }).count()).toBe(0);
  await paneScreenshot(page, "context-priya");

  // Back to Olivia: shown again (from the cache, refreshed in the background).
  await selectMessage(page, 0);
  await expect.poll(() => inContext.getByRole("button", { name: /Contoso Ltd/ }).count(), { timeout: waitMs }).toBe(1);
  expect(await pane.getByRole("button", { name: /Tailspin Toys/ }).count()).toBe(0);

  // A stranger: nothing matches, and the pane says which address it searched.
  await selectMessage(page, 5);
  await expect.poll(() => pane.getByText("No Oro records found").count(), { timeout: waitMs }).toBe(1);
  expect(await pane.getByText("Alex Unknown <alex@unknown-startup.example>").count()).toBe(1);
  await paneScreenshot(page, "context-stranger");

  // The draft with a BCC recipient: Olivia (BCC) is searched too.
  await selectMessage(page, 8);
  await expect.poll(() => suggested.getByRole("button", { name: /Ms\. Olivia Chen/ }).count(), { timeout: waitMs }).toBe(1);
  expect(await suggested.getByRole("button", { name: /Mr\. Bruno Martin/ }).count()).toBe(1);
  await paneScreenshot(page, "context-compose");

  expect(browser.offMachineRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
