import { fork } from "node:child_process";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import {
  createSettingsStore,
  nodeStoreFileSystem,
  SettingsStoreError,
  type SettingsDocument,
  type StoreFileSystem,
} from "./settings-store";

let dir: string;
let path: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "settings-store-"));
  path = join(dir, "settings.json");
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const saved: SettingsDocument = {
  version: 1,
  system: { crmSyncIntervalSeconds: 600 },
  organizations: { "1": { crmSyncIntervalSeconds: 300 } },
};

describe("settings store", () => {
  test("a missing file reads as no settings at all", async () => {
    const store = createSettingsStore({ path });
    expect(await store.read()).toEqual({ version: 1, system: {}, organizations: {} });
  });

  test("what is written is read back, also by a new store on the same file", async () => {
    await createSettingsStore({ path }).update(() => saved);
    expect(await createSettingsStore({ path }).read()).toEqual(saved);
  });

  test("a crash while the new file is being written leaves the old file intact", async () => {
    await createSettingsStore({ path }).update(() => saved);
    const before = await readFile(path, "utf8");
    const crashing: StoreFileSystem = {
      ...nodeStoreFileSystem,
      async writeNewFileDurably(tempPath, text) {
        // Half the bytes reach the disk, then the process "dies".
        await writeFile(tempPath, text.slice(0, Math.floor(text.length / 2)));
        throw new Error("simulated crash");
      },
    };
    const store = createSettingsStore({ path, fileSystem: crashing });
    await expect(store.update((doc) => ({ ...doc, system: { crmSyncIntervalSeconds: 5 } }))).rejects.toThrow(
      /simulated crash/,
    );
    expect(await readFile(path, "utf8")).toBe(before);
    expect(await createSettingsStore({ path }).read()).toEqual(saved);
    expect(await readdir(dir)).toEqual(["settings.json"]);
  });

  test("a crash between writing and renaming leaves the old file intact", async () => {
    await createSettingsStore({ path }).update(() => saved);
    const crashing: StoreFileSystem = {
      ...nodeStoreFileSystem,
      rename: () => Promise.reject(new Error("simulated crash before rename")),
    };
    await expect(
      createSettingsStore({ path, fileSystem: crashing }).update(() => ({ ...saved, system: {} })),
    ).rejects.toBeInstanceOf(SettingsStoreError);
    expect(await createSettingsStore({ path }).read()).toEqual(saved);
  });

  test("a process killed in the middle of a save leaves the old file intact", async () => {
    await createSettingsStore({ path }).update(() => saved);
    const child = fork(join(import.meta.dirname, "settings-store.crash-fixture.ts"), [path], {
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "ignore", "inherit", "ipc"],
    });
    // The fixture reports once the temp file holds part of the new document, then waits to be killed.
    await new Promise<void>((resolve, reject) => {
      child.once("message", () => resolve());
      child.once("exit", (code) => reject(new Error(`fixture exited early with ${String(code)}`)));
    });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
    expect(await createSettingsStore({ path }).read()).toEqual(saved);
  });

  test("a file that is not JSON is reported, not silently reset", async () => {
    await writeFile(path, '{"version": 1, "system": {');
    await expect(createSettingsStore({ path }).read()).rejects.toThrow(/is not valid JSON/);
    const store = createSettingsStore({ path });
    await expect(store.update(() => saved)).rejects.toThrow(/is not valid JSON/);
    expect(await readFile(path, "utf8")).toBe('{"version": 1, "system": {');
  });

  test("a file with an out-of-range value names the field", async () => {
    await writeFile(
      path,
      JSON.stringify({ version: 1, system: { crmSyncIntervalSeconds: 0 }, organizations: {} }),
    );
    await expect(createSettingsStore({ path }).read()).rejects.toThrow(/crmSyncIntervalSeconds/);
  });

  test("concurrent updates are applied one after the other", async () => {
    const store = createSettingsStore({ path });
    await Promise.all(
      ["1", "2", "3", "4"].map((id) =>
        store.update((doc) => ({
          ...doc,
          organizations: { ...doc.organizations, [id]: { syncTasks: false } },
        })),
      ),
    );
    expect(Object.keys((await store.read()).organizations).sort()).toEqual(["1", "2", "3", "4"]);
  });
});
