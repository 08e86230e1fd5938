// After `vite build`: what the task pane downloads before its first render, raw and gzipped, with the lazily
// imported chunks listed apart. Exits 1 when the initial JavaScript is over budget.
//   npx tsx scripts/check-size-budget.ts [distDir]       SIZE_BUDGET_KB=200 overrides the budget
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { z } from "zod";
import { formatKb } from "./bench-stats";

/**
 * Initial JavaScript of the task pane, gzipped, in KB (1 KB = 1024 bytes). The goal is 150 KB (targets.initialJsGzipKb
 * in bench-stats.ts); the pane is not there yet (React DOM alone is about 60 KB), so the budget is a ratchet just
 * above the last measured size: any growth fails the build, and each saving lowers this number. History: 282 KB → 248.2 (menu lazy) → 216.1
 * (translations per language on demand, dark/high-contrast themes and the Back tooltip lazy) → 209.4 (messages
 * precompiled, no ICU parser) → 188.3 (zod/mini in browser code, sign-in flow and oauth4webapi lazy).
 */
export const initialJsBudgetKb = 192;

export type AssetSize = { file: string; raw: number; gzip: number };

export type LoadReport = {
  page: string;
  /** Scripts, module preloads and stylesheets the page needs for its first render. */
  initial: { js: AssetSize[]; css: AssetSize[] };
  /** Chunks reachable only through dynamic import(): fetched later, when a view needs them. */
  lazy: { js: AssetSize[]; css: AssetSize[] };
  /** Scripts from other origins (office.js from Microsoft's CDN): not part of the build, not counted. */
  external: string[];
  totals: { initialJsRaw: number; initialJsGzip: number; initialCssGzip: number; lazyJsGzip: number };
};

const manifestSchema = z.record(
  z.string(),
  z.object({
    file: z.string(),
    isEntry: z.boolean().optional(),
    imports: z.array(z.string()).optional(),
    dynamicImports: z.array(z.string()).optional(),
    css: z.array(z.string()).optional(),
  }),
);
type ViteManifest = z.infer<typeof manifestSchema>;

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return match === null ? null : (match[1] ?? match[2] ?? match[3] ?? null);
}

/** The script, modulepreload and stylesheet URLs a built HTML page references, in document order. */
export function referencedAssets(html: string): { scripts: string[]; css: string[] } {
  const scripts: string[] = [];
  const css: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    if (/^<script/i.test(tag)) {
      const src = attribute(tag, "src");
      if (src !== null) scripts.push(src);
      continue;
    }
    const rel = (attribute(tag, "rel") ?? "").toLowerCase();
    const href = attribute(tag, "href");
    if (href === null) continue;
    if (rel === "modulepreload") scripts.push(href);
    else if (rel === "stylesheet") css.push(href);
  }
  return { scripts, css };
}

function isExternal(url: string): boolean {
  return /^(?:[a-z]+:)?\/\//i.test(url);
}

