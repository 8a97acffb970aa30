// Vitest global setup: one migrated throwaway database for the whole unit/integration run.
import type { TestProject } from "vitest/node";
import { createTestDb } from "./test-db";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const testDb = await createTestDb("vitest");
  process.env.DATABASE_URL = testDb.url;
  project.provide("databaseUrl", testDb.url);
  console.log(`vitest database: ${process.env.TEST_DB ?? "sqlite"} ${testDb.url.replace(/\/\/[^@]*@/, "//")}`);
  return () => testDb.drop();
}
