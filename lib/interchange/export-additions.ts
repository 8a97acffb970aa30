// The scores document's additions (docs/interchange.md "Additions"): comparison, return intent and
// attribute sums from the period's responses, and retention from the interactions that carry a
// customer key, per organisation, person, team and touchpoint.
import { db } from "../db";
import {
  addAdditions,
  addRetention,
  DAY_MS,
  emptyAdditions,
  RETENTION_DAYS,
  type AdditionSums,
} from "../scoring/additions";
import { isPostgres, read } from "../rollups/read";
import { CHOICES_SELECT, groupChoices } from "../responses/read-choices";
import { DEFAULT_TEMPLATE, parseTemplateDefinition } from "../surveys/template-schema";
import type { Period } from "../time/period";

export type AdditionsBySubject = {
  org: AdditionSums;
  users: Map<string, AdditionSums>;
  teams: Map<string, AdditionSums>;
  touchpoints: Map<string, AdditionSums>;
  /** question id → option ids, in the templates' order */
  order: Map<string, string[]>;
};

const PAGE = 5000;

/** Option id → question id for each template version, and one map over all of them for unversioned answers. */
export async function choiceQuestions(orgId: string) {
  const versions = await db.surveyTemplateVersion.findMany({
    where: { template: { orgId } },
    orderBy: [{ template: { isDefault: "desc" } }, { version: "desc" }],
    select: { id: true, definition: true },
  });
  const byVersion = new Map<string, Map<string, string>>();
  const any = new Map<string, string>();
  const order = new Map<string, string[]>();
  // An organisation without templates of its own surveys with the built-in one.
  const defs = versions.length ? versions : [{ id: "", definition: JSON.stringify(DEFAULT_TEMPLATE) }];
  for (const v of defs) {
    const def = parseTemplateDefinition(v.definition);
    const map = new Map<string, string>();
    for (const q of def?.questions ?? []) {
      if (q.kind !== "choice") continue;
      const listed = order.get(q.id) ?? [];
      for (const o of q.options) {
        map.set(o.id, q.id);
        if (!any.has(o.id)) any.set(o.id, q.id);
        if (!listed.includes(o.id)) listed.push(o.id);
      }
      order.set(q.id, listed);
    }
    byVersion.set(v.id, map);
  }
  return { byVersion, any, order };
}

function getOr(map: Map<string, AdditionSums>, key: string): AdditionSums {
  let s = map.get(key);
  if (!s) map.set(key, (s = emptyAdditions()));
  return s;
}

/** One counted response as the reports read it (lib/reports): its answer, NPS, time and credits. */
export type CountedAnswer = {
  answer: { compare: number | null; returnIntent: number | null; choices: Map<string, string[]> | null };
  nps: number | null;
  answeredAt: Date;
  touchpointId: string;
  contributions: { userId: string; teamId: string | null; weight: number }[];
};

export type AdditionOptions = {
  /** Only the responses (and retention interactions) that credit someone in this team. */
  teamId?: string;
  /** Called once per counted response, for reports that need more than the sums. */
  visit?: (a: CountedAnswer) => void;
};

/**
 * Reads only the period's rows (Response by orgId + answeredAt, Interaction by orgId + occurredAt),
 * leaving out excluded responses and credits, as the scores do.
 */
