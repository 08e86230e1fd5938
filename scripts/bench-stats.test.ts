import { formatSummaryMs, formatTable, summarize, targets, verdict } from "./bench-stats";

test("a summary gives the median and the spread of the runs, ignoring failed samples", () => {
  const summary = summarize([300, 100, 200, Number.NaN, 400]);
  expect(summary).toEqual({ count: 4, median: 250, min: 100, max: 400, iqr: 150 });
  expect(formatSummaryMs(summary)).toBe("250 ms (100–400, IQR 150, n=4)");
});

test("no samples reads as a dash, not as zero", () => {
  expect(formatSummaryMs(summarize([]))).toBe("–");
  expect(verdict(null, 100)).toBe("n/a");
});

test("targets follow the simulated round trip", () => {
  expect(targets.itemChangeMs(100)).toBe(200);
  expect(targets.manyRecipientsMs(100)).toBe(350);
  expect(targets.searchAfterPauseMs(0)).toBe(100);
  expect(verdict(200, targets.itemChangeMs(100))).toBe("met");
  expect(verdict(201, targets.itemChangeMs(100))).toBe("missed");
});

test("the table puts each figure beside its target and flags a miss", () => {
  const table = formatTable("Round trip 100 ms", [
    { figure: "Item change → context", value: "272 ms", target: "≤ 200 ms", verdict: "missed" },
    { figure: "Revisit", value: "14 ms", target: "≤ 50 ms", verdict: "met" },
  ]);
  const lines = table.split("\n");
  expect(lines[0]).toBe("Round trip 100 ms");
  expect(lines.find((line) => line.startsWith("Item change"))).toMatch(/272 ms\s+≤ 200 ms\s+MISSED/);
  expect(lines.find((line) => line.startsWith("Revisit"))).toMatch(/14 ms\s+≤ 50 ms\s+ok/);
});
