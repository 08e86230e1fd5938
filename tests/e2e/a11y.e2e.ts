// Every view of the pane, in Office's light and dark themes at Outlook on the web's 320 px (and at 500 px): axe finds
// no serious or critical violations, nothing sticks out sideways, and a screenshot of each view is kept to look at.
import AxeBuilder from "@axe-core/playwright";
import type { FrameLocator, Page } from "playwright-core";
import { oroUsers } from "../../src/sandbox/demo-identities";
import { launchBrowser, type BrowserSession } from "./support/browser";
import { paneFrame, paneScreenshot, paneSelector, section, waitMs } from "./support/pane";
import { signInThroughPopup, type OroLogin } from "./support/sign-in";
import { startTestServer, type TestServer } from "./support/server";

let server: TestServer;
const sessions: BrowserSession[] = [];

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await Promise.all(sessions.map((session) => session.close()));
  await server?.close();
});

type Theme = "light" | "dark" | "highContrast";

async function openBrowser(): Promise<BrowserSession> {
  const session = await launchBrowser({ viewport: { width: 1280, height: 900 } });
  sessions.push(session);
  return session;
}

async function openDemo(page: Page, theme: Theme): Promise<FrameLocator> {
  await page.goto(`${server.url}/demo.html?theme=${theme}`);
  const pane = page.frameLocator(paneSelector);
  await pane.locator("#root > *").first().waitFor({ timeout: waitMs });
  return pane;
}

async function connect(page: Page, pane: FrameLocator, user: OroLogin): Promise<void> {
  await signInThroughPopup(page, pane, { user, timeoutMs: waitMs });
  await pane.getByRole("banner").waitFor({ timeout: waitMs });
}

