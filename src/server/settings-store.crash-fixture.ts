// Child process for the store's crash test: starts a save, signals once part of the new file is on disk, and
// never finishes, so the parent can kill it mid-write.
import { open } from "node:fs/promises";
import { createSettingsStore, nodeStoreFileSystem } from "./settings-store";

const path = process.argv[2];
if (path === undefined) throw new Error("usage: settings-store.crash-fixture.ts <settings file>");

const store = createSettingsStore({
  path,
  fileSystem: {
    ...nodeStoreFileSystem,
    async writeNewFileDurably(tempPath, text) {
      const handle = await open(tempPath, "wx");
      await handle.write(text.slice(0, 10));
      process.send?.("partially written");
      await new Promise(() => undefined);
    },
  },
});

void store.update((doc) => ({ ...doc, system: { crmSyncIntervalSeconds: 7 } }));
