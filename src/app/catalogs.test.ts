import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { paneCatalogs } from "./catalogs";
import { supportedLocales } from "../i18n/catalog";

const srcDir = join(import.meta.dirname, "..");
// Pages other than the task pane keep their own catalogs.
const notInPane = new Set(["auth-dialog"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("message catalogs", () => {
  test("every catalog defined in the source is registered with the pane", () => {
    const defined = sourceFiles(srcDir).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/defineMessages\(\s*"([^"]+)"/g)].map((m) => ({
        namespace: m[1] ?? "",
        file: relative(srcDir, file),
      })),
    );
    const registered = new Set(paneCatalogs.map((c) => c.namespace));
    const missing = defined.filter((d) => !notInPane.has(d.namespace) && !registered.has(d.namespace));
    expect(missing).toEqual([]);
  });

  test("namespaces are unique and every language has every English key", () => {
    const namespaces = paneCatalogs.map((c) => c.namespace);
    expect(new Set(namespaces).size).toBe(namespaces.length);
    for (const catalog of paneCatalogs) {
      const keys = Object.keys(catalog.en).sort();
      for (const locale of supportedLocales) expect(Object.keys(catalog[locale]).sort()).toEqual(keys);
    }
  });
});
