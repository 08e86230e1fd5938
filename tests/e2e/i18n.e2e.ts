// Localisation in the browser: switching Outlook's display language to German on the demo page reloads the pane,
// which stays connected and speaks German – texts, plurals, and numbers and currencies in German format.
import type { FrameLocator, Page } from "playwright-core";
import { oroUsers } from "../../src/sandbox/demo-identities";
import { launchBrowser, type BrowserSession } from "./support/browser";
import { paneScreenshot, paneSelector, section, waitMs } from "./support/pane";
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
  await signInThroughPopup(page, pane, { user: oroUsers.sales, timeoutMs: waitMs });
}

test("switching Outlook to German shows the pane in German with German number and currency formats", async () => {
  const { page } = browser;
  await page.goto(`${server.url}/demo.html`);
  let pane = page.frameLocator(paneSelector);
  await connect(page, pane);
  await page.getByTestId("message-0").click();
  const englishSection = section(pane, "In Context Of");
  await englishSection.getByRole("button", { name: /Fleet renewal/ }).waitFor({ timeout: waitMs });
  expect(await englishSection.getByText("$184,500.00", { exact: false }).count()).toBe(1);

  await page.getByLabel("Outlook language").selectOption({ label: "Deutsch" });
  pane = page.frameLocator(paneSelector);

  const inContext = section(pane, "Im Kontext von");
  const suggested = section(pane, "Könnte zusammenhängen mit");
  const opportunity = inContext.getByRole("button", { name: /Contoso - Fleet renewal/ });
  await opportunity.waitFor({ timeout: waitMs });
  // German plural and German currency format; Oro's own labels and data stay as Oro gives them.
  expect(await inContext.getByText("2 Datensätze").count()).toBe(1);
  expect(await suggested.getByText("5 Datensätze").count()).toBe(1);
  // Intl puts a no-break space before the currency sign.
  expect(await opportunity.textContent()).toMatch(/184\.500,00\s\$/);
  expect(await pane.getByRole("searchbox", { name: "In Oro suchen" }).count()).toBe(1);
  expect(await pane.getByRole("button", { name: "Connector-Menü" }).count()).toBe(1);
  expect(await pane.getByText("In Context Of").count()).toBe(0);
  await paneScreenshot(page, "i18n-german-context-320");

  // The details view formats dates the German way too.
  await opportunity.click();
  await pane.getByRole("article").getByRole("heading", { name: "Contoso - Fleet renewal" }).waitFor({ timeout: waitMs });
  await paneScreenshot(page, "i18n-german-details-320");
  expect(await pane.getByRole("button", { name: "In Oro öffnen" }).count()).toBe(1);
  expect(await pane.getByRole("button", { name: "Kontext entfernen" }).count()).toBe(1);
  await expect
    .poll(() => pane.getByRole("article").textContent(), { timeout: waitMs })
    .toMatch(/\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\. [A-Za-zä]+\.? \d{4}/);
  await paneScreenshot(page, "i18n-german-details-320");
  expect(browser.offMachineRequests).toEqual([]);
});
