// Performance marks the benchmark reads from the browser (npm run bench). Cheap no-ops when unsupported.

export const perfMarks = {
  paneStart: "oro:pane-start",
  paneInteractive: "oro:pane-interactive",
  contextRendered: "oro:context-rendered",
  searchRendered: "oro:search-rendered",
} as const;

const once = new Set<string>();

/** Marks a moment; `detail` carries e.g. the item key so the bench can pair an item change with its render. */
export function mark(name: string, detail?: Record<string, string | number>): void {
  if (typeof performance === "undefined" || typeof performance.mark !== "function") return;
  try {
    performance.mark(name, detail ? { detail } : undefined);
  } catch {
    // Marks are diagnostics only; never let them break the pane.
  }
}

/** Marks a moment only the first time it happens in this page. */
export function markOnce(name: string): void {
  if (once.has(name)) return;
  once.add(name);
  mark(name);
}
