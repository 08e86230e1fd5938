// Scoped settings in a real browser against the real server and its settings store: an administrator gives the
// organization its own CRM sync interval in Manage add-on; a user sees it inherited in My settings, sets their
// own value and then goes back to the organization's. A non-administrator never sees Manage add-on.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FrameLocator, Page } from "playwright-core";
import { oroUsers } from "../../src/sandbox/demo-identities";
import { createSettingsRoutesForDeployment } from "../../src/server/settings-routes";
import { launchBrowser, screenshot, type BrowserSession } from "./support/browser";
import { paneSelector } from "./support/pane";
import { signInThroughPopup } from "./support/sign-in";
import { startTestServer, type TestServer } from "./support/server";

let server: TestServer;
let storeDir: string;
let browser: BrowserSession | null = null;

beforeAll(async () => {
  storeDir = mkdtempSync(join(tmpdir(), "settings-e2e-"));
  const storePath = join(storeDir, "settings.json");
  server = await startTestServer({
    routes: (deployment) => [createSettingsRoutesForDeployment(deployment, { storePath })],
  });
});

afterEach(async () => {
  await browser?.close();
  browser = null;
});

afterAll(async () => {
  await server?.close();
  rmSync(storeDir, { recursive: true, force: true });
});

/** Opens the demo in a fresh browser profile and connects the pane as `user` through Oro's login page. */
async function connectAs(user: {
  username: string;
  password: string;
}): Promise<{ page: Page; pane: FrameLocator; session: BrowserSession }> {
  const session = await launchBrowser();
  browser = session;
  const page = session.page;
  await page.goto(`${server.url}/demo.html`);
  const pane = page.frameLocator(paneSelector);
  await signInThroughPopup(page, pane, { user });
  await pane.getByRole("button", { name: "Connector menu" }).waitFor();
  return { page, pane, session };
}

async function openMenu(pane: FrameLocator) {
  await pane.getByRole("button", { name: "Connector menu" }).click();
  await pane.getByRole("menuitem", { name: "About" }).waitFor();
}

test("an administrator sets the organization's CRM sync interval; a user inherits it, overrides it and goes back", async () => {
  // The administrator, in Manage add-on.
  const admin = await connectAs(oroUsers.admin);
  await openMenu(admin.pane);
  await admin.pane.getByRole("menuitem", { name: "Manage add-on" }).click();
  const organizationForm = admin.pane.getByRole("form", { name: "Settings of Northwind Traders" });
  const orgCrm = organizationForm.getByRole("group", { name: "CRM sync interval (seconds)" });
  await orgCrm.getByRole("checkbox", { name: "Use System" }).click();
  await orgCrm.getByRole("spinbutton", { name: "CRM sync interval (seconds)" }).fill("300");
  await organizationForm.getByRole("button", { name: "Save" }).click();
  await organizationForm.getByRole("status").getByText("Settings saved.").waitFor();
  await orgCrm.getByText("In effect: 300 seconds (from organization)").waitFor();
  await screenshot(admin.page, "settings-1-admin-organization-saved");
  await browser?.close();
  browser = null;

  // The user, in My settings.
  const user = await connectAs(oroUsers.sales);
  await openMenu(user.pane);
  expect(await user.pane.getByRole("menuitem", { name: "Manage add-on" }).count()).toBe(0);
  await user.pane.getByRole("menuitem", { name: "My settings" }).click();
  const crm = user.pane.getByRole("group", { name: "CRM sync interval (seconds)" });
  const input = crm.getByRole("spinbutton", { name: "CRM sync interval (seconds)" });
  const useOrganization = crm.getByRole("checkbox", { name: "Use Organization" });
  await crm.getByText("In effect: 300 seconds (from organization)").waitFor();
  expect(await input.inputValue()).toBe("300");
  expect(await input.isDisabled()).toBe(true);
  expect(await useOrganization.isChecked()).toBe(true);
  await screenshot(user.page, "settings-2-user-inherits");

  await useOrganization.click();
  await input.fill("15");
  await user.pane.getByRole("button", { name: "Save" }).click();
  await crm.getByText("In effect: 15 seconds (from your own value)").waitFor();
  await screenshot(user.page, "settings-3-user-own-value");

  await useOrganization.click();
  expect(await input.inputValue()).toBe("300");
  await user.pane.getByRole("button", { name: "Save" }).click();
  await crm.getByText("In effect: 300 seconds (from organization)").waitFor();
  expect(await useOrganization.isChecked()).toBe(true);
  await screenshot(user.page, "settings-4-user-back-to-organization");
  expect(admin.session.offMachineRequests).toEqual([]);
  expect(user.session.offMachineRequests).toEqual([]);
});

test("a non-administrator never sees Manage add-on", async () => {
  const { pane } = await connectAs(oroUsers.sales);
  await openMenu(pane);
  expect(await pane.getByRole("menuitem", { name: "My settings" }).count()).toBe(1);
  expect(await pane.getByRole("menuitem", { name: "Manage add-on" }).count()).toBe(0);
});
