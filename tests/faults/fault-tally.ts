// The fault suite's own summary: after each file, one line per fault class (the describe block) with how many
// of its tests passed and failed. It comes on top of Vitest's normal report, which stays as it is.
import { afterAll, afterEach } from "vitest";

export type FaultTally = Map<string, { passed: number; failed: number }>;

export function formatFaultTally(file: string, tally: FaultTally): string {
  const width = Math.max(0, ...[...tally.keys()].map((name) => name.length));
  const lines = [...tally].map(
    ([name, { passed, failed }]) => `  ${name.padEnd(width)}  ${passed} passed, ${failed} failed${failed > 0 ? "  <-" : ""}`,
  );
  return [`Fault classes (${file}):`, ...lines].join("\n");
}

/** Call once at the top of a fault test file; each top-level describe is a fault class. */
export function tallyFaultClasses(file: string): void {
  const tally: FaultTally = new Map();
  afterEach(({ task }) => {
    // The outermost describe names the class, whatever nesting the tests use inside it.
    let suite = task.suite;
    while (suite?.suite !== undefined && !("filepath" in suite.suite)) suite = suite.suite;
    const name = suite?.name ?? "(no fault class)";
    const entry = tally.get(name) ?? { passed: 0, failed: 0 };
    // By afterEach the runner has settled the test's own outcome; a skipped test counts in neither column.
    if (task.result?.state === "pass") entry.passed += 1;
    else if (task.result?.state === "fail") entry.failed += 1;
    tally.set(name, entry);
  });
  afterAll(() => {
    console.log(formatFaultTally(file, tally));
  });
}
