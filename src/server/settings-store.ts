// The file that holds the system and organization settings. Writes are atomic (temp file, fsync, rename), so a
// crash mid-write leaves the previous file; reads are schema-checked, so a damaged file is reported, not reset.
import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { z } from "zod";
import { overridesSchema, type SettingsOverrides } from "../settings/settings-model";

export type SettingsDocument = {
  version: 1;
  system: SettingsOverrides;
  /** Keyed by Oro organization id. */
  organizations: Record<string, SettingsOverrides>;
};

const organizationIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "is not an Oro organization id");

const documentSchema = z.object({
  version: z.literal(1),
  system: overridesSchema("system"),
  organizations: z.record(organizationIdSchema, overridesSchema("organization")),
});

export function isOrganizationId(value: string): boolean {
  return organizationIdSchema.safeParse(value).success;
}

export function emptySettingsDocument(): SettingsDocument {
  return { version: 1, system: {}, organizations: {} };
}

export class SettingsStoreError extends Error {
  override name = "SettingsStoreError";
}

/** The few file operations the store needs; tests wrap the real ones to simulate a crash. */
export type StoreFileSystem = {
  /** The file's text, or null when it does not exist. */
  readText(path: string): Promise<string | null>;
  /** Creates `path` (which must not exist), writes all of `text` and flushes it to disk before resolving. */
  writeNewFileDurably(path: string, text: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
  /** Makes a rename inside `dir` durable; best effort where the platform cannot open directories. */
  syncDirectory(dir: string): Promise<void>;
  ensureDirectory(dir: string): Promise<void>;
};

export const nodeStoreFileSystem: StoreFileSystem = {
  async readText(path) {
    try {
      return await readFile(path, "utf8");
    } catch (error) {
      if (isErrnoException(error) && error.code === "ENOENT") return null;
      throw error;
    }
  },
  async writeNewFileDurably(path, text) {
    // "wx": never follow or reuse an existing file under the temp name. 0o600: settings are not for other users.
    const handle = await open(path, "wx", 0o600);
    try {
      await handle.writeFile(text, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => rename(from, to),
  remove: (path) => rm(path, { force: true }),
  async syncDirectory(dir) {
    let handle;
    try {
      handle = await open(dir, "r");
      await handle.sync();
    } catch {
      // Windows cannot fsync a directory; the rename is still atomic there.
    } finally {
      await handle?.close();
    }
  },
  ensureDirectory: async (dir) => {
    await mkdir(dir, { recursive: true });
  },
};

function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && "code" in error;
}

/** Replaces `path` with `text` so that a reader (or a restart after a crash) sees the old file or the new one. */
export async function writeFileAtomically(
  path: string,
  text: string,
  fileSystem: StoreFileSystem = nodeStoreFileSystem,
): Promise<void> {
  const dir = dirname(path);
  // Same directory as the target: rename is only atomic within one file system.
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  await fileSystem.ensureDirectory(dir);
  try {
    await fileSystem.writeNewFileDurably(temp, text);
    await fileSystem.rename(temp, path);
  } catch (error) {
    await fileSystem.remove(temp).catch(() => undefined);
    throw error;
  }
  await fileSystem.syncDirectory(dir);
}

export interface SettingsStore {
  readonly path: string;
  read(): Promise<SettingsDocument>;
  /** Reads, applies `change` and writes, one change at a time; a failed write leaves the file as it was. */
  update(change: (current: SettingsDocument) => SettingsDocument): Promise<SettingsDocument>;
}

export function createSettingsStore(options: { path: string; fileSystem?: StoreFileSystem }): SettingsStore {
  const fileSystem = options.fileSystem ?? nodeStoreFileSystem;
  const path = options.path;
  let queue: Promise<unknown> = Promise.resolve();

  async function read(): Promise<SettingsDocument> {
    let text: string | null;
    try {
      text = await fileSystem.readText(path);
    } catch (error) {
      throw new SettingsStoreError(`Cannot read the settings file ${path}: ${messageOf(error)}`, {
        cause: error,
      });
    }
    if (text === null) return emptySettingsDocument();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new SettingsStoreError(
        `The settings file ${path} is not valid JSON (${messageOf(error)}). Repair it or restore a backup; ` +
          "the connector does not overwrite it.",
      );
    }
    const parsed = documentSchema.safeParse(json);
    if (!parsed.success) {
      throw new SettingsStoreError(
        `The settings file ${path} does not contain valid connector settings:\n${z.prettifyError(parsed.error)}\n` +
          "Repair it or restore a backup; the connector does not overwrite it.",
      );
    }
    return parsed.data;
  }

  function update(change: (current: SettingsDocument) => SettingsDocument): Promise<SettingsDocument> {
    const run = async () => {
      const next = change(await read());
      const text = `${JSON.stringify(next, null, 2)}\n`;
      try {
        await writeFileAtomically(path, text, fileSystem);
      } catch (error) {
        throw new SettingsStoreError(`Cannot write the settings file ${path}: ${messageOf(error)}`, {
          cause: error,
        });
      }
      return next;
    };
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
  }

  return { path, read, update };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
