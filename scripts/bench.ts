// npm run bench: builds the production add-in, serves it with the simulated Oro at a given round-trip latency,
// drives the demo page in headless Chromium and prints each figure beside its target (issue 7), then the same at
// 0 ms so the client's own cost shows apart from the network, then once more at the given latency with the API
// relay on (the connector's server beside Oro, the round trip between browser and server). Writes
// bench-results/bench.json.
//   npm run bench -- [--latency 100] [--runs 7] [--skip-build] [--out bench-results/bench.json]
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { z } from "zod";
import { apiRelayPath } from "../src/server/api-relay";
import { scenarioSchema } from "../src/mailbox/scenario";
import { bulkRecipientCount } from "../src/sandbox/demo-identities";
import { chromiumPath, launchBrowser } from "../tests/e2e/support/browser";
import { startTestServer } from "../tests/e2e/support/server";
import { signInThroughPopup } from "../tests/e2e/support/sign-in";
import { measureInitialLoad, type LoadReport } from "./check-size-budget";
import { initialJsContributors, type Contributor } from "./bench-bundle";
import {
  measureItemChange,
  measureLoad,
  measureSearch,
  paneFrame,
  paneInitScript,
  RequestWatcher,
  type ItemSample,
  type LoadSample,
  type SearchSample,
} from "./bench-browser";
import { createRequestLog, loggingSandboxStarter } from "./bench-sandbox";
import {
  formatKb,
  formatMs,
  formatSummaryMs,
  formatTable,
  summarize,
  targets,
  verdict,
  type Summary,
  type TableRow,
} from "./bench-stats";

const projectRoot = resolve(import.meta.dirname, "..");

const { values: flags } = parseArgs({
  options: {
    latency: { type: "string", default: "100" },
    runs: { type: "string", default: "7" },
    "skip-build": { type: "boolean", default: false },
    out: { type: "string", default: "bench-results/bench.json" },
  },
});

const wholeNumber = z.coerce.number().int().min(0);
const latencyMs = wholeNumber.parse(flags.latency);
const loadRuns = wholeNumber.min(1).parse(flags.runs);
const outFile = resolve(projectRoot, flags.out);
// A separate output directory: building into dist/ would pull the files from under anyone serving it meanwhile.
const distDir = join(projectRoot, "bench-results", "dist");
const searchQueries = ["Contoso", "Fabrikam", "Northwind", "Litware", "Tailspin"];

/** The search box waits for a pause in typing; "after the pause" subtracts it. Read from the source, not a copy. */
function searchDebounceMs(): number {
  const source = readFileSync(join(projectRoot, "src", "features", "search", "search-home.tsx"), "utf8");
  const match = /export const searchDebounceMs = (\d+)/.exec(source);
  if (match?.[1] === undefined) throw new Error("searchDebounceMs not found in src/features/search/search-home.tsx");
  return Number(match[1]);
}

function log(message: string): void {
  console.log(`[bench ${((performance.now() / 1000) | 0).toString().padStart(3)} s] ${message}`);
}

