// Runs in every test worker before the test files: point lib/db at this worker's database
// (VITEST_POOL_ID is 1..maxWorkers; tests/global-setup.ts made one database for each).
import { inject } from "vitest";

const urls = inject("databaseUrls");
const worker = Number(process.env.VITEST_POOL_ID ?? 1);
process.env.DATABASE_URL = urls[(worker - 1) % urls.length];
process.env.NEXTAUTH_SECRET ??= "test-secret-not-for-production";