/** Serious and critical axe violations inside the pane, one line each. */
async function axeProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(paneSelector).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
          .slice(0, 3)
          .map((node) => JSON.stringify(node.target))
          .join(", ")}`,
    );
}

/** Horizontal scrolling, or visible elements reaching past the pane's right edge (clipped by an overflow:hidden). */
async function overflowProblems(page: Page): Promise<string[]> {
  return paneFrame(page).evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const problems: string[] = [];
    if (root.scrollWidth > width) problems.push(`the page scrolls sideways (${root.scrollWidth} > ${width})`);
    const sticking = new Set<Element>();
    for (const element of Array.from(document.body.querySelectorAll("*"))) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || !element.checkVisibility({ visibilityProperty: true })) continue;
      if (box.right > width + 0.5 || box.left < -0.5) sticking.add(element);
    }
    for (const element of sticking) {
      // Report the outermost element only: its children stick out with it.
      if (element.parentElement && sticking.has(element.parentElement)) continue;
      const box = element.getBoundingClientRect();
      const name = element.getAttribute("aria-label") ?? element.textContent?.trim().slice(0, 40) ?? "";
      problems.push(`<${element.tagName.toLowerCase()}> "${name}" spans ${Math.round(box.left)}–${Math.round(box.right)} px`);
    }
    return problems;
  });
}

async function setPaneWidth(page: Page, width: number): Promise<void> {
  await page.locator(paneSelector).evaluate((frame, px) => {
    (frame as HTMLElement).style.width = `${px}px`;
  }, width);
  await expect.poll(() => paneFrame(page).evaluate(() => window.innerWidth)).toBe(width);
}

/** Checks the view on screen at 320 px (with a screenshot) and at 500 px; returns what is wrong, by view. */
async function checkView(page: Page, view: string, problems: Record<string, string[]>): Promise<void> {
  const found: string[] = [];
  await setPaneWidth(page, 320);
  await paneScreenshot(page, `a11y-${view}-320`);
  found.push(...(await axeProblems(page)));
  found.push(...(await overflowProblems(page)).map((problem) => `320 px: ${problem}`));
  await setPaneWidth(page, 500);
  found.push(...(await overflowProblems(page)).map((problem) => `500 px: ${problem}`));
  await setPaneWidth(page, 320);
  if (found.length > 0) problems[view] = found;
}

async function backHome(pane: FrameLocator): Promise<void> {
  await pane.getByRole("button", { name: "Back" }).click();
  await pane.getByRole("search").waitFor();
}

describe.each<Theme>(["light", "dark"])("in Office's %s theme", (theme) => {
  test("every view of a sales user's pane is accessible and fits 320 px and 500 px", async () => {
    const { page, offMachineRequests } = await openBrowser();
    const problems: Record<string, string[]> = {};
    const pane = await openDemo(page, theme);

    await pane.getByRole("button", { name: "Connect", exact: true }).waitFor({ timeout: waitMs });
    await checkView(page, `${theme}-connect`, problems);
    await connect(page, pane, oroUsers.sales);

    // Olivia's message: records in both sections.
    await page.getByTestId("message-0").click();
    await section(pane, "In Context Of").getByRole("button").first().waitFor({ timeout: waitMs });
    await section(pane, "Could Be Related To").getByRole("button").first().waitFor();
    await checkView(page, `${theme}-context`, problems);

    await pane.getByRole("searchbox", { name: "Search Oro" }).fill("Contoso");
    await pane.getByRole("searchbox", { name: "Search Oro" }).press("Enter");
    await pane.getByRole("region", { name: /Contoso/ }).getByRole("button").first().waitFor({ timeout: waitMs });
    await checkView(page, `${theme}-search-results`, problems);
    await pane.getByRole("searchbox", { name: "Search Oro" }).fill("");

    await section(pane, "In Context Of").getByRole("button", { name: /Fleet renewal/ }).click();
    await pane.getByRole("article").getByRole("heading", { level: 2 }).waitFor({ timeout: waitMs });
    await pane.getByRole("button", { name: "Open in Oro" }).waitFor({ timeout: waitMs });
    await checkView(page, `${theme}-record-details`, problems);
    await backHome(pane);

    await pane.getByRole("button", { name: "Connector menu" }).click();
    await pane.getByRole("menu").waitFor();
    await checkView(page, `${theme}-menu`, problems);
    await page.keyboard.press("Escape");

    // An error state: Oro fails the context lookup of the next email.
    server.sandbox.faults.add({ kind: "status", status: 500, path: /emailcontext|emailthreadcontext/, times: 20 });
    await page.getByTestId("message-2").click();
    await pane.getByRole("button", { name: "Retry" }).first().waitFor({ timeout: waitMs });
    await checkView(page, `${theme}-error`, problems);
    server.sandbox.faults.clear();

    expect(problems).toEqual({});
    expect(offMachineRequests).toEqual([]);
  });

  // Views behind the connector menu.
  test.for([
    { item: "My settings", heading: "My settings", user: oroUsers.sales },
    { item: "About", heading: /About/, user: oroUsers.sales },
    { item: "Manage add-on", heading: "Manage add-on", user: oroUsers.admin },
  ])("$item is accessible and fits 320 px and 500 px", async ({ item, heading, user }) => {
    const { page } = await openBrowser();
    const problems: Record<string, string[]> = {};
    const pane = await openDemo(page, theme);
    await connect(page, pane, user);
    await pane.getByRole("button", { name: "Connector menu" }).click();
    await pane.getByRole("menu").waitFor();
    await pane.getByRole("menuitem", { name: item }).click();
    await pane.getByRole("heading", { name: heading }).waitFor({ timeout: waitMs });
    // The view must have loaded for real (settings come from the connector's server), not be an error state.
    await page.waitForTimeout(500);
    expect(await pane.getByText(/could not be loaded/i).count()).toBe(0);
    await checkView(page, `${theme}-${item}`, problems);
    expect(problems).toEqual({});
  });
});

test("high contrast: the pane takes Office's high-contrast theme", async () => {
  const { page } = await openBrowser();
  const pane = await openDemo(page, "highContrast");
  await connect(page, pane, oroUsers.sales);
  await page.getByTestId("message-0").click();
  await section(pane, "In Context Of").getByRole("button").first().waitFor({ timeout: waitMs });
  await paneScreenshot(page, "a11y-high-contrast-context-320");
  // Teams' high-contrast theme paints the pane black with white text.
  const colours = await paneFrame(page).evaluate(() => {
    const style = getComputedStyle(document.body);
    return { background: style.backgroundColor };
  });
  expect(colours.background).toBe("rgb(0, 0, 0)");
  expect(await axeProblems(page)).toEqual([]);
});
