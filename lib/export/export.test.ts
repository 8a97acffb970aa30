import { describe, expect, it } from "vitest";
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
