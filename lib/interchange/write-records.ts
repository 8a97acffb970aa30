// The write half of the import: inserts what is missing, in bulk, inside the caller's
// transaction. Stored history (interactions, their contribution snapshots, responses) is never
// rewritten; staff details (name, kind, team) are brought up to date.
import { linkExpiry } from "../interactions/code";
import { KEY_COLUMNS, RollupAccumulator, rollupRowsFor, rowValues, type Credit } from "../rollups/rows";
import { ROLLUP_CONFLICT } from "../rollups/upsert-sql";
import { SUM_KEYS } from "../scoring/sums";
import { idFactory, surveyCodes } from "./ids";
import type { OrgRow, StoredState } from "./known-state";
import type { Column, RawDb } from "./raw-db";
import type { InterchangeDocument } from "./schema";

export type WriteCounts = {
  staff: { created: number; updated: number };
  teams: { created: number };
  touchpoints: { created: number };
  interactions: { created: number; unchanged: number };
  contributions: { created: number };
  responses: { created: number; unchanged: number };
};
export type Progress = (phase: string, done: number, total: number) => void;

const col = (name: string, type: Column["type"] = "text"): Column => ({ name, type });
const INTERACTION_COLUMNS = [col("id"), col("orgId"), col("ref"), col("touchpointId"), col("occurredAt", "timestamp"), col("tags"), col("source"),
  col("code"), col("expiresAt", "timestamp"), col("usedAt", "timestamp"), col("createdAt", "timestamp")];
const CONTRIBUTION_COLUMNS = [col("id"), col("orgId"), col("interactionId"), col("userId"), col("role"), col("weight", "float"), col("teamId")];
const RESPONSE_COLUMNS = [col("id"), col("orgId"), col("interactionId"), col("nps", "int"), col("csat", "int"), col("ces", "int"), col("comment"),
  col("locale"), col("answeredAt", "timestamp"), col("receivedAt", "timestamp")];
const ROLLUP_COLUMNS = [...KEY_COLUMNS.map((k) => col(k)), ...SUM_KEYS.map((k) => col(k, k.endsWith("N") || k === "responses" ? "int" : "float"))];
const CHUNK = 50_000;

export class ResponseIdConflict extends Error {
  constructor(readonly ids: string[]) {
    super("responses: ids already used by another organisation");
  }
}

async function insertChunked(raw: RawDb, table: string, columns: Column[], rows: unknown[][], progress: Progress, conflict?: string) {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    inserted += await raw.insert(table, columns, rows.slice(i, i + CHUNK), conflict);
    progress(table, Math.min(rows.length, i + CHUNK), rows.length);
  }
  return inserted;
}

