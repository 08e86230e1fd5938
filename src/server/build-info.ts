// Where the project lives and which version and build the server reports in the deployment config.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";

export const projectRoot = resolve(import.meta.dirname, "..", "..");

const packageJsonSchema = z.object({ version: z.string().min(1) });

export function readPackageVersion(rootDir: string = projectRoot): string {
  const parsed = packageJsonSchema.safeParse(
    JSON.parse(readFileSync(resolve(rootDir, "package.json"), "utf8")),
  );
  return parsed.success ? parsed.data.version : "dev";
}

/** The git short sha of the checkout, or "dev" outside a git clone (e.g. an unpacked release). */
export function readBuildId(rootDir: string = projectRoot): string {
  try {
    const sha = execFileSync("git", ["rev-parse", "--short", "HEAD"], {
      cwd: rootDir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 5000,
    }).trim();
    return /^[0-9a-f]{4,40}$/.test(sha) ? sha : "dev";
  } catch {
    return "dev";
  }
}