function sizeOf(distDir: string, file: string): AssetSize {
  const bytes = readFileSync(join(distDir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Walks static imports from the given manifest keys: the files loaded together with them. */
function staticClosure(
  manifest: ViteManifest,
  keys: string[],
): { js: Set<string>; css: Set<string>; keys: Set<string> } {
  const seen = new Set<string>();
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (chunk === undefined) return;
    if (chunk.file.endsWith(".js")) js.add(chunk.file);
    else if (chunk.file.endsWith(".css")) css.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return { js, css, keys: seen };
}

export function measureInitialLoad(distDir: string, page = "taskpane.html"): LoadReport {
  const htmlPath = join(distDir, page);
  if (!existsSync(htmlPath)) throw new Error(`${htmlPath} does not exist: run "vite build" first`);
  const manifestPath = join(distDir, ".vite", "manifest.json");
  if (!existsSync(manifestPath))
    throw new Error(`${manifestPath} does not exist: enable build.manifest in vite.config.ts`);
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(manifestPath, "utf8")));

  const { scripts, css } = referencedAssets(readFileSync(htmlPath, "utf8"));
  const external = [...scripts, ...css].filter(isExternal);
  const local = (url: string) => url.replace(/^\//, "").split(/[?#]/)[0] ?? "";

  // What the HTML names, plus everything those chunks import statically (the browser fetches it before running).
  const entryKeys = Object.entries(manifest)
    .filter(([, chunk]) => scripts.some((url) => !isExternal(url) && local(url) === chunk.file))
    .map(([key]) => key);
  const initial = staticClosure(manifest, entryKeys);
  for (const url of scripts.filter((candidate) => !isExternal(candidate))) initial.js.add(local(url));
  for (const url of css.filter((candidate) => !isExternal(candidate))) initial.css.add(local(url));

  // Dynamic imports reachable from the initial graph, transitively, minus what is already loaded.
  const lazyJs = new Set<string>();
  const lazyCss = new Set<string>();
  const pending = [...initial.keys].flatMap((key) => manifest[key]?.dynamicImports ?? []);
  const visited = new Set<string>();
  while (pending.length > 0) {
    const key = pending.pop();
    if (key === undefined || visited.has(key)) continue;
    visited.add(key);
    const closure = staticClosure(manifest, [key]);
    for (const file of closure.js) if (!initial.js.has(file)) lazyJs.add(file);
    for (const file of closure.css) if (!initial.css.has(file)) lazyCss.add(file);
    for (const reached of closure.keys) pending.push(...(manifest[reached]?.dynamicImports ?? []));
  }

  const measure = (files: Set<string>) => [...files].sort().map((file) => sizeOf(distDir, file));
  const report = {
    page,
    initial: { js: measure(initial.js), css: measure(initial.css) },
    lazy: { js: measure(lazyJs), css: measure(lazyCss) },
    external,
  };
  const sum = (sizes: AssetSize[], key: "raw" | "gzip") =>
    sizes.reduce((total, size) => total + size[key], 0);
  return {
    ...report,
    totals: {
      initialJsRaw: sum(report.initial.js, "raw"),
      initialJsGzip: sum(report.initial.js, "gzip"),
      initialCssGzip: sum(report.initial.css, "gzip"),
      lazyJsGzip: sum(report.lazy.js, "gzip"),
    },
  };
}

export function budgetKb(env: Record<string, string | undefined> = process.env): number {
  const override = env.SIZE_BUDGET_KB;
  if (override === undefined || override === "") return initialJsBudgetKb;
  const value = Number(override);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`SIZE_BUDGET_KB must be a positive number, got "${override}"`);
  return value;
}

export function formatReport(report: LoadReport, budget: number): string {
  const rows = (title: string, sizes: AssetSize[]) =>
    sizes.length === 0
      ? []
      : [
          title,
          ...sizes.map(
            (size) =>
              `  ${size.file.padEnd(48)} ${formatKb(size.raw).padStart(10)} ${formatKb(size.gzip).padStart(10)} gzip`,
          ),
        ];
  const { totals } = report;
  return [
    `Task pane first render (${report.page}):`,
    ...rows("Initial JavaScript", report.initial.js),
    ...rows("Initial CSS", report.initial.css),
    ...rows("Lazy (dynamic import) JavaScript", report.lazy.js),
    ...rows("Lazy CSS", report.lazy.css),
    ...(report.external.length > 0
      ? ["External, not counted", ...report.external.map((url) => `  ${url}`)]
      : []),
    "",
    `Initial JS: ${formatKb(totals.initialJsRaw)} raw, ${formatKb(totals.initialJsGzip)} gzip (budget ${budget} KB gzip)`,
    `Initial CSS: ${formatKb(totals.initialCssGzip)} gzip; lazy JS: ${formatKb(totals.lazyJsGzip)} gzip`,
  ].join("\n");
}

function main(): number {
  const distDir = resolve(process.argv[2] ?? join(import.meta.dirname, "..", "dist"));
  const budget = budgetKb();
  const report = measureInitialLoad(distDir);
  console.log(formatReport(report, budget));
  if (report.totals.initialJsGzip > budget * 1024) {
    console.error(
      `\nOver budget: the task pane's initial JavaScript is ${formatKb(report.totals.initialJsGzip)} gzip, more than ${budget} KB.`,
    );
    console.error(
      "Move what the first view does not need behind a dynamic import(), or raise SIZE_BUDGET_KB knowingly.",
    );
    return 1;
  }
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.exitCode = main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
