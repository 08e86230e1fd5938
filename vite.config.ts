import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { resolve } from "node:path";
import { precompiledMessages } from "./scripts/precompile-messages.ts";

const root = import.meta.dirname;

// Multi-page build: the task pane, the two sign-in dialog pages (same origin as the pane) and the demo page.
export default defineConfig({
  // precompiledMessages: catalogs ship as parsed ICU trees, so the pane needs no ICU parser (build only).
  plugins: [react(), precompiledMessages()],
  build: {
    outDir: "dist",
    sourcemap: true,
    // dist/.vite/manifest.json: the size budget follows the task pane's static imports through it, and the
    // server uses it to cache only content-hashed files forever.
    manifest: true,
    rollupOptions: {
      input: {
        taskpane: resolve(root, "taskpane.html"),
        "auth-start": resolve(root, "auth-start.html"),
        "auth-callback": resolve(root, "auth-callback.html"),
        demo: resolve(root, "demo.html"),
      },
    },
  },
});
