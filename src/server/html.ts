// What the server changes in every HTML page it serves: office.js comes from the local copy (no internet in
// development and demo), and the deployment config is embedded so the pane knows its Oro before any request.
import { configElementId, type DeploymentConfig } from "../app/deployment-config";

export const officeJsCdnUrl = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const localOfficeJsBase = "/vendor/office-js/";

// Also catches the debug build and protocol-relative or http variants someone might paste into a page.
const officeJsCdnPattern =
  /(?:https?:)?\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/(office(?:\.debug)?\.js)/g;

// office.js framed in a plain browser page (the demo) navigates itself to about:blank unless this global
// exists. Inside Outlook it never reaches that check, so the flag changes nothing there.
export const officeJsFrameOptOut = "<script>window.OsfOptOut = true;</script>";

const localOfficeJsTag = /<script\b[^>]*\bsrc=["']?\/vendor\/office-js\/office(?:\.debug)?\.js["']?[^>]*>/i;

/** Points office.js at the local copy and lets it run inside the demo's iframe. */
export function rewriteOfficeJsUrl(html: string): string {
  const rewritten = html.replace(officeJsCdnPattern, (_match, file: string) => `${localOfficeJsBase}${file}`);
  if (rewritten.includes(officeJsFrameOptOut)) return rewritten;
  return rewritten.replace(localOfficeJsTag, (tag) => `${officeJsFrameOptOut}\n    ${tag}`);
}

/**
 * JSON that is safe inside a <script> element: "<" can never start "</script>" or "<!--", and the two line
 * separators JavaScript once treated as newlines are escaped too. JSON.parse reads the escapes back unchanged.
 */
export function serializeForScriptElement(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

const existingConfigElement = new RegExp(
  `<script[^>]*\\bid=["']?${configElementId}["']?[^>]*>[\\s\\S]*?</script>\\s*`,
  "gi",
);

export function injectDeploymentConfig(html: string, config: DeploymentConfig): string {
  const element = `<script type="application/json" id="${configElementId}">${serializeForScriptElement(config)}</script>`;
  // A page built or saved with a config already in it gets the current one instead of two.
  const cleaned = html.replace(existingConfigElement, "");
  const headEnd = cleaned.search(/<\/head\s*>/i);
  if (headEnd >= 0) return `${cleaned.slice(0, headEnd)}  ${element}\n  ${cleaned.slice(headEnd)}`;
  const bodyStart = cleaned.search(/<body[\s>]/i);
  if (bodyStart >= 0) return `${cleaned.slice(0, bodyStart)}${element}\n${cleaned.slice(bodyStart)}`;
  return `${element}\n${cleaned}`;
}

export function transformHtmlPage(html: string, config: DeploymentConfig): string {
  return injectDeploymentConfig(rewriteOfficeJsUrl(html), config);
}
