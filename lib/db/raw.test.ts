// The raw write transaction the answer path uses: all or nothing, never tangled with a Prisma
// transaction on the same database, unique violations recognised, dates in UTC whatever the
// process's time zone.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { isUniqueViolation } from "../interactions/create";
import { findLink, sqlFor } from "../responses/sql";
import { ingestResponse } from "../responses/ingest";
import { makeShop, newId } from "../responses/test-helpers";
import { uniq } from "@/tests/factories";
import { rawTransaction, type SqlTx } from "./raw";

const insertOrg = (tx: SqlTx, id: string, slug: string, createdAt = new Date()) =>
  tx.$executeRawUnsafe(
    sqlFor(`INSERT INTO "Organization" ("id", "slug", "name", "createdAt") VALUES (?, ?, ?, ?)`),
    id,
    slug,
    slug,
    createdAt,
  );

const timeZone = process.env.TZ;
afterEach(() => {
  if (timeZone === undefined) delete process.env.TZ;
  else process.env.TZ = timeZone;
});

describe("raw write transaction", () => {
  it("commits every statement together, and none when anything throws", async () => {
    const [a, b, c] = [uniq("raw-a"), uniq("raw-b"), uniq("raw-c")];
    await rawTransaction(async (tx) => {
      await insertOrg(tx, a, a);
      await insertOrg(tx, b, b);
    });
    await expect(
      rawTransaction(async (tx) => {
        await insertOrg(tx, c, c);
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    const found = await db.organization.findMany({ where: { id: { in: [a, b, c] } }, select: { id: true } });
    expect(found.map((o) => o.id).sort()).toEqual([a, b].sort());
  });

  it("waits for a Prisma transaction in progress and never joins it: that one's rollback keeps this one's rows", async () => {
    const [mine, theirs] = [uniq("raw-mine"), uniq("raw-theirs")];
    let started!: () => void;
    const begun = new Promise<void>((r) => (started = r));
    const prisma = db.$transaction(async (tx) => {
      await tx.organization.create({ data: { id: theirs, slug: theirs, name: theirs } });
      started();
      await new Promise((r) => setTimeout(r, 300));
      throw new Error("their rollback");
    });
    await begun;
    const raw = rawTransaction((tx) => insertOrg(tx, mine, mine));
    await expect(prisma).rejects.toThrow("their rollback");
    await raw;
    const found = await db.organization.findMany({ where: { id: { in: [mine, theirs] } }, select: { id: true } });
    expect(found.map((o) => o.id)).toEqual([mine]);
  });

  it("raises the driver's unique violation, which the write path recognises as one", async () => {
    const id = uniq("raw-dup");
    await rawTransaction((tx) => insertOrg(tx, id, id));
    const error = await rawTransaction((tx) => insertOrg(tx, uniq("raw-other"), id)).catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    // The connection is usable again afterwards.
    await rawTransaction((tx) => insertOrg(tx, uniq("raw-after"), uniq("raw-after")));
  });

  it("writes and reads dates in UTC whatever the process's time zone", async () => {
    process.env.TZ = "Pacific/Kiritimati"; // UTC+14: any local-time slip shows as a different day
    const { link } = await makeShop();
    const ix = await link("raw-tz", new Date(Date.now() - 3_600_000).toISOString());
    const stored = await db.interaction.findUniqueOrThrow({ where: { id: ix.id }, select: { occurredAt: true } });
    const read = await findLink(ix.code);
    expect(read?.occurredAt.toISOString()).toBe(stored.occurredAt.toISOString());

    const id = newId();
    const answeredAt = new Date(Date.now() - 1_800_123).toISOString();
    expect((await ingestResponse({ id, code: ix.code, answers: { nps: 9 }, answeredAt })).status).toBe("stored");
    const row = await db.response.findUniqueOrThrow({ where: { id }, select: { answeredAt: true } });
    expect(row.answeredAt.toISOString()).toBe(answeredAt);
  });
});
