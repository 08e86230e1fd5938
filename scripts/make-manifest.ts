// Writes a copy of manifest.xml for another origin: every https://localhost:3000 URL (and the AppDomain)
// becomes the given https origin.
//   npm run manifest -- --url https://addin.example.com [--out file] [--support-url https://…]
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";

export class ManifestOptionError extends Error {
  override name = "ManifestOptionError";
}

/** Office only loads add-ins over HTTPS, and the pages use absolute paths, so only a bare https origin works. */
export function parseAddinOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ManifestOptionError(
      `--url must be an https origin such as https://addin.example.com, got "${value}"`,
    );
  }
  if (url.protocol !== "https:") {
    throw new ManifestOptionError(
      `--url must use https (Outlook refuses add-ins served over ${url.protocol}//)`,
    );
  }
  if (
    url.pathname !== "/" ||
    url.search !== "" ||
    url.hash !== "" ||
    url.username !== "" ||
    url.password !== ""
  ) {
    throw new ManifestOptionError(
      `--url must be an origin only, such as https://addin.example.com (the pages are served from the root)`,
    );
  }
  return url.origin;
}

function escapeXmlAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function rewriteManifest(xml: string, options: { url: string; supportUrl?: string }): string {
  const origin = parseAddinOrigin(options.url);
  let result = xml;
  if (options.supportUrl !== undefined) {
    const support = URL.parse(options.supportUrl);
    if (support?.protocol !== "https:") throw new ManifestOptionError("--support-url must be an https URL");
    result = result.replace(
      /<SupportUrl DefaultValue="[^"]*"\s*\/>/,
      `<SupportUrl DefaultValue="${escapeXmlAttribute(support.href)}" />`,
    );
  }
  // The development origin is followed by "/", '"' or "<" wherever it appears, never by more port digits.
  return result.replace(/https:\/\/localhost:3000(?=[/"<])/g, origin);
}

/** manifest.<host>.xml, with the port when there is one: manifest.addin.example.com.xml */
export function manifestFileName(origin: string): string {
  const url = new URL(origin);
  return `manifest.${url.hostname}${url.port !== "" ? `-${url.port}` : ""}.xml`;
}

export function makeManifest(options: {
  url: string;
  out?: string;
  supportUrl?: string;
  source?: string;
  cwd?: string;
}): { path: string; xml: string } {
  const cwd = options.cwd ?? process.cwd();
  const source = resolve(cwd, options.source ?? "manifest.xml");
  const xml = rewriteManifest(readFileSync(source, "utf8"), options);
  const path = resolve(cwd, options.out ?? manifestFileName(parseAddinOrigin(options.url)));
  writeFileSync(path, xml);
  return { path, xml };
}

function main(): void {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      url: { type: "string" },
      out: { type: "string" },
      "support-url": { type: "string" },
      source: { type: "string" },
    },
    strict: true,
  });
  if (values.url === undefined) {
    throw new ManifestOptionError("Usage: npm run manifest -- --url https://addin.example.com [--out file]");
  }
  const { path } = makeManifest({
    url: values.url,
    out: values.out,
    supportUrl: values["support-url"],
    source: values.source,
  });
  console.log(`Wrote ${path}`);
  console.log(
    "Sideload it: Outlook on the web → Get add-ins → My add-ins → Add a custom add-in → Add from file.",
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
