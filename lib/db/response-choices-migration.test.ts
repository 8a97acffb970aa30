// The migration that keys choices by question: a database at the migration before it, with
// answers stored the old way (a JSON list of option ids on the response), keeps every answer and
// gains one ResponseChoice row per option, under the question the option belongs to.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../tests/test-db";
import { listMigrations, migrate, migrationsDir } from "./migrate";
import { parseDatabaseUrl, type DbTarget } from "./url";

const MIGRATION = "20261202054946_response_choices";

type Sql = { run: (text: string, params?: unknown[]) => Promise<void>; all: (text: string) => Promise<unknown[]> };

async function connect(target: DbTarget): Promise<Sql & { close: () => Promise<void> }> {
  if (target.provider === "sqlite") {
    const { default: Database } = await import("better-sqlite3");
    const sqlite = new Database(target.file);
    return {
      run: async (text, params = []) => void sqlite.prepare(text).run(...(params as unknown[])),
      all: async (text) => sqlite.prepare(text).all(),
      close: async () => void sqlite.close(),
    };
  }
  const { Client } = await import("pg");
  const client = new Client({ connectionString: target.url });
  await client.connect();
  return {
    run: async (text, params = []) => {
      let n = 0;
      await client.query(
        text.replace(/\?/g, () => `$${++n}`),
        params,
      );
    },
    all: async (text) => (await client.query(text)).rows,
    close: () => client.end(),
  };
}

const choice = (id: string, options: string[]) => ({
  id,
  kind: "choice",
  multiple: true,
  text: { en: id },
  options: options.map((o) => ({ id: o, text: { en: o } })),
});
const definition = (...questions: object[]) =>
  JSON.stringify({
    intro: { en: "Hi" },
    thankYou: { en: "Thanks" },
    questions: [{ id: "nps", kind: "nps" }, ...questions],
  });