export async function writeRecords(raw: RawDb, org: OrgRow, doc: InterchangeDocument, state: StoredState, now: Date, progress: Progress): Promise<WriteCounts> {
  const newId = idFactory();
  const counts: WriteCounts = {
    staff: { created: 0, updated: 0 }, teams: { created: 0 }, touchpoints: { created: 0 },
    interactions: { created: 0, unchanged: 0 }, contributions: { created: 0 }, responses: { created: 0, unchanged: 0 },
  };

  // Teams named by staff, then staff (by email), then touchpoints (by slug).
  for (const s of doc.staff) {
    if (s.team && !state.teams.has(s.team)) {
      const id = newId();
      await raw.run(`INSERT INTO "Team" ("id", "orgId", "name", "createdAt") VALUES (?, ?, ?, ?)`, [id, org.id, s.team, now]);
      state.teams.set(s.team, id);
      counts.teams.created++;
    }
  }
  for (const s of doc.staff) {
    const teamId = s.team ? state.teams.get(s.team)! : null;
    const have = state.staff.get(s.email);
    if (!have) {
      const id = newId();
      await raw.run(
        `INSERT INTO "User" ("id", "orgId", "email", "name", "role", "kind", "active", "teamId", "failedLogins", "createdAt") VALUES (?, ?, ?, ?, 'staff', ?, ?, ?, 0, ?)`,
        [id, org.id, s.email, s.name, s.kind, true, teamId, now],
      );
      state.staff.set(s.email, { id, name: s.name, kind: s.kind, teamId });
      counts.staff.created++;
    } else if (have.name !== s.name || have.kind !== s.kind || have.teamId !== teamId) {
      await raw.run(`UPDATE "User" SET "name" = ?, "kind" = ?, "teamId" = ? WHERE "id" = ?`, [s.name, s.kind, teamId, have.id]);
      Object.assign(have, { name: s.name, kind: s.kind, teamId });
      counts.staff.updated++;
    }
  }
  for (const t of doc.touchpoints) {
    if (state.touchpoints.has(t.slug)) continue;
    const id = newId();
    await raw.run(`INSERT INTO "Touchpoint" ("id", "orgId", "slug", "name", "active", "createdAt") VALUES (?, ?, ?, ?, ?, ?)`, [id, org.id, t.slug, t.name ?? t.slug, true, now]);
    state.touchpoints.set(t.slug, id);
    counts.touchpoints.created++;
  }

  // New interactions with their contribution snapshot (each person's team as of this import).
  const answeredAtByRef = new Map(doc.responses.map((r) => [r.interactionRef, r.answeredAt]));
  const fresh = doc.interactions.filter((x) => !state.interactionRows.has(x.ref));
  counts.interactions.unchanged = doc.interactions.length - fresh.length;
  const codes = surveyCodes(fresh.length);
  const interactionRows: unknown[][] = [];
  const contributionRows: unknown[][] = [];
  const creditsByRef = new Map<string, { touchpointId: string; credits: Credit[] }>();
  fresh.forEach((x, i) => {
    const id = newId();
    const occurredAt = new Date(x.occurredAt);
    const touchpointId = state.touchpoints.get(x.touchpoint)!;
    const answered = answeredAtByRef.get(x.ref);
    interactionRows.push([id, org.id, x.ref, touchpointId, occurredAt, (x.tags ?? []).join(","), "import", codes[i],
      linkExpiry(occurredAt, org.linkTtlDays), answered ? new Date(answered) : null, now]);
    const weights = new Map<string, { role: string; weight: number }>();
    for (const c of x.contributors) {
      const prev = weights.get(c.email);
      if (!prev || c.weight > prev.weight) weights.set(c.email, { role: c.role, weight: c.weight }); // higher weight wins
    }
    const credits: Credit[] = [];
    for (const [email, c] of weights) {
      const person = state.staff.get(email)!;
      contributionRows.push([newId(), org.id, id, person.id, c.role, c.weight, person.teamId]);
      credits.push({ userId: person.id, teamId: person.teamId, weight: c.weight });
    }
    creditsByRef.set(x.ref, { touchpointId, credits });
    state.interactionRows.set(x.ref, { id, touchpointId, occurredAt, responseId: null });
  });
  counts.interactions.created = await insertChunked(raw, "Interaction", INTERACTION_COLUMNS, interactionRows, progress);
  counts.contributions.created = await insertChunked(raw, "Contribution", CONTRIBUTION_COLUMNS, contributionRows, progress);

  // New responses, then what they add to the rollups.
  const newResponses = doc.responses.filter((r) => !state.responses.has(r.id));
  counts.responses.unchanged = doc.responses.length - newResponses.length;
  const responseRows = newResponses.map((r) => [r.id, org.id, state.interactionRows.get(r.interactionRef)!.id, r.nps ?? null, r.csat ?? null,
    r.ces ?? null, r.comment ?? null, r.locale ?? org.defaultLocale, new Date(r.answeredAt), now]);
  counts.responses.created = await insertChunked(raw, "Response", RESPONSE_COLUMNS, responseRows, progress, `ON CONFLICT ("id") DO NOTHING`);
  if (counts.responses.created !== newResponses.length) throw new ResponseIdConflict(await foreignIds(raw, org.id, newResponses.map((r) => r.id)));

  // Responses to interactions stored earlier: mark the link used and credit the stored snapshot.
  const older = newResponses.filter((r) => !creditsByRef.has(r.interactionRef));
  for (const r of older) {
    const stored = state.interactionRows.get(r.interactionRef)!;
    await raw.run(`UPDATE "Interaction" SET "usedAt" = ? WHERE "id" = ? AND "usedAt" IS NULL`, [new Date(r.answeredAt), stored.id]);
    const credits = await raw.all<Credit>(`SELECT "userId", "teamId", "weight" FROM "Contribution" WHERE "interactionId" = ?`, [stored.id]);
    creditsByRef.set(r.interactionRef, { touchpointId: stored.touchpointId, credits });
  }
  const acc = new RollupAccumulator();
  for (const r of newResponses) {
    const { touchpointId, credits } = creditsByRef.get(r.interactionRef)!;
    acc.add(rollupRowsFor({ orgId: org.id, timeZone: org.timeZone, responseId: r.id, answeredAt: new Date(r.answeredAt),
      nps: r.nps ?? null, csat: r.csat ?? null, ces: r.ces ?? null, touchpointId, credits }));
  }
  await insertChunked(raw, "DailyRollup", ROLLUP_COLUMNS, acc.sorted().map(rowValues), progress, ROLLUP_CONFLICT);
  return counts;
}

/** Which of `ids` are stored for another organisation (the reason an insert skipped them). */
async function foreignIds(raw: RawDb, orgId: string, ids: string[]): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < ids.length && out.length < 50; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = await raw.all<{ id: string }>(`SELECT "id" FROM "Response" WHERE "orgId" <> ? AND "id" IN (${chunk.map(() => "?").join(",")})`, [orgId, ...chunk]);
    out.push(...rows.map((r) => r.id));
  }
  return out;
}
