import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { expect, test } from "vitest";
import { CatalogError, precompileCatalogs } from "./precompile-messages";

const catalog = `import { defineMessages } from "../i18n/catalog";
export const demo = defineMessages("demo", {
  count: "{count, plural, one {# record} other {# records}}",
  plain: \`Load more\`,
});
export const other = 1;
`;

/** The compiled value of one catalog key: the code must now hold JSON where the string literal was. */
function compiledValue(code: string, key: string): unknown {
  const match = new RegExp(`\\b${key}: (\\[.*\\]),$`, "m").exec(code);
  if (!match?.[1]) throw new Error(`${key} is not compiled in:\n${code}`);
  return JSON.parse(match[1]);
}

test("catalog messages become parsed ICU trees that format without a parser", () => {
  const compiled = precompileCatalogs(catalog, "demo-messages.ts");
  expect(compiled).not.toBeNull();
  const count = compiledValue(compiled ?? "", "count");
  const plain = compiledValue(compiled ?? "", "plain");
  expect(compiled).toContain("export const other = 1;");
  const format = (message: unknown, values?: Record<string, number>) =>
    new IntlMessageFormat(message as ConstructorParameters<typeof IntlMessageFormat>[0], "en").format(values);
  expect(format(count, { count: 1 })).toBe("1 record");
  expect(format(count, { count: 3 })).toBe("3 records");
  expect(format(plain)).toBe("Load more");
});

test("translations are compiled too, and modules without catalogs are left alone", () => {
  const translation = `import { translate } from "../i18n/catalog";
export const t = [translate<typeof demo>("demo", { plain: "Mehr laden" })];`;
  expect(precompileCatalogs(translation, "demo-messages.de.ts")).toContain('[{"type":0,"value":"Mehr laden"}]');
  expect(precompileCatalogs(`export const x = "{count, plural}";`, "x.ts")).toBeNull();
  // Another module's translate() is not a catalog.
  expect(precompileCatalogs(`import { translate } from "./i18n";\ntranslate(x);`, "y.ts")).toBeNull();
});

test("a broken message or a computed value fails the build with its place", () => {
  const header = `import { defineMessages } from "../i18n/catalog";\n`;
  const broken = `${header}defineMessages("demo", {\n  bad: "{count, plural, one {# record}",\n});`;
  expect(() => precompileCatalogs(broken, "demo-messages.ts")).toThrow(CatalogError);
  expect(() => precompileCatalogs(broken, "demo-messages.ts")).toThrow(/demo-messages\.ts:3:8/);
  const computed = `${header}defineMessages("demo", { joined: "a" + "b" });`;
  expect(() => precompileCatalogs(computed, "demo-messages.ts")).toThrow(/plain string literal/);
});

test("every catalog and translation in src/ compiles", () => {
  const files = (function walk(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return walk(path);
      return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
    });
  })(join(import.meta.dirname, "..", "src"));
  const compiled = files.filter((file) => precompileCatalogs(readFileSync(file, "utf8"), file) !== null);
  // 10 English catalog modules and their German and French translations.
  expect(compiled.length).toBeGreaterThanOrEqual(30);
});
