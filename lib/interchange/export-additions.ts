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
  retainedFlags,
  retentionEligible,
  type AdditionSums,
} from "../scoring/additions";
import { read } from "../rollups/read";
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
  // An eligible interaction is at most `end − 60 days`, so the visit that retains it is before `end`:
  // the period's keyed interactions are all that is needed. Plain SQL on the raw driver: a period
  // holds hundreds of thousands of them at scale, too many to fetch through the ORM.
  const since = period.from ? ` AND "occurredAt" >= ?` : "";
  const bounds = (to: Date) => [orgId, ...(period.from ? [period.from] : []), to];
  const [visits, credits] = await Promise.all([
    read<{ id: string; customer: string; occurredAt: string | Date; touchpointId: string }>(
      `SELECT "id", "customer", "occurredAt", "touchpointId" FROM "Interaction"
       WHERE "orgId" = ? AND "customer" IS NOT NULL${since} AND "occurredAt" <= ?`,
      bounds(new Date(end)),
    ),
    read<{ interactionId: string; userId: string; teamId: string | null; weight: number }>(
      `SELECT c."interactionId", c."userId", c."teamId", c."weight" FROM "Contribution" c
       JOIN "Interaction" i ON i."id" = c."interactionId"
       WHERE i."orgId" = ? AND i."customer" IS NOT NULL${since.replace('"occurredAt"', 'i."occurredAt"')}
         AND i."occurredAt" <= ? AND c."excludedAt" IS NULL`,
      bounds(new Date(last)),
    ),
  ]);
  const creditsOf = new Map<string, typeof credits>();
  for (const c of credits) {
    const list = creditsOf.get(c.interactionId);
    if (list) list.push(c);
    else creditsOf.set(c.interactionId, [c]);
  }
  const byCustomer = new Map<string, { id: string; t: number; touchpointId: string }[]>();
  for (const r of visits) {
    const visit = { id: r.id, t: new Date(r.occurredAt).getTime(), touchpointId: r.touchpointId };
    const list = byCustomer.get(r.customer);
    if (list) list.push(visit);
    else byCustomer.set(r.customer, [visit]);
  }
  const from = period.from?.getTime() ?? -Infinity;
  for (const list of byCustomer.values()) {
    const flags = retainedFlags(list.map((r) => r.t));
    list.forEach((r, i) => {
      if (r.t < from || r.t >= end || !retentionEligible(r.t, end)) return;
      const contributions = creditsOf.get(r.id) ?? [];
      if (teamId && !contributions.some((c) => c.teamId === teamId)) return;
      const add = (s: AdditionSums, w = 1) => addRetention(s, flags[i], w);
      add(out.org);
      add(getOr(out.touchpoints, r.touchpointId));
      const teams = new Set<string>();
      for (const c of contributions) {
        add(getOr(out.users, c.userId), Number(c.weight));
        if (c.teamId) teams.add(c.teamId);
      }
      for (const team of teams) add(getOr(out.teams, team));
    });
  }
}
