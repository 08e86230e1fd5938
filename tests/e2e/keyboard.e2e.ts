// Keyboard only: from Outlook's pane (reached as F6 would) the user connects, signs in on Oro's pages, opens a
// suggested record and adds it to the email's context, then goes back to the row they came from – no mouse click.
import type { Frame, Page } from "playwright-core";
import { oroUsers } from "../../src/sandbox/demo-identities";
import { launchBrowser, screenshot, type BrowserSession } from "./support/browser";
import { paneFrame, paneSelector, section, waitMs } from "./support/pane";
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

/** What has keyboard focus in this document: its accessible name, roughly as a screen reader would say it. */
function focusedName(frame: Frame | Page): Promise<string> {
  return frame.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return "";
    const labelledBy = element.getAttribute("aria-labelledby");
    const byId = labelledBy
      ?.split(" ")
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" ");
    return (element.getAttribute("aria-label") ?? byId ?? element.textContent ?? "").trim();
  });
}

/** Presses Tab until the focused element's name matches; fails if it never does. */
async function tabTo(page: Page, frame: Frame | Page, name: RegExp, maxPresses = 40): Promise<void> {
  const seen: string[] = [];
  for (let press = 0; press < maxPresses; press += 1) {
    const current = await focusedName(frame);
    if (name.test(current)) return;
    seen.push(current);
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${String(name)}; focus went through: ${seen.join(" | ")}`);
}

/** A visible focus indicator: an outline, or a Fluent focus ring drawn as a pseudo-element's border or shadow. */
function hasVisibleFocus(frame: Frame): Promise<boolean> {
  return frame.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return false;
    const own = getComputedStyle(element);
    if (own.outlineStyle !== "none" && parseFloat(own.outlineWidth) > 0) return true;
    if (own.boxShadow !== "none") return true;
    const after = getComputedStyle(element, "::after");
    return after.content !== "none" && (parseFloat(after.borderTopWidth) > 0 || after.boxShadow !== "none");
  });
}

test("connects, opens a suggested record and adds it to the email's context with the keyboard alone", async () => {
  const { page, context } = browser;
  await page.goto(`${server.url}/demo.html`);
  // Outlook's own message list: select Olivia's email from the keyboard.
  await page.getByTestId("message-0").focus();
  await page.keyboard.press("Enter");

  // Into the pane, as F6 does in Outlook.
  await page.locator(paneSelector).waitFor();
  const frameElement = page.locator(paneSelector);
  await page.frameLocator(paneSelector).getByRole("button", { name: "Connect", exact: true }).waitFor({ timeout: waitMs });
  await frameElement.focus();
  const pane = paneFrame(page);
  await tabTo(page, pane, /^Connect$/);
  expect(await hasVisibleFocus(pane)).toBe(true);
  const popupOpened = context.waitForEvent("page", { timeout: waitMs });
  await page.keyboard.press("Enter");

  // Oro's login and consent pages, filled and confirmed from the keyboard.
  const popup = await popupOpened;
  await popup.getByLabel("Username or email").waitFor();
  await popup.getByLabel("Username or email").focus();
  await popup.keyboard.type(oroUsers.sales.username);
  await popup.keyboard.press("Tab");
  await popup.keyboard.type(oroUsers.sales.password);
  await popup.keyboard.press("Enter");
  await popup.getByRole("button", { name: "Grant" }).waitFor({ timeout: waitMs });
  await tabTo(popup, popup, /^Grant$/);
  const popupClosed = popup.waitForEvent("close", { timeout: waitMs });
  await popup.keyboard.press("Enter");
  await popupClosed;

  // Connected: the suggested contact is reachable with Tab and opens with Enter.
  const paneLocator = page.frameLocator(paneSelector);
  const contactRow = section(paneLocator, "Could Be Related To").getByRole("button", { name: /Ms\. Olivia Chen/ });
  await contactRow.waitFor({ timeout: waitMs });
  await frameElement.focus();
  await tabTo(page, pane, /Ms\. Olivia Chen/, 60);
  expect(await hasVisibleFocus(pane)).toBe(true);
  await screenshot(page, "keyboard-1-row-focused");
  await page.keyboard.press("Enter");

  // Focus moves into the details, onto the record's heading.
  const heading = paneLocator.getByRole("article").getByRole("heading", { level: 2 });
  await heading.waitFor({ timeout: waitMs });
  await expect.poll(() => focusedName(pane)).toBe("Ms. Olivia Chen");

  await tabTo(page, pane, /^Add context$/);
  expect(await hasVisibleFocus(pane)).toBe(true);
  await page.keyboard.press("Enter");
  const added = paneLocator.getByRole("status").filter({ hasText: "Added to this email's context in Oro." });
  await added.waitFor({ timeout: waitMs });
  await screenshot(page, "keyboard-2-added");
  // Oro has the link: the email's context now holds Olivia's contact.
  await paneLocator.getByRole("button", { name: "Remove context" }).waitFor({ timeout: waitMs });

  // Back (reached with Shift+Tab from the heading) returns focus to the row that opened the record.
  await paneLocator.getByRole("article").getByRole("heading", { level: 2 }).focus();
  for (let press = 0; press < 10 && (await focusedName(pane)) !== "Back"; press += 1) {
    await page.keyboard.press("Shift+Tab");
  }
  expect(await focusedName(pane)).toBe("Back");
  await page.keyboard.press("Enter");
  await expect.poll(() => focusedName(pane), { timeout: waitMs }).toMatch(/Ms\. Olivia Chen/);
  expect(await hasVisibleFocus(pane)).toBe(true);
  await screenshot(page, "keyboard-3-back-on-row");
  expect(browser.offMachineRequests).toEqual([]);
});
