// Multi-row INSERTs for ingest: a batch of answers is written with a handful of statements
// instead of several per answer (each statement is a round trip through the driver adapter).
import type { SqlTx } from "../db/raw";
import { newRowId, RESPONSE_COLUMNS, responseValues, sqlFor, type NewInteraction, type ResponseRow } from "./sql";

type Raw = Pick<SqlTx, "$executeRawUnsafe">;

/** Rows per statement: keeps parameters well under SQLite's 32,766 and PostgreSQL's 65,535. */
const ROWS_PER_STATEMENT = 500;

async function insertMany<T>(
  tx: Raw,
  table: string,
  columns: string[],
  rows: T[],
  values: (row: T) => unknown[],
): Promise<void> {
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `;
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const part = rows.slice(start, start + ROWS_PER_STATEMENT);
    await tx.$executeRawUnsafe(sqlFor(head + part.map(() => tuple).join(", ")), ...part.flatMap(values));
  }
}

export async function insertInteractions(tx: Raw, rows: NewInteraction[]): Promise<void> {
  if (!rows.length) return;
  await insertMany(
    tx,
    "Interaction",
    [
      "id",
      "orgId",
      "ref",
      "touchpointId",
      "templateVersionId",
      "occurredAt",
      "locale",
      "tags",
      "source",
      "code",
      "expiresAt",
      "usedAt",
      "createdAt",
    ],
    rows,
    (i) => [
      i.id,
      i.orgId,
      i.ref,
      i.touchpointId,
      i.templateVersionId,
      i.occurredAt,
      i.locale,
      "",
      i.source,
      i.code,
      i.expiresAt,
      i.usedAt,
      i.createdAt,
    ],
  );
  const contributions = rows.flatMap((i) =>
    i.contributions.map((c) => ({ ...c, orgId: i.orgId, interactionId: i.id })),
  );
  if (!contributions.length) return;
  await insertMany(
    tx,
    "Contribution",
    ["id", "orgId", "interactionId", "userId", "role", "weight", "teamId", "ruleId", "reason"],
    contributions,
    (c) => [newRowId(), c.orgId, c.interactionId, c.userId, c.role, c.weight, c.teamId, c.ruleId, c.reason],
  );
}

export async function insertResponses(tx: Raw, rows: ResponseRow[]): Promise<void> {
  if (!rows.length) return;
  await insertMany(
    tx,
    "Response",
    RESPONSE_COLUMNS.map((c) => c.name),
    rows,
    responseValues,
  );
}

/** The ResponseChoice table's columns, in the order every writer (ingest, import) writes them. */
export const RESPONSE_CHOICE_COLUMNS = [
  { name: "responseId", type: "text" },
  { name: "orgId", type: "text" },
  { name: "questionId", type: "text" },
  { name: "optionId", type: "text" },
] as const;
export type ResponseChoiceRow = { responseId: string; orgId: string; questionId: string; optionId: string };

export async function insertResponseChoices(tx: Raw, rows: ResponseChoiceRow[]): Promise<void> {
  if (!rows.length) return;
  await insertMany(
    tx,
    "ResponseChoice",
    RESPONSE_CHOICE_COLUMNS.map((c) => c.name),
    rows,
    (r) => RESPONSE_CHOICE_COLUMNS.map((c) => r[c.name]),
  );
}

export async function markUsed(tx: Raw, used: { interactionId: string; at: Date }[]): Promise<void> {
  // Grouped by time: a batch shares one receipt time, so this is usually one statement.
  const byTime = new Map<number, string[]>();
  for (const u of used) byTime.set(u.at.getTime(), [...(byTime.get(u.at.getTime()) ?? []), u.interactionId]);
  for (const [at, ids] of byTime) {
    for (let start = 0; start < ids.length; start += ROWS_PER_STATEMENT) {
      const part = ids.slice(start, start + ROWS_PER_STATEMENT);
      await tx.$executeRawUnsafe(
        sqlFor(`UPDATE "Interaction" SET "usedAt" = ? WHERE "id" IN (${part.map(() => "?").join(", ")})`),
        new Date(at),
        ...part,
      );
    }
  }
}

export async function insertFollowUps(
  tx: Raw,
  rows: { orgId: string; responseId: string; openedAt: Date; contact?: string | null }[],
): Promise<{ id: string; responseId: string; openedAt: Date }[]> {
  const withIds = rows.map((r) => ({ ...r, id: newRowId() }));
  if (withIds.length)
    await insertMany(tx, "FollowUp", ["id", "orgId", "responseId", "status", "openedAt", "contact"], withIds, (f) => [
      f.id,
      f.orgId,
      f.responseId,
      "open",
      f.openedAt,
      f.contact ?? null,
    ]);
  return withIds.map((f) => ({ id: f.id, responseId: f.responseId, openedAt: f.openedAt }));
}
