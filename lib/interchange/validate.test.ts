import { describe, expect, it } from "vitest";
import { checkReferences, emptyKnown, MAX_ERROR_LINES, parseRecords } from "./validate";

const base = () => ({
  format: "interchange-v1",
  staff: [{ email: "Aiko@Example.test ", name: "Aiko", team: "counter", kind: "frontline" }],
  touchpoints: [{ slug: "store-main" }],
  interactions: [
    {
      ref: "o-1",
      touchpoint: "store-main",
      occurredAt: "2026-09-03T10:15:00Z",
      contributors: [{ email: "aiko@example.test", role: "frontline" }],
    },
  ],
  responses: [
    {
      id: "5F0C1234-AAAA-BBBB-CCCC-0123456789AB",
      interactionRef: "o-1",
      answeredAt: "2026-09-03T10:20:00+03:00",
      nps: 9,
    },
  ],
});
const NOW = new Date("2026-11-01T00:00:00Z");

describe("parseRecords", () => {
  it("normalises emails and UUIDs and defaults weights to 1", () => {
    const { doc, problems } = parseRecords(base());
    expect(problems.count).toBe(0);
    expect(doc.staff[0].email).toBe("aiko@example.test");
    expect(doc.responses[0].id).toBe("5f0c1234aaaabbbbcccc0123456789ab");
    expect(doc.interactions[0].contributors[0].weight).toBe(1);
  });

  it("names the field and the rule for every bad record", () => {
    const raw = base() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    raw.format = "csv";
    raw.staff[0].kind = "chef";
    raw.interactions[0].contributors[0].weight = 0;
    raw.interactions[0].occurredAt = "yesterday";
    raw.responses[0].csat = 4.5;
    raw.responses[0].ces = 8;
    raw.responses[0].comment = "x".repeat(2001);
    expect(parseRecords(raw).problems.report()).toEqual([
      'format: must be "interchange-v1"',
      "staff[0].kind: must be one of frontline, backoffice",
      "interactions[0].occurredAt: must be an ISO 8601 date-time like 2026-09-03T10:15:00Z",
      "interactions[0].contributors[0].weight: must be in (0, 1]",
      "responses[0].csat: must be a whole number from 1 to 5",
      "responses[0].ces: must be a whole number from 1 to 7",
      "responses[0].comment: must be at most 2000 characters",
    ]);
    expect(parseRecords([]).problems.report()).toEqual([expect.stringMatching(/^\(input\): must be a JSON object/)]);
    expect(parseRecords({ format: "interchange-v1", responses: {} }).problems.report()).toEqual([
      "responses: must be a list",
    ]);
  });

  it("caps the report and counts the rest", () => {
    const raw = base();
    raw.responses = Array.from({ length: MAX_ERROR_LINES + 5 }, () => ({ ...raw.responses[0], nps: 11 }));
    const report = parseRecords(raw).problems.report();
    expect(report).toHaveLength(MAX_ERROR_LINES + 1);
    expect(report.at(-1)).toBe("… and 5 more problems");
  });
});

describe("checkReferences", () => {
  it("reports duplicates and unknown staff, touchpoints and interactions", () => {
    const raw = base();
    raw.staff.push({ ...raw.staff[0] });
    raw.interactions.push({ ...raw.interactions[0], touchpoint: "kiosk", contributors: [] });
    raw.interactions[0].contributors.push({ email: "ghost@example.test", role: "backoffice" });
    raw.responses.push(
      { ...raw.responses[0], id: "b".repeat(32) },
      { ...raw.responses[0], id: "c".repeat(32), interactionRef: "o-404" },
    );
    const { doc } = parseRecords(raw);
    expect(checkReferences(doc, emptyKnown(), NOW).problems.report()).toEqual([
      'staff[1].email: duplicate email "aiko@example.test" (first at staff[0])',
      'interactions[1].ref: duplicate ref "o-1" (first at interactions[0])',
      'interactions[0].contributors[1].email: unknown staff email "ghost@example.test" (list it in staff)',
      'interactions[1].touchpoint: unknown touchpoint "kiosk" (list it in touchpoints)',
      'responses[1].interactionRef: interaction "o-1" already has a response (responses[0])',
      'responses[2].interactionRef: unknown interaction "o-404" (list it in interactions)',
    ]);
  });

  it("checks references on a broken file too, without blaming records that point at a broken one", () => {
    const raw = base() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    raw.staff.unshift({ email: "ben@example.test", name: "", kind: "backoffice" }); // bad name; ben is still "named"
    raw.interactions[0].contributors.push(
      { email: "ben@example.test", role: "backoffice", weight: 0.5 },
      { email: "eve@example.test", role: "frontline" },
    );
    const { doc, problems, origin } = parseRecords(raw);
    checkReferences(doc, emptyKnown(), NOW, problems, origin);
    expect(problems.report()).toEqual([
      "staff[0].name: is required",
      'interactions[0].contributors[2].email: unknown staff email "eve@example.test" (list it in staff)',
    ]);
  });

  it("accepts references to what the organisation already holds", () => {
    const { doc } = parseRecords({
      format: "interchange-v1",
      responses: [{ id: "a".repeat(32), interactionRef: "old", answeredAt: "2026-09-01T00:00:00Z" }],
    });
    const known = emptyKnown();
    known.interactions.set("old", { occurredAt: new Date("2026-08-01T00:00:00Z"), responseId: null });
    expect(checkReferences(doc, known, NOW).problems.count).toBe(0);
    known.interactions.set("old", { occurredAt: new Date("2026-08-01T00:00:00Z"), responseId: "f".repeat(32) });
    expect(checkReferences(doc, known, NOW).problems.report()).toEqual([
      `responses[0].interactionRef: interaction "old" already has a stored response ${"f".repeat(32)}`,
    ]);
  });

  it("clamps answeredAt into [occurredAt, now]", () => {
    const raw = base();
    raw.responses[0].answeredAt = "2026-09-03T10:00:00Z"; // before the interaction (10:15)
    const early = parseRecords(raw).doc;
    expect(checkReferences(early, emptyKnown(), NOW).clamped).toBe(1);
    expect(early.responses[0].answeredAt).toBe("2026-09-03T10:15:00.000Z");
    raw.responses[0].answeredAt = "2027-01-01T00:00:00Z"; // after receipt
    const late = parseRecords(raw).doc;
    checkReferences(late, emptyKnown(), NOW);
    expect(late.responses[0].answeredAt).toBe(NOW.toISOString());
  });
});
