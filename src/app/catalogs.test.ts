import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { loadMessages } from "./catalogs";
import { translations as german } from "./locales/de";
import { translations as french } from "./locales/fr";

const srcDir = join(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every English catalog in the source: namespace and keys, read from the modules themselves. */
async function englishCatalogs(): Promise<{ namespace: string; keys: string[]; file: string }[]> {
  const files = sourceFiles(srcDir).filter((file) => /defineMessages\(\s*"/.test(readFileSync(file, "utf8")));
  const found: { namespace: string; keys: string[]; file: string }[] = [];
  for (const file of files) {
    const module = (await import(file)) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      if (typeof value !== "object" || value === null || !("namespace" in value) || !("en" in value))
        continue;
      const catalog = value as { namespace: string; en: Record<string, string> };
      found.push({
        namespace: catalog.namespace,
        keys: Object.keys(catalog.en).sort(),
        file: relative(srcDir, file),
      });
    }
  }
  return found;
}

describe("message catalogs", () => {
  test("every English catalog has a German and a French translation with exactly its keys", async () => {
    const catalogs = await englishCatalogs();
    expect(catalogs.length).toBeGreaterThanOrEqual(10);
    for (const [language, translations] of [
      ["de", german],
      ["fr", french],
    ] as const) {
      for (const catalog of catalogs) {
        const translation = translations.find((t) => t.namespace === catalog.namespace);
        expect(
          translation,
          `${language} has no translation of ${catalog.namespace} (${catalog.file})`,
        ).toBeDefined();
        expect(Object.keys(translation?.messages ?? {}).sort(), `${language}: ${catalog.namespace}`).toEqual(
          catalog.keys,
        );
      }
      const namespaces = translations.map((t) => t.namespace);
      expect(new Set(namespaces).size, `${language} repeats a namespace`).toBe(namespaces.length);
    }
  });

  test("the pane loads German and French texts, and English needs none", async () => {
    expect(await loadMessages("en")).toEqual({});
    expect((await loadMessages("de"))["app.back"]).toBe("Zurück");
    expect((await loadMessages("fr"))["app.back"]).toBeTruthy();
    expect((await loadMessages("fr"))["app.back"]).not.toBe((await loadMessages("de"))["app.back"]);
  });
});
