import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // Data-access code is marked server-only for Next; in unit tests it runs in Node directly.
      "server-only": path.resolve(__dirname, "test/empty-module.ts"),
    },
  },
  test: {
    environment: "node",
    include: ["{lib,db,app,components,test}/**/*.test.ts"],
    pool: "forks",
    // Vitest's default leaves a core idle on these 2-core machines (177 s against 107 s here).
    maxWorkers: os.availableParallelism(),
    testTimeout: 20_000,
  },
});
