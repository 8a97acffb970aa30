import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // Next enforces "server-only" in its bundles; here it is an empty module (tests/server-only.ts).
      "server-only": fileURLToPath(new URL("./tests/server-only.ts", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts", "tests/unit/**/*.test.ts"],
    environment: "node",
    // Test files run in parallel, each worker on a database of its own (tests/global-setup.ts).
    // Many tests wait on child processes, timers and the database rather than the CPU, so even a
    // 2-core machine gains from more workers than cores.
    maxWorkers: Number(process.env.VITEST_MAX_WORKERS) || 3,
    // A limit for a hung test, not a speed target (those live in bench/): CI runs the PostgreSQL
    // file set beside the browser tests, where a 10-second test can take three times as long.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ["tests/global-setup.ts"],
    setupFiles: ["tests/setup-env.ts"],
  },
});
