// Pure parts of the benchmark: summaries of repeated timings, the targets from issue 7, and the printed table.
// Kept apart from the browser driving so they can be tested without Chromium.

export type Summary = {
  /** How many samples the figure is made of. */
  count: number;
  median: number;
  min: number;
  max: number;
  /** Interquartile range (p75 − p25): how much runs differ, without letting one outlier decide. */
  iqr: number;
};

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const a = sorted[lower] ?? Number.NaN;
  const b = sorted[upper] ?? Number.NaN;
  return a + (b - a) * (position - lower);
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  return {
    count: sorted.length,
    median: quantile(sorted, 0.5),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    iqr: quantile(sorted, 0.75) - quantile(sorted, 0.25),
  };
}

/** The goals of issue 7, as functions of the simulated round trip (ms). They are goals, not assertions. */
export const targets = {
  initialJsGzipKb: 150,
  loadToInteractiveMs: 500,
  itemChangeMs: (roundTripMs: number) => roundTripMs + 100,
  itemChangeRequests: 1,
  revisitMs: 50,
  revisitRequestsBeforeRender: 0,
  manyRecipientsMs: (roundTripMs: number) => 2 * roundTripMs + 150,
  searchAfterPauseMs: (roundTripMs: number) => roundTripMs + 100,
} as const;

export type Verdict = "met" | "missed" | "n/a";

/** Lower is better for every figure of the bench. */
export function verdict(value: number | null, target: number): Verdict {
  if (value === null || !Number.isFinite(value)) return "n/a";
  return value <= target ? "met" : "missed";
}

export type TableRow = {
  figure: string;
  value: string;
  target: string;
  verdict: Verdict;
  note?: string;
};

export const formatMs = (value: number | null): string =>
  value === null || !Number.isFinite(value) ? "–" : `${Math.round(value)} ms`;

export const formatKb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export function formatSummaryMs(summary: Summary): string {
  if (summary.count === 0) return "–";
  if (summary.count === 1) return formatMs(summary.median);
  return `${formatMs(summary.median)} (${Math.round(summary.min)}–${Math.round(summary.max)}, IQR ${Math.round(summary.iqr)}, n=${summary.count})`;
}

/** A plain-text table with aligned columns (the bench prints it; the README quotes it). */
export function formatTable(title: string, rows: readonly TableRow[]): string {
  const header: TableRow = { figure: "Figure", value: "Measured", target: "Target", verdict: "n/a" };
  const verdictText = (row: TableRow) => (row === header ? "" : row.verdict === "met" ? "ok" : row.verdict === "missed" ? "MISSED" : "");
  const all = [header, ...rows];
  const width = (pick: (row: TableRow) => string) => Math.max(...all.map((row) => pick(row).length));
  const figureWidth = width((row) => row.figure);
  const valueWidth = width((row) => row.value);
  const targetWidth = width((row) => row.target);
  const line = (row: TableRow) =>
    [
      row.figure.padEnd(figureWidth),
      row.value.padEnd(valueWidth),
      row.target.padEnd(targetWidth),
      row === header ? "" : verdictText(row).padEnd(6),
      row.note ?? "",
    ]
      .join("  ")
      .trimEnd();
  const rule = "-".repeat(Math.min(160, figureWidth + valueWidth + targetWidth + 12));
  return [title, rule, line(header), rule, ...rows.map(line), rule].join("\n");
}
