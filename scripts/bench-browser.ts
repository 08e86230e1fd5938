// Drives the demo page in headless Chromium for the benchmark and reads every timing from the browser itself:
// the app's performance marks (src/ui/perf.ts) and Resource Timing, all on the task pane's own clock.
import type { Frame, Page, Request } from "playwright-core";
import { z } from "zod";
import "../src/mailbox/demo-host";
import { perfMarks } from "../src/ui/perf";

/** Marks the bench itself sets in the pane, for moments the app does not mark. */
export const benchMarks = {
  /** The connected home (its search region) is in the DOM: the session is restored and the first view is usable. */
  homeVisible: "bench:home-visible",
  /** Every keydown in the pane: the start of "keystroke → results". */
  keydown: "bench:keydown",
} as const;

/**
 * Runs in every frame before its own scripts; acts only in the task pane. The observer is the bench's fallback
 * for a missing `oro:pane-interactive` mark: it fires when the connected home's search region enters the DOM.
 */
export const paneInitScript = `(() => {
  if (location.pathname !== "/taskpane.html") return;
  try { performance.setResourceTimingBufferSize(100000); } catch {}
  document.addEventListener("keydown", () => performance.mark(${JSON.stringify(benchMarks.keydown)}), true);
  const observer = new MutationObserver(() => {
    if (document.querySelector('[role="search"]') === null) return;
    performance.mark(${JSON.stringify(benchMarks.homeVisible)});
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true });
})();`;

const markSchema = z.object({
  name: z.string(),
  startTime: z.number(),
  detail: z.unknown(),
});
export type MarkEntry = z.infer<typeof markSchema>;

const resourceSchema = z.object({ name: z.string(), startTime: z.number(), responseEnd: z.number() });
export type ResourceEntry = z.infer<typeof resourceSchema>;

const contextDetailSchema = z.object({ item: z.string(), requests: z.number() });

export async function paneFrame(page: Page, timeoutMs = 30_000): Promise<Frame> {
  const element = await page.waitForSelector('iframe[title="Oro connector task pane"]', { timeout: timeoutMs });
  const frame = await element.contentFrame();
  if (frame === null) throw new Error("The task pane iframe has no frame");
  return frame;
}

/** Waits until the pane has a mark called `name` set after `after` (pane clock) that `accepts`; returns it. */
export async function waitForMark(
  frame: Frame,
  name: string,
  options: { after?: number; item?: string; timeoutMs?: number } = {},
): Promise<MarkEntry> {
  const handle = await frame.waitForFunction(
    ([markName, after, item]) => {
      const found = performance.getEntriesByName(markName, "mark").find((entry) => {
        if (entry.startTime < after) return false;
        if (item === null) return true;
        const detail: unknown = entry instanceof PerformanceMark ? entry.detail : null;
        return typeof detail === "object" && detail !== null && "item" in detail && detail.item === item;
      });
      if (found === undefined) return null;
      const detail: unknown = found instanceof PerformanceMark ? found.detail : null;
      return { name: found.name, startTime: found.startTime, detail };
    },
    [name, options.after ?? 0, options.item ?? null] as const,
    { timeout: options.timeoutMs ?? 30_000, polling: 16 },
  );
  const value: unknown = await handle.jsonValue();
  await handle.dispose();
  return markSchema.parse(value);
}

export async function readMarks(frame: Frame, name: string): Promise<MarkEntry[]> {
  const value: unknown = await frame.evaluate(
    (markName) =>
      performance.getEntriesByName(markName, "mark").map((entry) => {
        const detail: unknown = entry instanceof PerformanceMark ? entry.detail : null;
        return { name: entry.name, startTime: entry.startTime, detail };
      }),
    name,
  );
  return z.array(markSchema).parse(value);
}

/** Resource Timing entries of requests to `origin` (the pane's clock). */
export async function readResources(frame: Frame, origin: string): Promise<ResourceEntry[]> {
  const value: unknown = await frame.evaluate(
    (prefix) =>
      performance
        .getEntriesByType("resource")
        .filter((entry) => entry.name.startsWith(prefix))
        .map((entry) => ({
          name: entry.name,
          startTime: entry.startTime,
          responseEnd: entry instanceof PerformanceResourceTiming ? entry.responseEnd : entry.startTime + entry.duration,
        })),
    origin,
  );
  return z.array(resourceSchema).parse(value);
}

