// The write half of the import: inserts what is missing, in bulk, inside the caller's
// transaction. Stored history (interactions, their contribution snapshots, responses) is never
// rewritten; staff details (name, kind, team) are brought up to date.
import { recordEvents } from "../events/record";
import { isDetractor, openFollowUps } from "../followups/open";
import { linkExpiry } from "../interactions/code";
import {
  RESPONSE_COLUMNS as RESPONSE_TABLE,
  responseValues,
  type PersonCredit,
  type ResponseRow,
} from "../responses/sql";
import { RESPONSE_CHOICE_COLUMNS } from "../responses/sql-writes";
import { answerContext, answerEvents, responseRow, type AnswerContext } from "../responses/store";
import { CHOICE_KEY_COLUMNS, CHOICE_SUM_KEYS, KEY_COLUMNS, RollupAccumulator, ROLLUP_SUM_KEYS } from "../rollups/rows";
import { localDay, offsetAt } from "../time/zone";
import { CHOICE_CONFLICT, ROLLUP_CONFLICT } from "../rollups/upsert-sql";
import { DEFAULT_TEMPLATE } from "../surveys/template-schema";
import { idFactory, surveyCodes } from "./ids";
import { mergeQuestions } from "./questions";
import type { OrgRow, StoredState } from "./known-state";
import { rawTx, type Column, type RawDb } from "./raw-db";
import type { InterchangeDocument, InterchangeResponse } from "./schema";

export type WriteCounts = {
  staff: { created: number; updated: number };
  teams: { created: number };
  touchpoints: { created: number };
  interactions: { created: number; unchanged: number };
  contributions: { created: number };
  responses: { created: number; unchanged: number };
  followUps: { opened: number };
};
export type Progress = (phase: string, done: number, total: number) => void;

const col = (name: string, type: Column["type"] = "text"): Column => ({ name, type });
const INTERACTION_COLUMNS = [
  col("id"),
  col("orgId"),
  col("ref"),
  col("touchpointId"),
  col("occurredAt", "timestamp"),
  col("tags"),
  col("source"),
  col("code"),
  col("expiresAt", "timestamp"),
  col("usedAt", "timestamp"),
  col("customer"),
  col("createdAt", "timestamp"),
];
const CONTRIBUTION_COLUMNS = [
  col("id"),
  col("orgId"),
  col("interactionId"),
  col("userId"),
  col("role"),
  col("weight", "float"),
  col("teamId"),
];
const RESPONSE_COLUMNS: Column[] = RESPONSE_TABLE.map((c) => col(c.name, c.type));
const ANSWERED_AT = RESPONSE_TABLE.findIndex((c) => c.name === "answeredAt");
const RECEIVED_AT = RESPONSE_TABLE.findIndex((c) => c.name === "receivedAt");
/** Import tells people and other systems only about answers this recent; older ones are history. */
export const IMPORT_EVENT_DAYS = 7;
const DAY_MS = 86_400_000;
const ROLLUP_COLUMNS = [
  ...KEY_COLUMNS.map((k) => col(k)),
  ...ROLLUP_SUM_KEYS.map((k) => col(k, k.endsWith("N") || k === "responses" ? "int" : "float")),
];
const CHOICE_ROLLUP_COLUMNS = [
  ...CHOICE_KEY_COLUMNS.map((k) => col(k)),
  ...CHOICE_SUM_KEYS.map((k) => col(k, k === "w" ? "float" : "int")),
];
const CHUNK = 50_000;

export class ResponseIdConflict extends Error {
  constructor(readonly ids: string[]) {
    super("responses: ids already used by another organisation");
  }
}

/** Imports this big (and at least as big as what the table holds) rebuild indexes afterwards. */
const BULK_ROWS = 20_000;

