// Headless Chromium for browser tests: the system's Chromium (no download), a throwaway profile per launch,
// and nothing that phones home, so a run is offline and leaves no state behind.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const artifactsDir = resolve(import.meta.dirname, "..", "..", "..", ".e2e-artifacts");

const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

function isOnThisMachine(url: URL): boolean {
  if (url.protocol === "data:" || url.protocol === "blob:" || url.protocol === "about:") return true;
  return ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
}

export type BrowserSession = {
  context: BrowserContext;
  /** Requests that tried to leave this machine (refused, or only recorded). Tests expect this to stay empty. */
  offMachineRequests: string[];
  /** The page the browser opened with. */
  page: Page;
  newPage: () => Promise<Page>;
  close: () => Promise<void>;
};

export type LaunchOptions = {
  viewport?: { width: number; height: number };
  locale?: string;
  /**
   * What happens to a request that tries to leave this machine: "refuse" (default) aborts it through a Playwright
   * route. "record" only notes it: while any route is set Playwright answers CORS preflights itself and the server
   * never sees them, so whoever counts preflights (the API relay test, the bench) must not have one.
   */
  offMachine?: "refuse" | "record";
};

export async function launchBrowser(options: LaunchOptions = {}): Promise<BrowserSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), "oro-e2e-profile-"));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath,
      headless: true,
      args: chromiumArgs,
      viewport: options.viewport ?? { width: 1280, height: 800 },
      locale: options.locale ?? "en-US",
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw new Error(`Could not start Chromium at ${chromiumPath} (set CHROMIUM_PATH to another binary)`, {
      cause: error,
    });
  }
  const offMachineRequests: string[] = [];
  if (options.offMachine === "record") {
    context.on("request", (request) => {
      if (!isOnThisMachine(new URL(request.url()))) offMachineRequests.push(request.url());
    });
  } else {
    await context.route(
      (url) => !isOnThisMachine(url),
      (route) => {
        offMachineRequests.push(route.request().url());
        return route.abort("internetdisconnected");
      },
    );
  }
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    offMachineRequests,
    page,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Saves .e2e-artifacts/<name>.png (kept by CI for a human to look at); returns the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name.replace(/[^\w.-]+/g, "-")}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
