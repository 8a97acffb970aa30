import { describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { db } from "../db";
import { importInterchange } from "../interchange/import";
import { makeOrg, makeTouchpoint, makeUser } from "../../tests/factories";
import { answeredInteraction } from "../feed/testing";
import { BOM, csvCell, csvRow } from "./csv";
import { responseCsvStream } from "./responses";

describe("csv escaping", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell('say "hi", ok')).toBe('"say ""hi"", ok"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(7)).toBe("7");
    expect(csvRow(["a", 1, undefined])).toBe("a,1,\r\n");
  });

  it("defuses formulas", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    for (const s of ["+1", "-1+1", "@SUM(A1)", "\tcmd", "\rcmd"])
      expect(csvCell(s).replace(/^"/, "").startsWith("'")).toBe(true);
    expect(csvCell("ケーキが美味しかった")).toBe("ケーキが美味しかった");
  });
});

async function text(stream: ReadableStream<Uint8Array>) {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array(await new Response(stream).arrayBuffer()));
}

describe("responses export", () => {
  it("streams one org's responses in the period, with a BOM, never another org's", async () => {
    const org = await makeOrg({ timeZone: "Asia/Tokyo" });
    const other = await makeOrg();
    const tp = await makeTouchpoint(org.id, "store-main");
    const tpo = await makeTouchpoint(other.id);
    const aiko = await makeUser(org.id, { email: "aiko@example.test" });
    const eve = await makeUser(other.id);
    await answeredInteraction({
      orgId: org.id,
      touchpointId: tp.id,
      contributors: [{ userId: aiko.id }],
      answeredAt: new Date("2026-09-03T01:20:00Z"),
      nps: 9,
      comment: "=cmd|' /C calc'!A0, \"yes\"",
    });
    await answeredInteraction({
      orgId: org.id,
      touchpointId: tp.id,
      contributors: [{ userId: aiko.id }],
      answeredAt: new Date("2026-07-01T00:00:00Z"),
      nps: 3,
    });
    await answeredInteraction({
      orgId: other.id,
      touchpointId: tpo.id,
      contributors: [{ userId: eve.id }],
      answeredAt: new Date("2026-09-03T00:00:00Z"),
      nps: 1,
      comment: "secret",
    });

    const csv = await text(responseCsvStream(org.id, { from: new Date("2026-09-01T00:00:00Z") }));
    expect(csv.startsWith(BOM + "response_id,answered_at,")).toBe(true);
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("2026-09-03 10:20:00");
    expect(lines[1]).toContain(`"'=cmd|' /C calc'!A0, ""yes"""`);
    expect(lines[1]).toContain("aiko@example.test frontline 1");
    expect(csv).not.toContain("secret");
  });
});

describe("responses export with the additions", () => {
  it("carries compare, return and one column per choice question, option ids in order", async () => {
    const slug = `csv-${randomBytes(4).toString("hex")}`;
    const id = () => randomBytes(16).toString("hex");
    const [a, b] = [id(), id()];
    await importInterchange(
      {
        format: "interchange-v1",
        staff: [{ email: `${slug}@example.test`, name: "Aiko" }],
        touchpoints: [{ slug: "store-main" }],
        questions: [
          {
            id: "visit-for",
            kind: "choice",
            text: { en: "What did you come for?" },
            options: [
              { id: "bread", text: { en: "Bread" } },
              { id: "cake", text: { en: "Cake" } },
            ],
          },
        ],
        interactions: ["x-1", "x-2"].map((ref) => ({
          ref,
          touchpoint: "store-main",
          occurredAt: "2026-09-03T10:00:00Z",
          contributors: [{ email: `${slug}@example.test`, role: "frontline" }],
        })),
        responses: [
          {
            id: a,
            interactionRef: "x-1",
            answeredAt: "2026-09-03T10:05:00Z",
            nps: 9,
            compare: 3,
            return: 2,
            choices: { "stood-out": ["friendly", "fast"], "visit-for": ["cake"] },
          },
          { id: b, interactionRef: "x-2", answeredAt: "2026-09-03T10:06:00Z", csat: 4 },
        ],
      },
      { orgSlug: slug },
    );
    const org = await db.organization.findUniqueOrThrow({ where: { slug } });
    const [head, first, second] = (await text(responseCsvStream(org.id))).replace(BOM, "").trim().split("\r\n");
    const cols = head.split(",");
    expect(cols).toEqual(expect.arrayContaining(["compare", "return", "choice:stood-out", "choice:visit-for"]));
    const cell = (line: string, name: string) => line.split(",")[cols.indexOf(name)];
    const byId = new Map([first, second].map((l) => [l.split(",")[0], l]));
    expect(cell(byId.get(a)!, "compare")).toBe("3");
    expect(cell(byId.get(a)!, "return")).toBe("2");
    expect(cell(byId.get(a)!, "choice:stood-out")).toBe("friendly; fast");
    expect(cell(byId.get(a)!, "choice:visit-for")).toBe("cake");
    expect(cell(byId.get(b)!, "compare")).toBe("");
    expect(cell(byId.get(b)!, "choice:stood-out")).toBe("");
  });
});
