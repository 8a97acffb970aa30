// docs/interchange.md "Additions": the additions fixture imported through the library, the CLI and
// read back through exportScores, GET /api/v1/scores and `scores --json` reproduces its expected
// document (attributes, comparison, return intent, retention, margins, touchpoints) within 0.05.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { GET } from "../../app/api/v1/scores/route";
import { uniq } from "../../tests/factories";
import { createApiKey } from "../auth/api-key";
import { db } from "../db";
import { parseTemplateDefinition } from "../surveys/template-schema";
import { exportScores } from "./export-scores";
import { additionsExpected, additionsFixture } from "./fixtures";
import { compareScores } from "./fixtures/compare";
import { importInterchange, InterchangeError } from "./import";

type Doc = {
  responses: { id: string; choices?: Record<string, string[]>; compare?: number }[];
  interactions: { customer?: string }[];
  questions: { id: string; options: { id: string }[] }[];
};

/** The fixture with response ids of its own: ids are global, and each test imports into a new org. */
function freshFixture(): Doc {
  const doc = additionsFixture() as Doc;
  const prefix = randomBytes(4).toString("hex");
  for (const r of doc.responses) r.id = prefix + r.id.slice(8);
  return doc;
}

const dir = mkdtempSync(join(tmpdir(), "ensemble-additions-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("interchange additions", () => {
  it("imports questions, choices, compare, return and customer keys and reproduces the expected scores", async () => {
    const slug = uniq("add");
    const file = freshFixture();
    const summary = await importInterchange(structuredClone(file), { orgSlug: slug });
    expect(summary).toMatchObject({ interactions: { created: 900 }, responses: { created: 538 } });
    const org = await db.organization.findUniqueOrThrow({ where: { slug } });
    const expected = additionsExpected();
    const period = { from: new Date(expected.from), to: new Date(expected.to) };

    const doc = await exportScores(org.id, period);
    const result = compareScores(doc, expected);
    expect(result.problems).toEqual([]);
    expect(result.max).toBeLessThanOrEqual(0.05);
    expect(doc.org.attributes?.find((a) => a.option === "fresh")).toMatchObject({ question: "stood-out", n: 330 });

    // The file's questions joined the default template, texts filled in every language.
    const template = await db.surveyTemplate.findFirstOrThrow({
      where: { orgId: org.id, isDefault: true },
      include: { versions: true },
    });
    const def = parseTemplateDefinition(template.versions[0].definition)!;
    const visitFor = def.questions.find((q) => q.id === "visit-for");
    expect(visitFor).toMatchObject({ kind: "choice", multiple: false, text: { en: "What did you come for?" } });
    expect(visitFor!.text.fi).toBe("What did you come for?");

    // Through the API, for the same window.
    const { key } = await createApiKey(org.id);
    const res = await GET(
      new Request(`http://localhost/api/v1/scores?from=${expected.from}&to=${expected.to}`, {
        headers: { authorization: `Bearer ${key}` },
      }),
    );
    expect(res.status).toBe(200);
    expect(compareScores(await res.json(), expected).problems).toEqual([]);

    // Importing again changes nothing.
    const again = await importInterchange(file, { orgSlug: slug });
    expect(again).toMatchObject({ interactions: { created: 0 }, responses: { created: 0, unchanged: 538 } });
    expect(compareScores(await exportScores(org.id, period), expected).problems).toEqual([]);
  }, 60_000);

  it("through the CLI: import, then scores --json for the window", async () => {
    const file = join(dir, "additions.json");
    writeFileSync(file, JSON.stringify(freshFixture()));
    const slug = uniq("cli-add");
    const env = { ...process.env, FORCE_COLOR: "0" };
    const cli = (...args: string[]) =>
      promisify(execFile)(join(process.cwd(), "node_modules/.bin/tsx"), ["scripts/cli.ts", ...args], {
        env,
        cwd: process.cwd(),
        maxBuffer: 16 << 20,
      });
    await cli("import", file, "--org", slug);
    const expected = additionsExpected();
    const { stdout } = await cli("scores", "--org", slug, "--from", expected.from, "--to", expected.to, "--json");
    expect(compareScores(JSON.parse(stdout), expected).problems).toEqual([]);
  }, 120_000);

  it("rejects a choice naming an unknown question or option, with the record's path, and writes nothing", async () => {
    const doc = freshFixture();
    const i = doc.responses.findIndex((r) => r.choices?.["stood-out"]);
    const j = doc.responses.findIndex((r, k) => k > i && r.choices);
    doc.responses[i].choices!["stood-out"].push("sparkly");
    doc.responses[j].choices = { "no-such-question": ["a"] };
    doc.responses[j + 1].compare = 4;
    doc.interactions[0].customer = "x".repeat(129);
    const slug = uniq("add-bad");
    const error = await importInterchange(doc, { orgSlug: slug }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InterchangeError);
    const lines = (error as InterchangeError).lines;
    expect(lines).toContain(
      `responses[${i}].choices.stood-out[${doc.responses[i].choices!["stood-out"].length - 1}]: unknown option "sparkly" of question "stood-out"`,
    );
    expect(lines).toContain(
      `responses[${j}].choices.no-such-question: unknown question "no-such-question" (list it in questions)`,
    );
    expect(lines).toContain(`responses[${j + 1}].compare: must be a whole number from 1 to 3`);
    expect(lines).toContain("interactions[0].customer: must be at most 128 characters");
    expect(await db.organization.findUnique({ where: { slug } })).toBeNull();
  });
});
