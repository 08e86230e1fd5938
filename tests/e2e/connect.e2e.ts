// Connecting in a real browser: the demo page's task pane opens the sign-in pop-up, the sandbox Oro's own login
// and consent pages run in it, and the pane ends up connected (and stays so across a reload) or explains why not.
import type { Page } from "playwright-core";
import { oroUsers } from "../../src/sandbox/demo-identities";
import { launchBrowser, screenshot, type BrowserSession } from "./support/browser";
import { paneSelector } from "./support/pane";
import { startTestServer, type TestServer } from "./support/server";

let server: TestServer;
let browser: BrowserSession | null = null;

beforeAll(async () => {
  server = await startTestServer();
});

afterEach(async () => {
  // A fresh profile per test: the refresh token of one test must not connect the next.
  await browser?.close();
  browser = null;
});

afterAll(async () => {
  await server?.close();
});

async function openDemo(): Promise<{ page: Page; session: BrowserSession }> {
  const session = await launchBrowser();
  browser = session;
  await session.page.goto(`${server.url}/demo.html`);
  return { page: session.page, session };
}

/** Clicks Connect in the pane and returns the sign-in pop-up once Oro's login page is in it. */
async function startSignIn(page: Page, session: BrowserSession): Promise<Page> {
  const pane = page.frameLocator(paneSelector);
  const connect = pane.getByRole("button", { name: "Connect", exact: true });
  await connect.waitFor();
  const popupOpened = session.context.waitForEvent("page");
  await connect.click();
  const popup = await popupOpened;
  await popup.getByLabel("Username or email").waitFor();
  return popup;
}

async function logIn(popup: Page, name: string): Promise<void> {
  await popup.getByLabel("Username or email").fill(oroUsers.sales.username);
  await popup.getByLabel("Password").fill(oroUsers.sales.password);
  await screenshot(popup, `${name}-login`);
  await popup.getByRole("button", { name: "Log in" }).click();
  await popup.getByRole("button", { name: "Grant" }).waitFor();
  await screenshot(popup, `${name}-consent`);
}

test("connects through Oro's login and consent pages, and is still connected after a reload", async () => {
  const { page, session } = await openDemo();
  const pane = page.frameLocator(paneSelector);
  await pane.getByRole("button", { name: "Connect", exact: true }).waitFor();
  await screenshot(page, "connect-1-connect-screen");

  const popup = await startSignIn(page, session);
  await logIn(popup, "connect-2");
  const popupClosed = popup.waitForEvent("close");
  await popup.getByRole("button", { name: "Grant" }).click();
  await popupClosed;

  await pane.getByText("Sam Seller").waitFor();
  await screenshot(page, "connect-3-connected");

  await page.reload();
  await page.frameLocator(paneSelector).getByText("Sam Seller").waitFor();
  expect(await page.frameLocator(paneSelector).getByRole("button", { name: "Connect", exact: true }).count()).toBe(0);
  await screenshot(page, "connect-4-after-reload");
  expect(session.offMachineRequests).toEqual([]);
});

test("Cancel on Oro's consent page: the pane explains that access was not granted", async () => {
  const { page, session } = await openDemo();
  const pane = page.frameLocator(paneSelector);

  const popup = await startSignIn(page, session);
  await logIn(popup, "cancel-1");
  const popupClosed = popup.waitForEvent("close");
  await popup.getByRole("button", { name: "Cancel" }).click();
  await popupClosed;

  const alert = pane.getByRole("alert");
  await alert.getByText("Access was not granted.").waitFor();
  expect(await alert.textContent()).toContain("click Connect and choose Grant");
  expect(await pane.getByRole("button", { name: "Connect", exact: true }).isEnabled()).toBe(true);
  await screenshot(page, "cancel-2-access-denied");
});
