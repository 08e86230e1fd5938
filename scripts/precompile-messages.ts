// Build step: every message in a catalog (`defineMessages("ns", {...})`, `translate<...>("ns", {...})`) is parsed
// at build time into the ICU syntax tree react-intl formats, and the pane ships react-intl without its ICU parser
// (about 8 KB gzip). A catalog value that is not a plain string literal, or a message with an ICU syntax error,
// fails the build: in the pane it would have thrown at run time, without the parser there to read it.
import { createRequire } from "node:module";
import { parse } from "@formatjs/icu-messageformat-parser";
import type TypeScript from "typescript";
import type { Plugin } from "vite";

// TypeScript takes about 0.7 s to load, and Vite loads this module with its config on every start, dev servers
// included, where the plugin does nothing: so TypeScript is loaded on first use, which only a build makes.
const requireHere = createRequire(import.meta.url);
let typescript: typeof TypeScript | null = null;
function loadTypeScript(): typeof TypeScript {
  typescript ??= requireHere("typescript") as typeof TypeScript;
  return typescript;
}

const catalogFunctions = new Set(["defineMessages", "translate"]);

/** Local names of defineMessages/translate imported from the pane's i18n/catalog module. */
function catalogCallNames(ts: typeof TypeScript, source: TypeScript.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!/(?:^|\/)i18n\/catalog(?:\.ts)?$/.test(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      if (catalogFunctions.has((element.propertyName ?? element.name).text)) names.add(element.name.text);
    }
  }
  return names;
}

export class CatalogError extends Error {}

/** The catalog calls' string values replaced by their parsed ICU trees (as JSON); null when there is none. */
export function precompileCatalogs(code: string, fileName: string): string | null {
  if (!/\b(?:defineMessages|translate)\s*[<(]/.test(code)) return null;
  const ts = loadTypeScript();
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const catalogCalls = catalogCallNames(ts, source);
  if (catalogCalls.size === 0) return null;
  const replacements: { start: number; end: number; text: string }[] = [];
  const where = (node: TypeScript.Node) => {
    const { line, character } = source.getLineAndCharacterOfPosition(node.getStart());
    return `${fileName}:${line + 1}:${character + 1}`;
  };
  const visit = (node: TypeScript.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && catalogCalls.has(node.expression.text)) {
      const table = node.arguments[1];
      if (table === undefined || !ts.isObjectLiteralExpression(table)) {
        throw new CatalogError(`${where(node)}: ${node.expression.text} needs an object literal of messages`);
      }
      for (const property of table.properties) {
        if (!ts.isPropertyAssignment(property)) {
          throw new CatalogError(`${where(property)}: a catalog entry must be "key: 'text'"`);
        }
        const value = property.initializer;
        if (!ts.isStringLiteral(value) && !ts.isNoSubstitutionTemplateLiteral(value)) {
          throw new CatalogError(`${where(value)}: a catalog message must be a plain string literal`);
        }
        let tree: unknown;
        try {
          tree = parse(value.text);
        } catch (error) {
          throw new CatalogError(`${where(value)}: invalid ICU message (${String(error)}): ${value.text}`);
        }
        replacements.push({ start: value.getStart(), end: value.getEnd(), text: JSON.stringify(tree) });
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (replacements.length === 0) return null;
  let result = code;
  for (const { start, end, text } of replacements.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, start) + text + result.slice(end);
  }
  return result;
}

/** Vite plugin (production builds only): precompiled catalogs, and react-intl's parser swapped for its stub. */
export function precompiledMessages(): Plugin {
  return {
    name: "oro:precompiled-messages",
    apply: "build",
    enforce: "pre",
    config: () => ({
      resolve: {
        alias: [
          {
            find: /^@formatjs\/icu-messageformat-parser$/,
            replacement: "@formatjs/icu-messageformat-parser/no-parser.js",
          },
        ],
      },
    }),
    transform(code, id) {
      const file = id.split("?")[0] ?? id;
      if (!/\/src\/.*\.tsx?$/.test(file) || file.includes("/node_modules/")) return null;
      const compiled = precompileCatalogs(code, file);
      // Literals are replaced within their lines, so the source map stays line-accurate.
      return compiled === null ? null : { code: compiled, map: null };
    },
  };
}
