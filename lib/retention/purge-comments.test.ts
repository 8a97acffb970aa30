import { describe, expect, it } from "vitest";
import { db } from "../db";
import { answeredInteraction } from "../feed/testing";
import { userScores } from "../rollups/queries";
import { makeOrg, makeTouchpoint, makeUser } from "../../tests/factories";
import { purgeOldComments } from "./purge-comments";
import { startRetentionTimer } from "./scheduler";

const DAY = 86_400_000;

describe("comment retention", () => {
  it("deletes only comment texts older than the organisation's limit; scores stay; off by default", async () => {
    const org = await makeOrg();
    const keep = await makeOrg();
    const tp = await makeTouchpoint(org.id, "store-main");
    const tpKeep = await makeTouchpoint(keep.id, "store-main");
    const aiko = await makeUser(org.id);
    const other = await makeUser(keep.id);
    await db.organization.update({ where: { id: org.id }, data: { commentRetentionDays: 30 } });
    const old = await answeredInteraction({
      orgId: org.id,
      touchpointId: tp.id,
      contributors: [{ userId: aiko.id }],
      answeredAt: new Date(Date.now() - 40 * DAY),
      nps: 10,
      comment: "Lovely, ask for Aiko",
    });
    const recent = await answeredInteraction({
      orgId: org.id,
      touchpointId: tp.id,
      contributors: [{ userId: aiko.id }],
      answeredAt: new Date(Date.now() - 5 * DAY),
      nps: 3,
      comment: "Cold coffee",
    });
    const untouched = await answeredInteraction({
      orgId: keep.id,
      touchpointId: tpKeep.id,
      contributors: [{ userId: other.id }],
      answeredAt: new Date(Date.now() - 400 * DAY),
      nps: 9,
      comment: "Kept: this organisation keeps comments",
    });
    const before = await userScores(org.id, aiko.id);

    const result = await purgeOldComments();
    expect(result.find((r) => r.orgId === org.id)).toEqual({ orgId: org.id, deleted: 1 });
    expect(result.some((r) => r.orgId === keep.id)).toBe(false);
    const comment = async (id: string) => (await db.response.findUniqueOrThrow({ where: { id } })).comment;
    expect(await comment(old.response!.id)).toBeNull();
    expect(await comment(recent.response!.id)).toBe("Cold coffee");
    expect(await comment(untouched.response!.id)).toBe("Kept: this organisation keeps comments");
    expect(await userScores(org.id, aiko.id)).toEqual(before);
    const audit = await db.auditEntry.findMany({ where: { orgId: org.id } });
    expect(audit.map((a) => [a.action, a.reason])).toEqual([
      ["retention.comments", "1 comment text older than 30 days"],
    ]);
    expect(JSON.stringify(audit)).not.toContain("Lovely");
    // Running again finds nothing more and logs nothing more.
    expect((await purgeOldComments()).find((r) => r.orgId === org.id)?.deleted).toBe(0);
    expect(await db.auditEntry.count({ where: { orgId: org.id } })).toBe(1);
  });
});

describe("the retention timer", () => {
  it("deletes expired comment texts on its own schedule", async () => {
    const org = await makeOrg();
    const tp = await makeTouchpoint(org.id, "store-main");
    const aiko = await makeUser(org.id);
    await db.organization.update({ where: { id: org.id }, data: { commentRetentionDays: 7 } });
    const old = await answeredInteraction({
      orgId: org.id,
      touchpointId: tp.id,
      contributors: [{ userId: aiko.id }],
      answeredAt: new Date(Date.now() - 8 * DAY),
      nps: 4,
      comment: "Queue too long",
    });
    const stop = startRetentionTimer(100);
    try {
      await expect
        .poll(async () => (await db.response.findUniqueOrThrow({ where: { id: old.response!.id } })).comment, {
          timeout: 5_000,
        })
        .toBeNull();
    } finally {
      stop();
    }
  });
});
