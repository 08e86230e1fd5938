// The task pane inside the demo page, as the browser tests reach it: where it is, how long to wait for it, its
// sections, and what its pages log as errors.
import { join } from "node:path";
import type { BrowserContext, Frame, FrameLocator, Locator, Page } from "playwright-core";
import { artifactsDir } from "./browser";

/** The demo page's iframe that holds the task pane. */
export const paneSelector = 'iframe[title="Oro connector task pane"]';

/** How long one step may take: the machines are shared, and the pane waits on the sandbox Oro over HTTP. */
export const waitMs = 20_000;

/** The pane's frame, for evaluating in it or following its keyboard focus; it must have loaded already. */
export function paneFrame(page: Page): Frame {
  const frame = page.frames().find((candidate) => candidate.url().includes("/taskpane.html"));
  if (!frame) throw new Error("The task pane frame is not loaded");
  return frame;
}

/** One of the pane's sections ("In Context Of", "Could Be Related To"), by its exact name. */
export function section(pane: FrameLocator, name: string): Locator {
  return pane.getByRole("region", { name, exact: true });
}

/** Saves a screenshot of the pane alone as .e2e-artifacts/<name>.png, for a human to look at. */
export async function paneScreenshot(page: Page, name: string): Promise<void> {
  await page.locator(paneSelector).screenshot({ path: join(artifactsDir, `${name}.png`) });
}

/**
 * Collects, from now on, what the context's pages (the pane, the demo, the sign-in pop-up) log as errors and the
 * errors they throw. The browser's own lines about HTTP statuses ("Failed to load resource": discovery probes are
 * answered 401 on purpose) are not the app's and are left out.
 */
export function captureConsoleErrors(context: BrowserContext): string[] {
  const errors: string[] = [];
  context.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) errors.push(message.text());
  });
  context.on("weberror", (error) => errors.push(String(error.error())));
  return errors;
}