/** Writes `count` records' rows, built a chunk at a time by `rowsFor(start, end)`; returns rows inserted. */
async function insertChunked(
  raw: RawDb,
  table: string,
  columns: Column[],
  count: number,
  rowsFor: (start: number, end: number) => unknown[][],
  progress: Progress,
  conflict?: string,
) {
  const run = async () => {
    let inserted = 0;
    for (let i = 0; i < count; i += CHUNK) {
      const end = Math.min(count, i + CHUNK);
      inserted += await raw.insert(table, columns, rowsFor(i, end), conflict);
      progress(table, end, count);
    }
    return inserted;
  };
  if (count < BULK_ROWS) return run();
  const [{ n }] = await raw.all<{ n: number | string }>(`SELECT count(*) AS "n" FROM "${table}"`);
  return count >= Number(n) ? raw.bulkLoad(table, run) : run();
}

export async function writeRecords(
  raw: RawDb,
  org: OrgRow,
  doc: InterchangeDocument,
  state: StoredState,
  now: Date,
  progress: Progress,
): Promise<WriteCounts> {
  const newId = idFactory();
  const counts: WriteCounts = {
    staff: { created: 0, updated: 0 },
    teams: { created: 0 },
    touchpoints: { created: 0 },
    interactions: { created: 0, unchanged: 0 },
    contributions: { created: 0 },
    responses: { created: 0, unchanged: 0 },
    followUps: { opened: 0 },
  };

  // Teams named by staff, then staff (by email), then touchpoints (by slug).
  for (const s of doc.staff) {
    if (s.team && !state.teams.has(s.team)) {
      const id = newId();
      await raw.run(`INSERT INTO "Team" ("id", "orgId", "name", "createdAt") VALUES (?, ?, ?, ?)`, [
        id,
        org.id,
        s.team,
        now,
      ]);
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
      await raw.run(`UPDATE "User" SET "name" = ?, "kind" = ?, "teamId" = ? WHERE "id" = ?`, [
        s.name,
        s.kind,
        teamId,
        have.id,
      ]);
      Object.assign(have, { name: s.name, kind: s.kind, teamId });
      counts.staff.updated++;
    }
  }
  for (const t of doc.touchpoints) {
    if (state.touchpoints.has(t.slug)) continue;
    const id = newId();
    await raw.run(
      `INSERT INTO "Touchpoint" ("id", "orgId", "slug", "name", "active", "createdAt") VALUES (?, ?, ?, ?, ?, ?)`,
      [id, org.id, t.slug, t.name ?? t.slug, true, now],
    );
    state.touchpoints.set(t.slug, id);
    counts.touchpoints.created++;
  }

  // New interactions, their contribution snapshots (each person's team as of this import) and
  // new responses, each built and written a chunk at a time. What a new response adds to the
  // rollups is summed while its interaction's credits are at hand.
  const newResponseByRef = new Map<string, InterchangeResponse>();
  for (const r of doc.responses) if (!state.responses.has(r.id)) newResponseByRef.set(r.interactionRef, r);
  counts.responses.unchanged = doc.responses.length - newResponseByRef.size;
  const fresh = doc.interactions.filter((x) => !state.interactionRows.has(x.ref));
  counts.interactions.unchanged = doc.interactions.length - fresh.length;
  const freshIds = new Map<string, string>();
  const nowText = sqlTime(now.getTime());

  counts.interactions.created = await insertChunked(
    raw,
    "Interaction",
    INTERACTION_COLUMNS,
    fresh.length,
    (start, end) => {
      const codes = surveyCodes(end - start);
      return fresh.slice(start, end).map((x, i) => {
        const id = newId();
        freshIds.set(x.ref, id);
        const occurredAt = Date.parse(x.occurredAt);
        const answered = newResponseByRef.get(x.ref)?.answeredAt;
        return [
          id,
          org.id,
          x.ref,
          state.touchpoints.get(x.touchpoint)!,
          isoText(x.occurredAt),
          x.tags ? x.tags.join(",") : "",
          "import",
          codes[i],
          sqlTime(linkExpiry(new Date(occurredAt), org.linkTtlDays).getTime()),
          answered ? isoText(answered) : null,
          x.customer ?? null,
          nowText,
        ];
      });
    },
    progress,
  );

  // Recent answers (and detractors still inside the follow-up window) are acted on as live ones
  // are: a case, events. Only their context is kept, so a history import stays light.
  const eventsSince = now.getTime() - IMPORT_EVENT_DAYS * DAY_MS;
  const casesSince = now.getTime() - org.followUpEscalateHours * 3_600_000;
  const actionable = new Map<string, { interactionRef: string; touchpoint: string; credits: PersonCredit[] }>();
  const acc = new RollupAccumulator(org.id);
  const dayOf = localDayMemo(org.timeZone);
  const addToRollups = (r: InterchangeResponse, touchpointId: string, credits: PersonCredit[]) => {
    const answeredAt = new Date(r.answeredAt);
    acc.addResponse(
      {
        answeredAt,
        nps: r.nps ?? null,
        csat: r.csat ?? null,
        ces: r.ces ?? null,
        touchpointId,
        credits,
        compare: r.compare ?? null,
        returnIntent: r.return ?? null,
        choices: r.choices ? chosenOptions(r.choices) : null,
      },
      dayOf(answeredAt.getTime()),
    );
    const t = answeredAt.getTime();
    if (t >= eventsSince || (isDetractor(r.nps) && t >= casesSince))
      actionable.set(r.id, {
        interactionRef: r.interactionRef,
        touchpoint: touchpointSlug.get(touchpointId)!,
        credits,
      });
  };
  const touchpointSlug = new Map([...state.touchpoints].map(([slug, id]) => [id, slug]));
  counts.contributions.created = await insertChunked(
    raw,
    "Contribution",
    CONTRIBUTION_COLUMNS,
    fresh.length,
    (start, end) => {
      const rows: unknown[][] = [];
      for (const x of fresh.slice(start, end)) {
        const interactionId = freshIds.get(x.ref)!;
        const byEmail = new Map<string, { role: string; weight: number }>();
        for (const c of x.contributors) {
          const prev = byEmail.get(c.email);
          if (!prev || c.weight > prev.weight) byEmail.set(c.email, { role: c.role, weight: c.weight }); // higher weight wins
        }
        const credits: PersonCredit[] = [];
        for (const [email, c] of byEmail) {
          const person = state.staff.get(email)!;
          rows.push([newId(), org.id, interactionId, person.id, c.role, c.weight, person.teamId]);
          credits.push({
            userId: person.id,
            teamId: person.teamId,
            weight: c.weight,
            role: c.role,
            email,
            name: person.name,
            kind: person.kind,
          });
        }
        const response = newResponseByRef.get(x.ref);
        if (response) addToRollups(response, state.touchpoints.get(x.touchpoint)!, credits);
      }
      return rows;
    },
    progress,
  );

  const templateVersionId = await writeQuestions(raw, org, doc, state, now, newId);

  // Sorted by id, the primary key: its index then grows at the right edge instead of at random.
  const newResponses = [...newResponseByRef.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rowOf = (r: InterchangeResponse): ResponseRow =>
    responseRow({
      id: r.id,
      orgId: org.id,
      interactionId: freshIds.get(r.interactionRef) ?? state.interactionRows.get(r.interactionRef)!.id,
      templateVersionId: r.choices ? templateVersionId : null,
      answers: {
        nps: r.nps,
        csat: r.csat,
        ces: r.ces,
        comment: r.comment,
        compare: r.compare,
        return: r.return,
        // Option ids are unique within a template, so its version maps each back to its question.
        choices: r.choices ? Object.values(r.choices).flat() : undefined,
      },
      locale: r.locale ?? org.defaultLocale,
      answeredAt: new Date(r.answeredAt),
      receivedAt: now,
    });
  counts.responses.created = await insertChunked(
    raw,
    "Response",
    RESPONSE_COLUMNS,
    newResponses.length,
    (start, end) =>
      newResponses.slice(start, end).map((r) => {
        const values = responseValues(rowOf(r));
        values[ANSWERED_AT] = isoText(r.answeredAt);
        values[RECEIVED_AT] = nowText;
        return values;
      }),
    progress,
    `ON CONFLICT ("id") DO NOTHING`,
  );
  if (counts.responses.created !== newResponses.length)
    throw new ResponseIdConflict(
      await foreignIds(
        raw,
        org.id,
        newResponses.map((r) => r.id),
      ),
    );

  // Each chosen option under its question; the file names both (docs/interchange.md "Additions").
  const choiceRows: unknown[][] = [];
  for (const r of newResponses)
    if (r.choices) for (const c of chosenOptions(r.choices)) choiceRows.push([r.id, org.id, c.questionId, c.optionId]);
  await insertChunked(
    raw,
    "ResponseChoice",
    [...RESPONSE_CHOICE_COLUMNS],
    choiceRows.length,
    (start, end) => choiceRows.slice(start, end),
    progress,
  );

  // Responses to interactions stored earlier: mark the link used and credit the stored snapshot.
  for (const r of newResponses) {
    if (freshIds.has(r.interactionRef)) continue;
    const stored = state.interactionRows.get(r.interactionRef)!;
    await raw.run(`UPDATE "Interaction" SET "usedAt" = ? WHERE "id" = ? AND "usedAt" IS NULL`, [
      sqlTime(Date.parse(r.answeredAt)),
      stored.id,
    ]);
    const credits = await raw.all<PersonCredit>(
      `SELECT c."userId", c."teamId", c."weight", c."role", u."email", u."name", u."kind"
         FROM "Contribution" c JOIN "User" u ON u."id" = c."userId" WHERE c."interactionId" = ?`,
      [stored.id],
    );
    addToRollups(
      r,
      stored.touchpointId,
      credits.map((c) => ({ ...c, weight: Number(c.weight) })),
    );
  }
  const rollups = acc.sortedValues();
  await insertChunked(
    raw,
    "DailyRollup",
    ROLLUP_COLUMNS,
    rollups.length,
    (start, end) => rollups.slice(start, end),
    progress,
    ROLLUP_CONFLICT,
  );
  const choiceRollups = acc.choiceValues();
  await insertChunked(
    raw,
    "DailyChoiceRollup",
    CHOICE_ROLLUP_COLUMNS,
    choiceRollups.length,
    (start, end) => choiceRollups.slice(start, end),
    progress,
    CHOICE_CONFLICT,
  );

  // Cases for detractors still inside the organisation's follow-up window, so the dashboard's
  // counts are true; opened when answered, so their escalation clock is the live one's. Events
  // for the last IMPORT_EVENT_DAYS only, so a history import does not flood anyone.
  const tx = rawTx(raw);
  const acted = newResponses.flatMap((r) => {
    const about = actionable.get(r.id);
    return about ? [{ response: rowOf(r), about: answerContext(about) as AnswerContext }] : [];
  });
  const opened = await openFollowUps(
    tx,
    acted
      .filter((a) => isDetractor(a.response.nps) && a.response.answeredAt.getTime() >= casesSince)
      .map((a) => ({
        orgId: org.id,
        responseId: a.response.id,
        interactionId: a.response.interactionId,
        nps: a.response.nps,
        openedAt: a.response.answeredAt,
      })),
  );
  counts.followUps = { opened: opened.length };
  await recordEvents(
    tx,
    answerEvents(
      acted.filter((a) => a.response.answeredAt.getTime() >= eventsSince),
      opened,
    ),
    now,
  );
  return counts;
}

/**
 * Adds the file's questions and options to the default template (creating it from the built-in
 * one if the organisation has none): in place while no response uses its newest version, else as a
 * new version, so earlier answers keep the questions they saw. Returns the version that the
 * imported choices refer to (null when the file has no questions and the organisation no template).
 */
async function writeQuestions(
  raw: RawDb,
  org: OrgRow,
  doc: InterchangeDocument,
  state: StoredState,
  now: Date,
  newId: () => string,
): Promise<string | null> {
  const have = state.templateRow;
  const merged = mergeQuestions(state.template ?? DEFAULT_TEMPLATE, doc.questions);
  if (!merged) return have?.versionId ?? null;
  const definition = JSON.stringify(merged);
  if (have && !have.hasResponses) {
    await raw.run(`UPDATE "SurveyTemplateVersion" SET "definition" = ? WHERE "id" = ?`, [definition, have.versionId]);
    return have.versionId;
  }
  let templateId = have?.templateId;
  if (!templateId) {
    templateId = newId();
    await raw.run(
      `INSERT INTO "SurveyTemplate" ("id", "orgId", "name", "isDefault", "createdAt") VALUES (?, ?, ?, ?, ?)`,
      [templateId, org.id, "Default", true, now],
    );
  }
  const versionId = newId();
  const version = (have?.version ?? 0) + 1;
  await raw.run(
    `INSERT INTO "SurveyTemplateVersion" ("id", "templateId", "version", "definition", "createdAt") VALUES (?, ?, ?, ?, ?)`,
    [versionId, templateId, version, definition, now],
  );
  state.templateRow = { templateId, versionId, version, hasResponses: false };
  state.template = merged;
  return versionId;
}

/**
 * localDay for many instants of one zone: an hour with one offset throughout (lib/time/zone.ts
 * finds the ones with a transition) whose first and last millisecond fall on the same local day is
 * worked out once; that is every hour but one a day in zones with whole-hour offsets.
 */
function localDayMemo(timeZone: string): (t: number) => string {
  const HOUR = 3_600_000;
  const hours = new Map<number, string | null>();
  return (t) => {
    const hour = Math.floor(t / HOUR);
    let day = hours.get(hour);
    if (day === undefined) {
      const first = localDay(hour * HOUR, timeZone);
      const last = hour * HOUR + HOUR - 1;
      const steady = offsetAt(hour * HOUR, timeZone) === offsetAt(last, timeZone);
      day = steady && first === localDay(last, timeZone) ? first : null;
      hours.set(hour, day);
    }
    return day ?? localDay(t, timeZone);
  };
}

/** A timestamp as both drivers store it: ISO 8601 with "+00:00", the form Prisma's SQLite adapter writes. */
function sqlTime(ms: number): string {
  return new Date(ms).toISOString().replace("Z", "+00:00");
}

const CANONICAL_ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
/** sqlTime(Date.parse(iso)) for a checked instant; one already in toISOString's form is only re-suffixed. */
function isoText(iso: string): string {
  return CANONICAL_ISO.test(iso) ? `${iso.slice(0, 23)}+00:00` : sqlTime(Date.parse(iso));
}

/** A response's choices as (question, option) pairs, each option once. */
function chosenOptions(choices: Record<string, string[]>): { questionId: string; optionId: string }[] {
  const out: { questionId: string; optionId: string }[] = [];
  for (const questionId in choices) {
    const options = choices[questionId];
    for (let i = 0; i < options.length; i++)
      if (options.indexOf(options[i]) === i) out.push({ questionId, optionId: options[i] });
  }
  return out;
}

/** Which of `ids` are stored for another organisation (the reason an insert skipped them). */
async function foreignIds(raw: RawDb, orgId: string, ids: string[]): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < ids.length && out.length < 50; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = await raw.all<{ id: string }>(
      `SELECT "id" FROM "Response" WHERE "orgId" <> ? AND "id" IN (${chunk.map(() => "?").join(",")})`,
      [orgId, ...chunk],
    );
    out.push(...rows.map((r) => r.id));
  }
  return out;
}