export function contextDetail(mark: MarkEntry): { item: string; requests: number } | null {
  const parsed = contextDetailSchema.safeParse(mark.detail);
  return parsed.success ? parsed.data : null;
}

/** Requests from the page (and its frames) to one origin, as Playwright sees them; preflights are not among them. */
export class RequestWatcher {
  private log: { url: string; method: string }[] = [];
  private inFlight = new Set<Request>();
  private lastActivity = Date.now();

  constructor(
    page: Page,
    private readonly origin: string,
  ) {
    page.on("request", (request) => {
      if (!request.url().startsWith(this.origin)) return;
      this.log.push({ url: request.url(), method: request.method() });
      this.inFlight.add(request);
      this.lastActivity = Date.now();
    });
    const done = (request: Request) => {
      if (this.inFlight.delete(request)) this.lastActivity = Date.now();
    };
    page.on("requestfinished", done);
    page.on("requestfailed", done);
  }

  /** A position in the log; `since(position)` lists what came after it. */
  position(): number {
    return this.log.length;
  }

  since(position: number): { url: string; method: string }[] {
    return this.log.slice(position);
  }

  /** Waits until no request to the origin has been in flight for `quietMs` (background refetches included). */
  async settle(quietMs = 150, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.inFlight.size === 0 && Date.now() - this.lastActivity >= quietMs) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

export type LoadSample = {
  /** Pane navigation start → the first usable view (the app's oro:pane-interactive, else the bench's fallback). */
  interactiveMs: number;
  interactiveSource: "oro:pane-interactive" | typeof benchMarks.homeVisible;
  /** Pane navigation start → the pane's script started (oro:pane-start): HTML, office.js and the bundle. */
  scriptStartMs: number | null;
  /** Pane navigation start → the first email's context on screen. */
  contextMs: number;
  /** Pane navigation start → its DOMContentLoaded (HTML parsed, office.js and the module bundle run). */
  domContentLoadedMs: number | null;
  /** Requests to Oro the load made before the context was on screen, in order, with their timings. */
  oroRequests: { path: string; startMs: number; endMs: number }[];
  /** The pane's own files (bundle, office.js, config) with their timings: where the time before the script goes. */
  paneAssets: { path: string; startMs: number; endMs: number }[];
};

/** Loads the demo page and measures the pane's start, on the pane's own clock (0 = the iframe's navigation). */
export async function measureLoad(page: Page, demoUrl: string, oroOrigin: string): Promise<LoadSample> {
  await page.goto(demoUrl, { waitUntil: "commit" });
  const frame = await paneFrame(page);
  const firstContext = await waitForMark(frame, perfMarks.contextRendered);
  const home = await waitForMark(frame, benchMarks.homeVisible);
  const [appInteractive] = await readMarks(frame, perfMarks.paneInteractive);
  const [scriptStart] = await readMarks(frame, perfMarks.paneStart);
  const resources = await readResources(frame, oroOrigin);
  const assets = await readResources(frame, new URL(frame.url()).origin);
  const domContentLoaded: unknown = await frame.evaluate(() => {
    const [navigation] = performance.getEntriesByType("navigation");
    return navigation instanceof PerformanceNavigationTiming ? navigation.domContentLoadedEventEnd : null;
  });
  const timing = (entry: ResourceEntry) => ({ path: new URL(entry.name).pathname, startMs: entry.startTime, endMs: entry.responseEnd });
  return {
    interactiveMs: appInteractive?.startTime ?? home.startTime,
    interactiveSource: appInteractive === undefined ? benchMarks.homeVisible : "oro:pane-interactive",
    scriptStartMs: scriptStart?.startTime ?? null,
    contextMs: firstContext.startTime,
    domContentLoadedMs: typeof domContentLoaded === "number" ? domContentLoaded : null,
    oroRequests: resources.filter((entry) => entry.responseEnd <= firstContext.startTime).map(timing),
    paneAssets: assets.filter((entry) => entry.responseEnd <= firstContext.startTime).map(timing),
  };
}

export type ItemSample = {
  index: number;
  /** Item change → oro:context-rendered for that item. */
  ms: number;
  /** Requests Playwright saw from the change until the pane was quiet again. */
  requests: number;
  /** Requests whose answer the render waited for (finished before the mark), from Resource Timing. */
  requestsBeforeRender: number;
  /** What the pane itself counted for this render (0 = shown from cache). */
  appRequests: number | null;
  /** CORS preflights (OPTIONS) Oro received in the same window: a round trip each, invisible to Playwright. */
  preflights: number;
  /** The requests the render waited for, relative to the change (Resource Timing; a preflight is inside its request). */
  oroRequests: { path: string; startMs: number; endMs: number }[];
};

/** Selects an item in the demo's mailbox and times it to the context panel's render mark. */
export async function measureItemChange(
  frame: Frame,
  index: number,
  watcher: RequestWatcher,
  oroOrigin: string,
  preflightCounter: { clear: () => void; count: () => number },
): Promise<ItemSample> {
  await watcher.settle();
  preflightCounter.clear();
  const position = watcher.position();
  const started = await frame.evaluate((itemIndex) => {
    const now = performance.now();
    const host = window.parent.oroDemoHost;
    if (host === undefined) throw new Error("The pane is not inside the demo page");
    host.mailbox.select(itemIndex);
    return now;
  }, index);
  const rendered = await waitForMark(frame, perfMarks.contextRendered, { after: started, item: `simulated-${index}` });
  await watcher.settle();
  const resources = await readResources(frame, oroOrigin);
  const waitedFor = resources.filter((entry) => entry.startTime >= started && entry.responseEnd <= rendered.startTime);
  return {
    index,
    ms: rendered.startTime - started,
    requests: watcher.since(position).length,
    requestsBeforeRender: waitedFor.length,
    appRequests: contextDetail(rendered)?.requests ?? null,
    preflights: preflightCounter.count(),
    oroRequests: waitedFor.map((entry) => relativeTiming(entry, started)),
  };
}

export type SearchSample = {
  query: string;
  /** Last keystroke → oro:search-rendered, debounce included. */
  ms: number;
  requests: number;
  preflights: number;
  /** The search requests, relative to the last keystroke. */
  oroRequests: { path: string; startMs: number; endMs: number }[];
};

function relativeTiming(entry: ResourceEntry, origin: number) {
  return { path: new URL(entry.name).pathname, startMs: entry.startTime - origin, endMs: entry.responseEnd - origin };
}

/** Types a query into the pane's search box and times the last keystroke to the results' render mark. */
export async function measureSearch(
  frame: Frame,
  query: string,
  watcher: RequestWatcher,
  oroOrigin: string,
  preflightCounter: { clear: () => void; count: () => number },
): Promise<SearchSample> {
  const input = frame.locator('[role="search"] input').first();
  await input.fill("");
  await watcher.settle();
  preflightCounter.clear();
  const position = watcher.position();
  const before = await frame.evaluate(() => performance.now());
  await input.pressSequentially(query, { delay: 30 });
  const keys = (await readMarks(frame, benchMarks.keydown)).filter((entry) => entry.startTime >= before);
  const lastKey = keys[keys.length - 1];
  if (lastKey === undefined) throw new Error("No keystroke reached the pane");
  const rendered = await waitForMark(frame, perfMarks.searchRendered, { after: lastKey.startTime });
  await watcher.settle();
  const resources = await readResources(frame, oroOrigin);
  return {
    query,
    ms: rendered.startTime - lastKey.startTime,
    requests: watcher.since(position).length,
    preflights: preflightCounter.count(),
    oroRequests: resources
      .filter((entry) => entry.startTime >= lastKey.startTime && entry.responseEnd <= rendered.startTime)
      .map((entry) => relativeTiming(entry, lastKey.startTime)),
  };
}
