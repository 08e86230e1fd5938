// Static serving: the local office.js runtime (always) and, in built mode, the production build in dist/.
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, resolve, sep } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Context, Env, Hono, MiddlewareHandler } from "hono";
import { z } from "zod";
import { localOfficeJsBase } from "./html";

export const cacheControl = {
  /** Pages carry the injected config and name the current hashed bundles: always revalidate. */
  html: "no-cache",
  /** Vite's content-hashed output never changes under the same name. */
  hashed: "public, max-age=31536000, immutable",
  /** Icons and other files copied from public/ keep their names across releases. */
  other: "public, max-age=3600",
  officeJs: "public, max-age=86400",
} as const;

export function officeJsDistDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
}

// Dotfiles (dist/.vite/manifest.json) and encoded traversal are never served.
function isHiddenOrUnsafe(path: string): boolean {
  return path.split("/").some((segment) => segment.startsWith(".")) || path.includes("\\");
}

// office.js's mapping-table script opens a hidden telemetry frame on Microsoft's servers, even outside Office.
// The local copy points that frame at about:blank: development, demo and tests never leave the machine.
const officeTelemetryUrl =
  "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html";

/** office.js loads its host scripts and string tables relative to itself, so the whole dist folder is served. */
export function mountOfficeJs<E extends Env>(app: Hono<E>): void {
  const root = officeJsDistDir();
  const serve = serveStatic<E>({
    root,
    rewriteRequestPath: (path) => path.slice(localOfficeJsBase.length - 1),
  });
  const withoutTelemetry = new Map<string, string>();
  app.get(`${localOfficeJsBase}*`, async (c) => {
    if (isHiddenOrUnsafe(c.req.path)) return c.notFound();
    if (/\/o15apptofilemappingtable(?:\.debug)?\.js$/.test(c.req.path)) {
      const file = resolveInside(root, c.req.path.slice(localOfficeJsBase.length - 1));
      if (file === null || !existsSync(file)) return c.notFound();
      let script = withoutTelemetry.get(file);
      if (script === undefined) {
        script = (await readFile(file, "utf8")).replaceAll(officeTelemetryUrl, "about:blank");
        withoutTelemetry.set(file, script);
      }
      c.header("Content-Type", "text/javascript; charset=utf-8");
      c.header("Cache-Control", cacheControl.officeJs);
      return c.body(script);
    }
    return (await serveFile(serve, c, cacheControl.officeJs)) ?? c.notFound();
  });
}

const viteManifestSchema = z.record(
  z.string(),
  z.object({ file: z.string(), css: z.array(z.string()).optional(), assets: z.array(z.string()).optional() }),
);

/** The files Vite wrote under a content hash, read from dist/.vite/manifest.json (build.manifest). */
export function readHashedFiles(distDir: string): Set<string> {
  const path = join(distDir, ".vite", "manifest.json");
  const hashed = new Set<string>();
  if (!existsSync(path)) return hashed;
  const parsed = viteManifestSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) return hashed;
  for (const chunk of Object.values(parsed.data)) {
    for (const file of [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])]) hashed.add(`/${file}`);
  }
  return hashed;
}

/** Runs serveStatic and sets the cache policy only on a file it found, so a 404 is never cached. */
async function serveFile<E extends Env>(
  serve: MiddlewareHandler<E, string>,
  c: Context<E, string>,
  cache: string,
): Promise<Response | null> {
  let missing = false;
  const response = await serve(c, () => {
    missing = true;
    return Promise.resolve();
  });
  if (missing || !(response instanceof Response)) return null;
  response.headers.set("Cache-Control", cache);
  return response;
}

/** Resolves a request path inside dir, or null when it would leave it. */
export function resolveInside(dir: string, requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  const root = resolve(dir);
  const target = resolve(root, `.${decoded.startsWith("/") ? decoded : `/${decoded}`}`);
  return target.startsWith(root + sep) ? target : null;
}

/**
 * Serves dist/: HTML pages through `renderHtml` (config injection, office.js rewrite), everything else as is,
 * each with a cache policy that fits how it is named.
 */
export function distHandler<E extends Env>(
  distDir: string,
  renderHtml: (html: string) => string,
): MiddlewareHandler<E> {
  const hashed = readHashedFiles(distDir);
  const serve = serveStatic<E>({ root: distDir, index: "index.html" });
  return async (c, next) => {
    const path = c.req.path;
    if (c.req.method !== "GET" && c.req.method !== "HEAD") return next();
    if (isHiddenOrUnsafe(path)) return c.notFound();
    if (path.endsWith(".html")) {
      const file = resolveInside(distDir, path);
      if (file === null || !existsSync(file)) return c.notFound();
      const html = renderHtml(await readFile(file, "utf8"));
      c.header("Cache-Control", cacheControl.html);
      return c.html(html);
    }
    const response = await serveFile(serve, c, hashed.has(path) ? cacheControl.hashed : cacheControl.other);
    return response ?? next();
  };
}
