// The demo tells the truth: promoters' comments praise (they become kudos), detractors' complain,
// every comment is in the language the customer answered in, and the history uses the new questions.
import { describe, expect, it } from "vitest";
import { COMMENTS, demoHistory } from "../../prisma/demo-history";

describe("demo history", () => {
  const doc = demoHistory(new Date("2026-11-30T12:00:00Z"));
  type R = {
    nps?: number;
    comment?: string;
    locale: string;
    choices?: Record<string, string[]>;
    compare?: number;
    return?: number;
  };
  const responses = doc.responses as R[];

  it("praise from promoters only, complaints from detractors, in the response's language", () => {
    const commented = responses.filter((r) => r.comment);
    expect(commented.length).toBeGreaterThan(50);
    for (const r of commented) {
      const mood = r.nps! >= 9 ? "praise" : r.nps! >= 7 ? "neutral" : "complaint";
      expect(COMMENTS[r.locale][mood], `${r.locale} ${r.nps}: ${r.comment}`).toContain(r.comment);
    }
  });

  it("uses choices per question, compare, return and customer keys", () => {
    expect(responses.filter((r) => r.choices?.["stood-out"]).length).toBeGreaterThan(50);
    expect(responses.filter((r) => r.choices?.["visit-for"]?.length === 1).length).toBeGreaterThan(50);
    expect(responses.filter((r) => r.compare).length).toBeGreaterThan(100);
    expect(responses.filter((r) => r.return).length).toBeGreaterThan(100);
    const keys = doc.interactions.flatMap((i) => ("customer" in i && i.customer ? [i.customer as string] : []));
    expect(new Set(keys).size).toBeLessThan(keys.length / 2); // regulars come back
    expect(keys.every((k) => /^cust-[0-9a-f]{12}$/.test(k))).toBe(true);
  });

  it("is the same every run", () => {
    expect(demoHistory(new Date("2026-11-30T12:00:00Z"))).toEqual(doc);
  });
});
