// Retention's edges (docs/scoring.md "Retention"), read from the database on either provider: a
// visit exactly 60 days later retains, a millisecond more does not, a visit at the same moment is
// not "later", and only interactions at least 60 days older than the period's end are eligible.
import { describe, expect, it } from "vitest";
import { uniq } from "../../tests/factories";
import { db } from "../db";
import { emptyAdditions } from "../scoring/additions";
import { addRetentionOf } from "./export-additions";
import { importInterchange } from "./import";

const DAY = 86_400_000;
const T0 = Date.parse("2025-01-01T08:00:00.000Z");
const at = (ms: number) => new Date(T0 + ms).toISOString();

// ref, customer, time after T0
const VISITS: [string, string, number][] = [
  ["a1", "exactly-60", 0],
  ["a2", "exactly-60", 60 * DAY], // retains a1
  ["b1", "one-ms-late", DAY],
  ["b2", "one-ms-late", DAY + 60 * DAY + 1], // too late for b1
  ["c1", "same-moment", 2 * DAY],
  ["c2", "same-moment", 2 * DAY], // not later than c1, nor c1 than it
  ["d1", "comes-back-twice", 3 * DAY],
  ["d2", "comes-back-twice", 13 * DAY], // retains d1
  ["d3", "comes-back-twice", 23 * DAY], // retains d2
];

describe("retention", () => {
  it("counts a visit within 60 days, to the millisecond, and only eligible interactions", async () => {
    const slug = uniq("retention");
    await importInterchange(
      {
        format: "interchange-v1",
        staff: [{ email: "ret@retention.test", name: "Ret", kind: "frontline" }],
        touchpoints: [{ slug: "shop" }],
        interactions: VISITS.map(([ref, customer, t]) => ({
          ref,
          touchpoint: "shop",
          occurredAt: at(t),
          customer,
          contributors: [{ email: "ret@retention.test", role: "frontline" }],
        })),
        responses: [],
      },
      { orgSlug: slug },
    );
    const org = await db.organization.findUniqueOrThrow({ where: { slug } });
    const retention = async (end: number, from?: number) => {
      const out = { org: emptyAdditions(), users: new Map(), teams: new Map(), touchpoints: new Map() };
      await addRetentionOf(
        org.id,
        { ...(from !== undefined ? { from: new Date(T0 + from) } : {}), to: new Date(T0 + end) },
        new Date(),
        out,
      );
      return { eligible: out.org.retentionEligibleN, retained: out.org.retentionRetainedN };
    };
    // Everything is eligible a year on: a1, d1 and d2 retained; b1, c1, c2 and the last visits not.
    expect(await retention(365 * DAY)).toEqual({ eligible: 9, retained: 3 });
    // End at 63 days: eligible are those at most 3 days after T0 (a1, b1, c1, c2, d1).
    expect(await retention(63 * DAY)).toEqual({ eligible: 5, retained: 2 });
    // A period starting after a1: a1 is not in it.
    expect(await retention(365 * DAY, 1)).toEqual({ eligible: 8, retained: 2 });
    // Ending less than 60 days after the first visit: nothing is eligible yet.
    expect(await retention(59 * DAY)).toEqual({ eligible: 0, retained: 0 });
  });
});