function build(): void {
  log(`vite build → ${relative(projectRoot, distDir)}`);
  const vite = join(projectRoot, "node_modules", ".bin", "vite");
  const result = spawnSync(vite, ["build", "--outDir", distDir, "--emptyOutDir", "--logLevel", "warn"], {
    cwd: projectRoot,
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? result.signal ?? "?"})`);
}

type ItemSets = { emails: number[]; manyRecipients: number[]; all: number[] };

/** The demo scenario's items: the one with 500 recipients apart, every other item an ordinary email. */
function scenarioItems(): ItemSets {
  const scenario = scenarioSchema.parse(JSON.parse(readFileSync(join(projectRoot, "public", "scenarios", "default.json"), "utf8")));
  const count = (item: (typeof scenario.items)[number]) => (item.to?.length ?? 0) + (item.cc?.length ?? 0) + (item.bcc?.length ?? 0);
  const all = scenario.items.map((_item, index) => index);
  const manyRecipients = all.filter((index) => {
    const item = scenario.items[index];
    return item !== undefined && count(item) >= bulkRecipientCount;
  });
  // Item 0 is open when the pane loads: its first visit is part of the load, so it is only revisited.
  const emails = all.filter((index) => index !== 0 && !manyRecipients.includes(index));
  return { emails, manyRecipients, all };
}

type PhaseResult = {
  latencyMs: number;
  /** The pane reached Oro's API through the connector's relay (same origin) instead of directly. */
  apiRelay: boolean;
  load: { cold: LoadSample; warm: LoadSample[]; interactive: Summary; context: Summary };
  itemChange: { samples: ItemSample[]; ms: Summary; requests: Summary; preflights: Summary };
  manyRecipients: { samples: ItemSample[]; ms: Summary; requests: Summary; preflights: Summary };
  revisit: { samples: ItemSample[]; ms: Summary; requestsBeforeRender: number };
  search: { samples: SearchSample[]; ms: Summary; afterPause: Summary; requests: Summary; preflights: Summary };
};

type BenchServer = {
  url: string;
  sandboxUrl: string;
  /** Where the pane's Oro API requests go: Oro's origin, or the relay on the pane's own origin. */
  apiPrefix: string;
  apiRelay: boolean;
  setLatency: (ms: number) => void;
  requests: ReturnType<typeof createRequestLog>;
  close: () => Promise<void>;
};

/**
 * The built add-in and a sandbox whose latency the bench sets. Without the relay every request the browser sends to
 * Oro waits the round trip at the sandbox. With it the connector's server is modelled beside Oro: the relay holds
 * each API request back by the round trip (browser ↔ server) and the sandbox adds nothing to what the relay
 * forwards (recognised by its Via header); the token endpoint, still called directly, waits at the sandbox as before.
 */
async function startBenchServer(apiRelay: boolean): Promise<BenchServer> {
  const requests = createRequestLog();
  let latency = 0;
  const server = await startTestServer({
    distDir,
    apiRelay,
    startSandbox: loggingSandboxStarter(requests, { latencyMs: () => latency }),
    relayOptions: { latencyMs: () => latency },
    // No settings API: the figures are the pane's requests to Oro.
    routes: () => [],
  });
  log(`serving ${server.url}/demo.html (Oro sandbox ${server.sandboxUrl}${apiRelay ? `, API relay ${server.url}${apiRelayPath}` : ""})`);
  return {
    url: server.url,
    sandboxUrl: server.sandboxUrl,
    apiPrefix: apiRelay ? `${server.url}${apiRelayPath}/` : server.sandboxUrl,
    apiRelay,
    setLatency: (ms) => {
      latency = ms;
    },
    requests,
    close: () => server.close(),
  };
}

async function runPhase(
  server: BenchServer,
  phaseLatency: number,
  items: ItemSets,
  debounceMs: number,
): Promise<PhaseResult> {
  // A fresh browser profile per phase: nothing cached (assets, CORS preflights) carries over between latencies.
  // Off-machine requests only recorded, not routed: with a route, Playwright would answer the CORS preflights the
  // bench counts, and every new URL would look a round trip cheaper than it is.
  const browser = await launchBrowser({ viewport: { width: 1280, height: 800 }, offMachine: "record" });
  try {
    const { page } = browser;
    await browser.context.addInitScript({ content: paneInitScript });
    server.setLatency(phaseLatency);
    const demoUrl = `${server.url}/demo.html`;
    const phase = `${phaseLatency} ms${server.apiRelay ? ", API relay" : ""}`;
    log(`${phase}: signing in through the sandbox pop-up`);
    await page.goto(demoUrl);
    const signInFrame = await paneFrame(page);
    await signInThroughPopup(page, signInFrame, { timeoutMs: 30_000 });
    await signInFrame.locator('[role="search"]').waitFor({ timeout: 30_000 });

    const preflights = {
      clear: () => server.requests.clear(),
      count: () => server.requests.entries.filter((entry) => entry.method === "OPTIONS").length,
    };

    log(`${phase}: load to interactive, 1 cold + ${loadRuns} warm runs`);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send("Network.clearBrowserCache");
    await cdp.detach();
    const cold = await measureLoad(page, demoUrl, server.apiPrefix);
    const warm: LoadSample[] = [];
    for (let run = 0; run < loadRuns; run += 1) warm.push(await measureLoad(page, demoUrl, server.apiPrefix));

    const watcher = new RequestWatcher(page, server.apiPrefix);
    const frame = await paneFrame(page);
    log(`${phase}: item changes (${items.emails.length} emails, ${items.manyRecipients.length} with ${bulkRecipientCount} recipients, then revisits)`);
    const firstVisits: ItemSample[] = [];
    for (const index of items.emails) firstVisits.push(await measureItemChange(frame, index, watcher, server.apiPrefix, preflights));
    const many: ItemSample[] = [];
    for (const index of items.manyRecipients) many.push(await measureItemChange(frame, index, watcher, server.apiPrefix, preflights));
    const revisits: ItemSample[] = [];
    // Leave the last item first, so every revisit is a real change.
    for (const index of items.all.filter((candidate) => candidate !== items.manyRecipients.at(-1))) {
      revisits.push(await measureItemChange(frame, index, watcher, server.apiPrefix, preflights));
    }

    log(`${phase}: search (${searchQueries.length} queries)`);
    const searches: SearchSample[] = [];
    for (const query of searchQueries) searches.push(await measureSearch(frame, query, watcher, server.apiPrefix, preflights));

    if (browser.offMachineRequests.length > 0) {
      throw new Error(`The pane tried to leave this machine: ${browser.offMachineRequests.join(", ")}`);
    }
    return {
      latencyMs: phaseLatency,
      apiRelay: server.apiRelay,
      load: {
        cold,
        warm,
        interactive: summarize(warm.map((sample) => sample.interactiveMs)),
        context: summarize(warm.map((sample) => sample.contextMs)),
      },
      itemChange: {
        samples: firstVisits,
        ms: summarize(firstVisits.map((sample) => sample.ms)),
        requests: summarize(firstVisits.map((sample) => sample.requests)),
        preflights: summarize(firstVisits.map((sample) => sample.preflights)),
      },
      manyRecipients: {
        samples: many,
        ms: summarize(many.map((sample) => sample.ms)),
        requests: summarize(many.map((sample) => sample.requests)),
        preflights: summarize(many.map((sample) => sample.preflights)),
      },
      revisit: {
        samples: revisits,
        ms: summarize(revisits.map((sample) => sample.ms)),
        requestsBeforeRender: revisits.reduce((total, sample) => total + sample.requestsBeforeRender, 0),
      },
      search: {
        samples: searches,
        ms: summarize(searches.map((sample) => sample.ms)),
        afterPause: summarize(searches.map((sample) => sample.ms - debounceMs)),
        requests: summarize(searches.map((sample) => sample.requests)),
        preflights: summarize(searches.map((sample) => sample.preflights)),
      },
    };
  } finally {
    await browser.close();
  }
}

function sizeRows(size: LoadReport): TableRow[] {
  const { totals } = size;
  const lazy = size.lazy.js.map((file) => `${file.file.replace(/^assets\//, "")} ${formatKb(file.gzip)}`).join(", ");
  return [
    {
      figure: "Initial JS (gzip)",
      value: `${formatKb(totals.initialJsGzip)} (raw ${formatKb(totals.initialJsRaw)})`,
      target: `≤ ${targets.initialJsGzipKb} KB`,
      verdict: verdict(totals.initialJsGzip / 1024, targets.initialJsGzipKb),
      note: `${size.initial.js.length} files`,
    },
    {
      figure: "Initial CSS (gzip)",
      value: `${formatKb(totals.initialCssGzip)} (raw ${formatKb(size.initial.css.reduce((sum, file) => sum + file.raw, 0))})`,
      target: "–",
      verdict: "n/a",
      note: "Fluent styles are injected by JS",
    },
    { figure: "Lazy JS (gzip)", value: formatKb(totals.lazyJsGzip), target: "–", verdict: "n/a", note: lazy },
  ];
}

/** The largest sources of the initial JavaScript (from the source maps), with their estimated gzip share. */
function formatContributors(contributors: readonly Contributor[], size: LoadReport): string {
  const lines = contributors.slice(0, 15).map((contributor) => {
    const gzip = contributor.share * size.totals.initialJsGzip;
    return `  ${formatKb(contributor.bytes).padStart(9)} raw  ~${formatKb(gzip).padStart(8)} gzip  ${contributor.name}`;
  });
  return ["Largest parts of the initial JS (source maps; gzip estimated by share):", ...lines].join("\n");
}

const requestsText = (summary: Summary) =>
  summary.count === 0 ? "–" : summary.min === summary.max ? `${summary.median}` : `${summary.median} (${summary.min}–${summary.max})`;

function phaseRows(result: PhaseResult): TableRow[] {
  const rtt = result.latencyMs;
  const interactiveSource = result.load.warm[0]?.interactiveSource ?? "";
  const maxRequests = result.itemChange.requests.max;
  return [
    {
      figure: "Load to interactive (warm)",
      value: formatSummaryMs(result.load.interactive),
      target: `≤ ${targets.loadToInteractiveMs} ms`,
      verdict: verdict(result.load.interactive.median, targets.loadToInteractiveMs),
      note: interactiveSource === "oro:pane-interactive" ? "" : `mark oro:pane-interactive missing: ${interactiveSource}`,
    },
    {
      figure: "Load to interactive (cold cache)",
      value: formatMs(result.load.cold.interactiveMs),
      target: `≤ ${targets.loadToInteractiveMs} ms`,
      verdict: verdict(result.load.cold.interactiveMs, targets.loadToInteractiveMs),
    },
    { figure: "Load to first context", value: formatSummaryMs(result.load.context), target: "–", verdict: "n/a" },
    {
      figure: "Item change → context",
      value: formatSummaryMs(result.itemChange.ms),
      target: `≤ ${formatMs(targets.itemChangeMs(rtt))}`,
      verdict: verdict(result.itemChange.ms.median, targets.itemChangeMs(rtt)),
    },
    {
      figure: "  requests per email",
      value: requestsText(result.itemChange.requests),
      target: `= ${targets.itemChangeRequests}`,
      verdict: maxRequests === targets.itemChangeRequests && result.itemChange.requests.min === targets.itemChangeRequests ? "met" : "missed",
      note: `+ CORS preflights: ${requestsText(result.itemChange.preflights)}`,
    },
    {
      figure: "Revisit (from cache)",
      value: formatSummaryMs(result.revisit.ms),
      target: `≤ ${targets.revisitMs} ms`,
      verdict: verdict(result.revisit.ms.median, targets.revisitMs),
    },
    {
      figure: "  requests before render",
      value: `${result.revisit.requestsBeforeRender}`,
      target: `= ${targets.revisitRequestsBeforeRender}`,
      verdict: result.revisit.requestsBeforeRender === 0 ? "met" : "missed",
      note: "background refresh after render not counted",
    },
    {
      figure: `${bulkRecipientCount} recipients → context`,
      value: formatSummaryMs(result.manyRecipients.ms),
      target: `≤ ${formatMs(targets.manyRecipientsMs(rtt))}`,
      verdict: verdict(result.manyRecipients.ms.median, targets.manyRecipientsMs(rtt)),
      note: `requests ${requestsText(result.manyRecipients.requests)}, preflights ${requestsText(result.manyRecipients.preflights)}`,
    },
    {
      figure: "Search: keystroke → results",
      value: formatSummaryMs(result.search.ms),
      target: "–",
      verdict: "n/a",
      note: "includes the typing pause",
    },
    {
      figure: "  after the pause",
      value: formatSummaryMs(result.search.afterPause),
      target: `≤ ${formatMs(targets.searchAfterPauseMs(rtt))}`,
      verdict: verdict(result.search.afterPause.median, targets.searchAfterPauseMs(rtt)),
      note: `requests ${requestsText(result.search.requests)}, preflights ${requestsText(result.search.preflights)}`,
    },
  ];
}

/** The figures the API relay is for, beside the same targets as without it. */
function relayRows(result: PhaseResult): TableRow[] {
  const rtt = result.latencyMs;
  const counts = (part: { requests: Summary; preflights: Summary }) =>
    `requests ${requestsText(part.requests)}, preflights ${requestsText(part.preflights)}`;
  return [
    {
      figure: "Item change → context (API relay)",
      value: formatSummaryMs(result.itemChange.ms),
      target: `≤ ${formatMs(targets.itemChangeMs(rtt))}`,
      verdict: verdict(result.itemChange.ms.median, targets.itemChangeMs(rtt)),
      note: counts(result.itemChange),
    },
    {
      figure: "Search after the pause (API relay)",
      value: formatSummaryMs(result.search.afterPause),
      target: `≤ ${formatMs(targets.searchAfterPauseMs(rtt))}`,
      verdict: verdict(result.search.afterPause.median, targets.searchAfterPauseMs(rtt)),
      note: counts(result.search),
    },
    {
      figure: `${bulkRecipientCount} recipients → context (API relay)`,
      value: formatSummaryMs(result.manyRecipients.ms),
      target: `≤ ${formatMs(targets.manyRecipientsMs(rtt))}`,
      verdict: verdict(result.manyRecipients.ms.median, targets.manyRecipientsMs(rtt)),
      note: counts(result.manyRecipients),
    },
    {
      figure: "Load to interactive, warm (API relay)",
      value: formatSummaryMs(result.load.interactive),
      target: `≤ ${targets.loadToInteractiveMs} ms`,
      verdict: verdict(result.load.interactive.median, targets.loadToInteractiveMs),
      note: "the pane's own files are not delayed, as without the relay",
    },
  ];
}

async function main(): Promise<void> {
  const startedAt = new Date();
  if (!flags["skip-build"]) build();
  const size = measureInitialLoad(distDir);
  const contributors = initialJsContributors(distDir, size);
  const debounceMs = searchDebounceMs();
  const items = scenarioItems();

  const cores = availableParallelism();
  const loadBefore = loadavg()[0] ?? 0;
  if (loadBefore > cores) {
    log(`warning: load average ${loadBefore.toFixed(1)} on ${cores} cores – other work competes with the browser; times will be inflated`);
  }

  const phases: PhaseResult[] = [];
  const direct = await startBenchServer(false);
  try {
    for (const phaseLatency of latencyMs === 0 ? [0] : [latencyMs, 0]) {
      phases.push(await runPhase(direct, phaseLatency, items, debounceMs));
    }
  } finally {
    await direct.close();
  }
  const relayed = await startBenchServer(true);
  let apiRelay: PhaseResult;
  try {
    apiRelay = await runPhase(relayed, latencyMs, items, debounceMs);
  } finally {
    await relayed.close();
  }

  const output = [
    "",
    formatTable("Task pane transfer (first render)", sizeRows(size)),
    ...(size.totals.initialJsGzip / 1024 > targets.initialJsGzipKb ? ["", formatContributors(contributors, size)] : []),
    ...phases.map((phase) => ["", formatTable(`Sandbox round trip ${phase.latencyMs} ms`, phaseRows(phase))].join("\n")),
    "",
    formatTable(`Round trip ${apiRelay.latencyMs} ms with the API relay (browser ↔ connector server; server beside Oro)`, relayRows(apiRelay)),
    "",
    `Search pause (debounce): ${debounceMs} ms. Times are medians (min–max, IQR, n) from the pane's performance marks.`,
    `Machine: ${cores} cores, load average ${loadBefore.toFixed(1)} before and ${(loadavg()[0] ?? 0).toFixed(1)} after the run.`,
  ].join("\n");
  console.log(output);

  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(
    outFile,
    `${JSON.stringify(
      {
        startedAt: startedAt.toISOString(),
        durationSeconds: Math.round(performance.now() / 1000),
        chromium: chromiumPath,
        searchDebounceMs: debounceMs,
        machine: { cores, loadAverageBefore: loadBefore, loadAverageAfter: loadavg()[0] ?? 0 },
        size,
        initialJsContributors: contributors.slice(0, 40),
        phases,
        apiRelay,
      },
      null,
      2,
    )}\n`,
  );
  log(`wrote ${relative(projectRoot, outFile)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
