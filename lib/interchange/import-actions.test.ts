// What an import sets in motion: cases for detractors still inside the follow-up window and
// events for the last seven days' answers only, so a history import floods nobody.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { uniq } from "../../tests/factories";
import { importInterchange } from "./import";

const HOUR = 3_600_000;
const hex = () => randomBytes(16).toString("hex");

function doc(now: Date) {
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * HOUR).toISOString();
  const answers = [
    { ref: "fresh-detractor", hoursAgo: 2, nps: 3, comment: "waited forever" },
    { ref: "old-detractor", hoursAgo: 72, nps: 2 }, // inside 7 days, outside the 48 h window
    { ref: "promoter", hoursAgo: 20, nps: 10, comment: "Aiko was lovely" },
    { ref: "history", hoursAgo: 30 * 24, nps: 1, comment: "a month ago" },
  ];
  return {
    format: "interchange-v1",
    staff: [{ email: "aiko@example.test", name: "Aiko", team: "counter", kind: "frontline" }],
    touchpoints: [{ slug: "store-main" }],
    interactions: answers.map((a) => ({
      ref: a.ref,
      touchpoint: "store-main",
      occurredAt: at(a.hoursAgo + 1),
      contributors: [{ email: "aiko@example.test", role: "frontline", weight: 1 }],
    })),
    responses: answers.map((a) => ({
      id: hex(),
      interactionRef: a.ref,
      answeredAt: at(a.hoursAgo),
      nps: a.nps,
      ...(a.comment ? { comment: a.comment } : {}),
    })),
  };
}

describe("importing recent answers", () => {
  it("opens cases inside the follow-up window and records events for the last 7 days only", async () => {
    const now = new Date();
    const slug = uniq("imp");
    const input = doc(now);
    const summary = await importInterchange(input, { orgSlug: slug, now });
    expect(summary.followUps).toEqual({ opened: 1 });
    const org = await db.organization.findUniqueOrThrow({ where: { slug } });
    const byRef = new Map(input.responses.map((r) => [r.interactionRef, r.id]));

    const cases = await db.followUp.findMany({ where: { orgId: org.id } });
    expect(cases.map((c) => c.responseId)).toEqual([byRef.get("fresh-detractor")]);
    expect(cases[0].openedAt.toISOString()).toBe(input.responses[0].answeredAt); // its clock started when answered

    const events = await db.event.findMany({ where: { orgId: org.id } });
    const about = (type: string) =>
      events
        .filter((e) => e.type === type)
        .map((e) => (JSON.parse(e.data) as { response: { interactionRef: string } }).response.interactionRef)
        .sort();
    expect(about("response.stored")).toEqual(["fresh-detractor", "old-detractor", "promoter"]);
    expect(about("kudos")).toEqual(["promoter"]);
    expect(about("followup.opened")).toEqual(["fresh-detractor"]);
    const opened = JSON.parse(events.find((e) => e.type === "followup.opened")!.data);
    expect(opened.followup).toMatchObject({ id: cases[0].id, status: "open", escalated: false });
    expect(opened.response).toMatchObject({ touchpoint: "store-main", nps: 3, comment: "waited forever" });
    expect(opened.credited).toEqual([
      { email: "aiko@example.test", name: "Aiko", kind: "frontline", role: "frontline", weight: 1 },
    ]);

    // Idempotent: a second import opens and records nothing more.
    const again = await importInterchange(input, { orgSlug: slug, now });
    expect(again.followUps).toEqual({ opened: 0 });
    expect(await db.event.count({ where: { orgId: org.id } })).toBe(events.length);
    expect(await db.followUp.count({ where: { orgId: org.id } })).toBe(1);
  });
});
