// Signing in as a user does: Connect in the pane opens a pop-up with Oro's login page, then the consent page.
import type { Frame, FrameLocator, Page } from "playwright-core";
import { oroUsers } from "../../../src/sandbox/demo-identities";
import { waitMs } from "./pane";

export type OroLogin = { username: string; password: string };

/**
 * Clicks Connect in the pane, signs in on the sandbox's login page, grants access and waits for the pop-up to close.
 * When the pane asks for an Oro address (none configured), `sandboxUrl` is entered first.
 */
export async function signInThroughPopup(
  page: Page,
  pane: FrameLocator | Frame,
  options: { user?: OroLogin; sandboxUrl?: string; timeoutMs?: number } = {},
): Promise<void> {
  const user = options.user ?? oroUsers.sales;
  const timeout = options.timeoutMs ?? waitMs;
  const address = pane.getByLabel("Oro address");
  if (options.sandboxUrl && (await address.isVisible().catch(() => false))) await address.fill(options.sandboxUrl);
  const connect = pane.getByRole("button", { name: "Connect", exact: true });
  await connect.waitFor({ timeout });
  const popupOpened = page.context().waitForEvent("page", { timeout });
  await connect.click();
  const popup = await popupOpened;
  await popup.getByLabel("Username or email").fill(user.username);
  await popup.getByLabel("Password").fill(user.password);
  const popupClosed = popup.waitForEvent("close", { timeout });
  await popup.getByRole("button", { name: "Log in" }).click();
  await popup.getByRole("button", { name: "Grant" }).click();
  await popupClosed;
}
