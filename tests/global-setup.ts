// Vitest global setup: one migrated throwaway database per test worker, so test files run in
// parallel without meeting each other's writes mid-test. Files that run in one worker share its
// database one after another, as they would in a serial run.
import type { TestProject } from "vitest/node";
import { createTestDb } from "./test-db";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrls: string[];
  }
}

export default async function setup(project: TestProject) {
  const workers = Math.max(1, project.config.maxWorkers);
  const dbs = await Promise.all(Array.from({ length: workers }, (_, i) => createTestDb(`vitest_w${i + 1}`)));
  const urls = dbs.map((d) => d.url);
  process.env.DATABASE_URL = urls[0];
  project.provide("databaseUrls", urls);
  console.log(
    `vitest databases (${workers} workers): ${process.env.TEST_DB ?? "sqlite"} ${urls[0].replace(/\/\/[^@]*@/, "//")} …`,
  );
  return async () => {
    await Promise.all(dbs.map((d) => d.drop()));
  };
}