describe(`migration ${MIGRATION}`, () => {
  let root: string;
  let next: string;
  let testDb: TestDb;
  let target: DbTarget;

  beforeAll(async () => {
    const provider = (process.env.TEST_DB ?? "sqlite") === "postgres" ? "postgres" : "sqlite";
    root = mkdtempSync(join(tmpdir(), "ensemble-migration-"));
    next = mkdtempSync(join(tmpdir(), "ensemble-migration-next-"));
    for (const m of listMigrations(provider))
      if (m.name < MIGRATION)
        cpSync(join(migrationsDir(provider), m.name), join(migrationsDir(provider, root), m.name), { recursive: true });
    // Later migrations may change Response; this test applies exactly the one it is about.
    cpSync(join(migrationsDir(provider), MIGRATION), join(migrationsDir(provider, next), MIGRATION), {
      recursive: true,
    });
    for (const m of listMigrations(provider, root))
      cpSync(join(migrationsDir(provider, root), m.name), join(migrationsDir(provider, next), m.name), {
        recursive: true,
      });
    testDb = await createTestDb("choices_migration", root);
    target = parseDatabaseUrl(testDb.url);
  });
  afterAll(async () => {
    await testDb?.drop();
    rmSync(root, { recursive: true, force: true });
    rmSync(next, { recursive: true, force: true });
  });

  it("keeps every answer and moves each chosen option under its question", async () => {
    const sql = await connect(target);
    const at = "2026-11-20T10:00:00.000Z";
    try {
      for (const org of ["org-a", "org-b"]) {
        await sql.run(`INSERT INTO "Organization" ("id", "slug", "name") VALUES (?, ?, ?)`, [org, org, org]);
        await sql.run(`INSERT INTO "Touchpoint" ("id", "orgId", "slug", "name") VALUES (?, ?, ?, ?)`, [
          `tp-${org}`,
          org,
          "desk",
          "Desk",
        ]);
      }
      await sql.run(`INSERT INTO "SurveyTemplate" ("id", "orgId", "name", "isDefault") VALUES (?, ?, ?, ?)`, [
        "tpl-a",
        "org-a",
        "Default",
        1,
      ]);
      await sql.run(`INSERT INTO "SurveyTemplate" ("id", "orgId", "name", "isDefault") VALUES (?, ?, ?, ?)`, [
        "tpl-a2",
        "org-a",
        "Bakery",
        0,
      ]);
      const versions: [string, string, number, string][] = [
        [
          "v1",
          "tpl-a",
          1,
          definition(choice("stood-out", ["friendly", "fast"]), choice("visit-for", ["cake", "coffee"])),
        ],
        ["v2", "tpl-a", 2, definition(choice("stood-out", ["friendly", "fast", "quiet"]))],
        // Another template reuses an option id under another question; the default template wins.
        ["w1", "tpl-a2", 5, definition(choice("mood", ["quiet"]))],
        ["broken", "tpl-a2", 6, "{not json"],
      ];
      for (const [id, templateId, version, def] of versions)
        await sql.run(
          `INSERT INTO "SurveyTemplateVersion" ("id", "templateId", "version", "definition") VALUES (?, ?, ?, ?)`,
          [id, templateId, version, def],
        );
      // [id, org, version, nps, csat, ces, comment, compare, return, choices]
      const answers: [
        string,
        string,
        string | null,
        number | null,
        number | null,
        number | null,
        string | null,
        number | null,
        number | null,
        string | null,
      ][] = [
        ["r1", "org-a", "v1", 9, 5, 6, "Lovely", 3, 3, '["friendly","cake"]'],
        ["r2", "org-a", null, 7, null, null, null, null, null, '["quiet"]'],
        ["r3", "org-b", null, 10, 4, null, "Clean!", 2, 1, '["clean","value"]'],
        ["r4", "org-a", "v1", 3, 2, 1, "Slow", 1, 1, null],
        ["r5", "org-a", "v1", 8, null, null, null, null, null, '["friendly","friendly","fast"]'],
        ["r6", "org-a", "v1", 6, null, null, null, null, null, "not json"],
        ["r7", "org-a", "v1", 5, null, null, null, null, 2, '["quiet","coffee"]'],
        ["r8", "org-b", null, 4, null, null, null, null, null, '["no-such-option",7]'],
        ["r9", "org-a", "broken", 9, null, null, null, null, null, '["fast"]'],
      ];
      for (const [id, org, version, nps, csat, ces, comment, compare, ret, choices] of answers) {
        await sql.run(
          `INSERT INTO "Interaction" ("id", "orgId", "ref", "touchpointId", "templateVersionId", "occurredAt", "code", "expiresAt")
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          [`i-${id}`, org, id, `tp-${org}`, version, at, `code-${id}`, at],
        );
        await sql.run(
          `INSERT INTO "Response" ("id", "orgId", "interactionId", "templateVersionId", "nps", "csat", "ces", "comment",
             "compare", "returnIntent", "choices", "locale", "answeredAt", "receivedAt")
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [id, org, `i-${id}`, version, nps, csat, ces, comment, compare, ret, choices, "en", at, at],
        );
      }
      const before = await sql.all(`SELECT * FROM "Response" ORDER BY "id"`);

      expect(await migrate(target, next)).toEqual([MIGRATION]);

      expect(await sql.all(`SELECT * FROM "Response" ORDER BY "id"`)).toEqual(before);
      const rows = await sql.all(
        `SELECT "responseId", "orgId", "questionId", "optionId" FROM "ResponseChoice"
          ORDER BY "responseId", "questionId", "optionId"`,
      );
      expect(rows).toEqual(
        [
          ["r1", "org-a", "stood-out", "friendly"],
          ["r1", "org-a", "visit-for", "cake"],
          ["r2", "org-a", "stood-out", "quiet"],
          ["r3", "org-b", "stood-out", "clean"],
          ["r3", "org-b", "stood-out", "value"],
          ["r5", "org-a", "stood-out", "fast"],
          ["r5", "org-a", "stood-out", "friendly"],
          ["r7", "org-a", "stood-out", "quiet"],
          ["r7", "org-a", "visit-for", "coffee"],
          ["r9", "org-a", "stood-out", "fast"],
        ].map(([responseId, orgId, questionId, optionId]) => ({ responseId, orgId, questionId, optionId })),
      );
      // Deleting an answer deletes its choices.
      await sql.run(`DELETE FROM "Response" WHERE "id" = ?`, ["r1"]);
      expect(await sql.all(`SELECT * FROM "ResponseChoice" WHERE "responseId" = 'r1'`)).toEqual([]);
    } finally {
      await sql.close();
    }
  });
});