export async function additionSums(
  orgId: string,
  period: Period,
  now = new Date(),
  opts: AdditionOptions = {},
): Promise<AdditionsBySubject> {
  const { order } = await choiceQuestions(orgId);
  const out: AdditionsBySubject = {
    org: emptyAdditions(),
    users: new Map(),
    teams: new Map(),
    touchpoints: new Map(),
    order,
  };
  const answeredAt = { ...(period.from ? { gte: period.from } : {}), ...(period.to ? { lt: period.to } : {}) };
  let cursor: string | undefined;
  for (;;) {
    const page = await db.response.findMany({
      where: {
        orgId,
        answeredAt,
        excludedAt: null,
        OR: [{ compare: { not: null } }, { returnIntent: { not: null } }, { responseChoices: { some: {} } }],
        ...(opts.teamId ? { interaction: { contributions: { some: { teamId: opts.teamId, excludedAt: null } } } } : {}),
        ...(cursor ? { id: { gt: cursor } } : {}),
      },
      orderBy: { id: "asc" },
      take: PAGE,
      select: {
        id: true,
        compare: true,
        returnIntent: true,
        ...CHOICES_SELECT,
        nps: true,
        answeredAt: true,
        interaction: {
          select: {
            touchpointId: true,
            contributions: { where: { excludedAt: null }, select: { userId: true, teamId: true, weight: true } },
          },
        },
      },
    });
    for (const r of page) {
      const answer = {
        compare: r.compare,
        returnIntent: r.returnIntent,
        choices: groupChoices(r.responseChoices),
      };
      addAdditions(out.org, answer);
      addAdditions(getOr(out.touchpoints, r.interaction.touchpointId), answer);
      const teams = new Set<string>();
      for (const c of r.interaction.contributions) {
        addAdditions(getOr(out.users, c.userId), answer, c.weight);
        if (c.teamId) teams.add(c.teamId);
      }
      for (const t of teams) addAdditions(getOr(out.teams, t), answer);
      opts.visit?.({
        answer,
        nps: r.nps,
        answeredAt: r.answeredAt,
        touchpointId: r.interaction.touchpointId,
        contributions: r.interaction.contributions,
      });
    }
    if (page.length < PAGE) break;
    cursor = page[page.length - 1].id;
  }
  await addRetentionOf(orgId, period, now, out, opts.teamId);
  return out;
}

/** docs/scoring.md "Retention": eligible interactions of the period, retained when the customer came back within 60 days. */
export async function addRetentionOf(
  orgId: string,
  period: Period,
  now: Date,
  out: Omit<AdditionsBySubject, "order">,
  teamId?: string,
) {
  const end = (period.to ?? now).getTime();
  const last = end - RETENTION_DAYS * DAY_MS; // the latest eligible time
  if (period.from && period.from.getTime() > last) return;
  // Only the eligible interactions are read, each with whether the same key has another interaction
  // later than it and at most 60 days after it (an index probe on orgId + customer + occurredAt), and
  // their credits: plain SQL on the raw driver, as a period holds hundreds of thousands of them at
  // scale. Dates are ISO 8601 text with "+00:00" on SQLite (as the ORM writes them), timestamps on
  // PostgreSQL.
  const within = isPostgres()
    ? `e."occurredAt" + interval '${RETENTION_DAYS} days'`
    : `strftime('%Y-%m-%dT%H:%M:%f', e."occurredAt", '+${RETENTION_DAYS} days') || '+00:00'`;
  const since = period.from ? ` AND e."occurredAt" >= ?` : "";
  const params = [orgId, ...(period.from ? [period.from] : []), new Date(last)];
  const eligible = `e."orgId" = ? AND e."customer" IS NOT NULL${since} AND e."occurredAt" <= ?`;
  const [visits, credits] = await Promise.all([
    read<{ id: string; touchpointId: string; retained: number | boolean }>(
      `SELECT e."id", e."touchpointId", EXISTS (
         SELECT 1 FROM "Interaction" v
         WHERE v."orgId" = e."orgId" AND v."customer" = e."customer"
           AND v."occurredAt" > e."occurredAt" AND v."occurredAt" <= ${within}
       ) AS "retained"
       FROM "Interaction" e WHERE ${eligible}`,
      params,
    ),
    read<{ interactionId: string; userId: string; teamId: string | null; weight: number }>(
      `SELECT c."interactionId", c."userId", c."teamId", c."weight" FROM "Contribution" c
       JOIN "Interaction" e ON e."id" = c."interactionId"
       WHERE ${eligible} AND c."excludedAt" IS NULL`,
      params,
    ),
  ]);
  const creditsOf = new Map<string, typeof credits>();
  for (const c of credits) {
    const list = creditsOf.get(c.interactionId);
    if (list) list.push(c);
    else creditsOf.set(c.interactionId, [c]);
  }
  for (const r of visits) {
    const contributions = creditsOf.get(r.id) ?? [];
    if (teamId && !contributions.some((c) => c.teamId === teamId)) continue;
    const retained = Boolean(Number(r.retained));
    const add = (s: AdditionSums, w = 1) => addRetention(s, retained, w);
    add(out.org);
    add(getOr(out.touchpoints, r.touchpointId));
    const teams = new Set<string>();
    for (const c of contributions) {
      add(getOr(out.users, c.userId), Number(c.weight));
      if (c.teamId) teams.add(c.teamId);
    }
    for (const team of teams) add(getOr(out.teams, team));
  }
}
