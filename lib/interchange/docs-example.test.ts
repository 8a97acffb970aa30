// The example file that docs/interchange.md shows is a real, importable interchange-v1 document, and the
// scores it gives are the ones docs/scoring.md's formulas give by hand.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { uniq } from "../../tests/factories";
import { exportScores } from "./export-scores";
import { importInterchange } from "./import";

const EXAMPLE = join(__dirname, "..", "..", "docs", "examples", "bakery-week.json");
const example = () => JSON.parse(readFileSync(EXAMPLE, "utf8"));

describe("docs/examples/bakery-week.json", () => {
  it("imports whole, again without changes, and scores as worked out by hand", async () => {
    const slug = uniq("docs");
    const first = await importInterchange(example(), { orgSlug: slug });
    expect(first).toMatchObject({
      orgCreated: true,
      staff: { created: 3 },
      teams: { created: 3 },
      touchpoints: { created: 2 },
      interactions: { created: 4 },
      responses: { created: 4 },
    });
    const again = await importInterchange(example(), { orgSlug: slug });
    expect(again).toMatchObject({
      interactions: { created: 0, unchanged: 4 },
      responses: { created: 0, unchanged: 4 },
    });

    const org = await db.organization.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    const scores = await exportScores(org.id);
    // NPS answers 10, 7, 9, 4: two promoters, one detractor of four.
    expect(scores.org).toMatchObject({ responses: 4, npsN: 4, csatN: 3, cesN: 3 });
    expect(scores.org.nps).toBeCloseTo(25, 3);
    expect(scores.org.csat).toBeCloseTo(100, 3);
    expect(scores.org.ces).toBeCloseTo(16 / 3, 3);
    // Ben is credited at weight 0.5 (a 10) and weight 1 (a 9): both promoters, NPS 100.
    const ben = scores.staff.find((s) => s.email === "ben@example.test");
    expect(ben).toMatchObject({ responses: 2, npsN: 2 });
    expect(ben?.nps).toBeCloseTo(100, 3);
    // The delivery team's two responses: a 9 and a 4.
    const delivery = scores.teams.find((t) => t.team === "delivery");
    expect(delivery).toMatchObject({ responses: 2, npsN: 2 });
    expect(delivery?.nps).toBeCloseTo(0, 3);
  });
});
