// Where the task pane's initial JavaScript comes from: each byte of the built files attributed, through the
// source maps Vite writes, to the package (or src/ folder) it was compiled from. The bench prints the largest
// contributors when the size target is missed.
//   npx tsx scripts/bench-bundle.ts [distDir]
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { measureInitialLoad, type LoadReport } from "./check-size-budget";

const sourceMapSchema = z.object({
  sources: z.array(z.string()),
  mappings: z.string(),
});

const base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Decodes one mappings segment (base64 VLQ) into its numbers. */
export function decodeVlqSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = base64.indexOf(char);
    if (digit < 0) throw new Error(`Invalid base64 VLQ character "${char}"`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

/** "node_modules/@fluentui/react-button/lib/..." → "@fluentui/react-button"; "src/features/x/y.tsx" → "src/features/x". */
export function packageOf(source: string): string {
  const normalized = source.replace(/\\/g, "/");
  const index = normalized.lastIndexOf("node_modules/");
  if (index >= 0) {
    const parts = normalized.slice(index + "node_modules/".length).split("/");
    return parts[0]?.startsWith("@") === true ? `${parts[0]}/${parts[1] ?? ""}` : (parts[0] ?? source);
  }
  const src = normalized.indexOf("src/");
  if (src >= 0) return normalized.slice(src).split("/").slice(0, 3).join("/").replace(/\.[tj]sx?$/, "");
  return normalized;
}

/** Bytes of generated code per source file, from a source map and the code it maps. */
export function bytesPerSource(code: string, map: z.infer<typeof sourceMapSchema>): Map<string, number> {
  const lines = code.split("\n");
  const result = new Map<string, number>();
  const mappingLines = map.mappings.split(";");
  let sourceIndex = 0;
  mappingLines.forEach((mappingLine, lineIndex) => {
    const line = lines[lineIndex] ?? "";
    let column = 0;
    const segments: { column: number; source: number | null }[] = [];
    for (const segment of mappingLine.split(",")) {
      if (segment === "") continue;
      const [columnDelta = 0, sourceDelta] = decodeVlqSegment(segment);
      column += columnDelta;
      if (sourceDelta !== undefined) sourceIndex += sourceDelta;
      segments.push({ column, source: sourceDelta === undefined ? null : sourceIndex });
    }
    segments.forEach((segment, index) => {
      const end = segments[index + 1]?.column ?? line.length;
      const name = segment.source === null ? "(unmapped)" : (map.sources[segment.source] ?? "(unknown)");
      result.set(name, (result.get(name) ?? 0) + Math.max(0, end - segment.column));
    });
  });
  return result;
}

export type Contributor = { name: string; bytes: number; share: number };

/**
 * The packages behind the initial JavaScript, largest first (raw bytes; gzip shrinks them roughly alike).
 * `report` is measureInitialLoad(distDir), which the caller has already made (it gzips every file).
 */
export function initialJsContributors(distDir: string, report: LoadReport): Contributor[] {
  const totals = new Map<string, number>();
  for (const file of report.initial.js) {
    const path = join(distDir, file.file);
    const mapPath = `${path}.map`;
    if (!existsSync(mapPath)) {
      totals.set(file.file, (totals.get(file.file) ?? 0) + file.raw);
      continue;
    }
    const map = sourceMapSchema.parse(JSON.parse(readFileSync(mapPath, "utf8")));
    for (const [source, bytes] of bytesPerSource(readFileSync(path, "utf8"), map)) {
      const name = packageOf(source);
      totals.set(name, (totals.get(name) ?? 0) + bytes);
    }
  }
  const all = [...totals.values()].reduce((sum, bytes) => sum + bytes, 0);
  return [...totals]
    .map(([name, bytes]) => ({ name, bytes, share: all === 0 ? 0 : bytes / all }))
    .sort((a, b) => b.bytes - a.bytes);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const distDir = resolve(process.argv[2] ?? join(import.meta.dirname, "..", "dist"));
  for (const contributor of initialJsContributors(distDir, measureInitialLoad(distDir)).slice(0, 40)) {
    console.log(`${(contributor.bytes / 1024).toFixed(1).padStart(8)} KB  ${(contributor.share * 100).toFixed(1).padStart(5)} %  ${contributor.name}`);
  }
}
