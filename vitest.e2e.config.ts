import { defineConfig } from "vitest/config";

// Browser tests: the real build, served by the real server with the sandbox, in headless Chromium.
export default defineConfig({
  test: {
    globals: true,
    environment: "node",
    include: ["tests/e2e/**/*.e2e.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
