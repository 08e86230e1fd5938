// Search, details and the context actions on the demo page: find a record, open it, add it to the open email's
// context, see it under In Context Of, remove it, see it gone – and after each step check what Oro (the sandbox
// behind the demo) really holds. Screenshots of the 320 px pane go to .e2e-artifacts/ for a human to look at.
import type { FrameLocator, Page } from "playwright-core";
import { storedMessages } from "../../src/sandbox/demo-identities";
import { linksAmong } from "../support/sandbox-links";
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

const bruno = { type: "contacts", id: 2 } as const;

async function connect(page: Page, pane: FrameLocator): Promise<void> {
  await signInThroughPopup(page, pane, { sandboxUrl: server.sandboxUrl, timeoutMs: waitMs });
}

/** How many emails of Olivia's thread (in the sandbox's Oro) have Bruno's contact as context. */
function brunoLinksInThread(): number {
  const first = server.sandbox.model.emailByMessageId(storedMessages.threadOneFirst);
  if (first === undefined) throw new Error("The seeded thread is missing");
  return linksAmong(server.sandbox.model.threadOf(first), bruno);
}

test("finds a record, adds it to the email's context and removes it again, and Oro agrees at every step", async () => {
  const { page } = browser;
  await page.goto(`${server.url}/demo.html`);
  const frame = page.locator(paneSelector);
  await frame.waitFor();
  expect((await frame.boundingBox())?.width).toBe(320);
  const pane = page.frameLocator(paneSelector);
  await connect(page, pane);

  // Olivia's stored email is open; Bruno has nothing to do with it yet.
  await page.getByTestId("message-0").click();
  const inContext = section(pane, "In Context Of");
  await expect.poll(() => inContext.getByRole("button", { name: /Contoso Ltd/ }).count(), { timeout: waitMs }).toBe(1);
  expect(brunoLinksInThread()).toBe(0);

  // Search.
  const search = pane.getByRole("searchbox", { name: "Search Oro" });
  await search.fill("Bruno");
  await search.press("Enter");
  const results = pane.getByRole("region", { name: "Search results for “Bruno”" });
  const result = results.getByRole("button", { name: "Mr. Bruno Martin" });
  await result.waitFor({ timeout: waitMs });
  expect(await result.getAttribute("aria-describedby")).not.toBeNull();
  await paneScreenshot(page, "search-details-1-results");

  // Details.
  await result.click();
  const heading = pane.getByRole("heading", { level: 2, name: "Mr. Bruno Martin" });
  await heading.waitFor({ timeout: waitMs });
  const details = pane.getByRole("article");
  await details.getByText("bruno.martin@fabrikam.example").waitFor({ timeout: waitMs });
  expect(await details.getByText("Not linked to this email").count()).toBe(1);
  await paneScreenshot(page, "search-details-2-details");

  // Add context: linked in Oro, exactly once.
  await pane.getByRole("button", { name: "Add context" }).click();
  await pane.getByText("Added to this email's context in Oro.").waitFor({ timeout: waitMs });
  expect(brunoLinksInThread()).toBe(1);
  await pane.getByRole("button", { name: "Remove context" }).waitFor({ timeout: waitMs });
  await paneScreenshot(page, "search-details-3-added");

  // Back: the search is still there, now hinting the link; clearing it shows the email's context with Bruno.
  await pane.getByRole("button", { name: "Back" }).click();
  await expect
    .poll(async () => (await results.getByRole("button", { name: "Mr. Bruno Martin" }).textContent()) ?? "", { timeout: waitMs })
    .toContain("In Context Of");
  await pane.getByRole("button", { name: "Clear search" }).click();
  await expect.poll(() => inContext.getByRole("button", { name: /Mr\. Bruno Martin/ }).count(), { timeout: waitMs }).toBe(1);
  expect(brunoLinksInThread()).toBe(1);
  await paneScreenshot(page, "search-details-4-in-context");

  // Remove context from the record opened in the panel: unlinked from the whole thread in Oro.
  await inContext.getByRole("button", { name: /Mr\. Bruno Martin/ }).click();
  await heading.waitFor({ timeout: waitMs });
  await pane.getByRole("button", { name: "Remove context" }).click();
  await pane.getByText("Removed from this email thread's context in Oro.").waitFor({ timeout: waitMs });
  expect(brunoLinksInThread()).toBe(0);
  expect(await pane.getByRole("button", { name: "Undo" }).count()).toBe(1);
  await paneScreenshot(page, "search-details-5-removed");

  // Back to the email's context: Bruno is gone from In Context Of, and Oro agrees.
  await pane.getByRole("button", { name: "Back" }).click();
  await expect.poll(() => inContext.getByRole("button", { name: /Mr\. Bruno Martin/ }).count(), { timeout: waitMs }).toBe(0);
  expect(await inContext.getByRole("button", { name: /Contoso Ltd/ }).count()).toBe(1);
  expect(brunoLinksInThread()).toBe(0);
  await paneScreenshot(page, "search-details-6-gone");

  expect(browser.offMachineRequests).toEqual([]);
});
