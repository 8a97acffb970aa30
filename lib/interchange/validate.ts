// Validating an interchange-v1 document: each record against its schema, then the references
// between records (and to what the organisation already holds). Pure: the import passes in
// what the database knows. Every problem is one "path: rule" line.
import type { z } from "zod";
import type { TemplateDefinition } from "../surveys/template-schema";
import { describeIssues } from "../validation";
import { fastInteraction, fastResponse } from "./fast-records";
import { catalogOf } from "./questions";
import {
  INTERCHANGE_FORMAT,
  interchangeInteractionSchema,
  interchangeQuestionSchema,
  interchangeResponseSchema,
  interchangeStaffSchema,
  interchangeTouchpointSchema,
  type InterchangeDocument,
} from "./schema";

export const MAX_ERROR_LINES = 200;

/** What the organisation already holds (all empty for a new organisation). */
export type KnownState = {
  staffEmails: Set<string>;
  touchpointSlugs: Set<string>;
  /** stored interactions by ref: when they happened and the id of their response, if any */
  interactions: Map<string, { occurredAt: Date; responseId: string | null }>;
  /** stored responses of this organisation by id: the ref of their interaction */
  responses: Map<string, string>;
  /** the organisation's default template, whose questions choices may name without listing them */
  template: TemplateDefinition | null;
};

export const emptyKnown = (): KnownState => ({
  staffEmails: new Set(),
  touchpointSlugs: new Set(),
  interactions: new Map(),
  responses: new Map(),
  template: null,
});

export class Problems {
  lines: string[] = [];
  more = 0;
  add(line: string) {
    if (this.lines.length < MAX_ERROR_LINES) this.lines.push(line);
    else this.more++;
  }
  get count() {
    return this.lines.length + this.more;
  }
  /** The lines, with a last line counting the ones left out. */
  report(): string[] {
    return this.more ? [...this.lines, `… and ${this.more} more problems`] : this.lines;
  }
}

type Tick = (done: number, total: number) => void;
type ListKey = "questions" | "staff" | "touchpoints" | "interactions" | "responses";

/**
 * Where each parsed record sits in the file (records that failed are left out of the parsed
 * lists), and the keys the failed records name, so the reference checks can still run on a
 * broken file without calling a half-valid record "unknown".
 */
export type Origin = Record<ListKey, number[]> & { looseKeys: Set<string> };

function parseList<S extends z.ZodType>(
  raw: Record<string, unknown>,
  key: ListKey,
  schema: S,
  problems: Problems,
  origin: Origin,
  tick: Tick,
  fast: (v: unknown) => z.output<S> | undefined = () => undefined,
): z.output<S>[] {
  const value = raw[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.add(`${key}: must be a list`);
    return [];
  }
  const out: z.output<S>[] = [];
  for (let i = 0; i < value.length; i++) {
    const quick = fast(value[i]);
    if (quick !== undefined) {
      out.push(quick);
      origin[key].push(i);
      if (i % 10_000 === 9_999) tick(i + 1, value.length);
      continue;
    }
    const parsed = schema.safeParse(value[i]);
    if (parsed.success) {
      out.push(parsed.data);
      origin[key].push(i);
    } else {
      for (const line of describeIssues(parsed.error, `${key}[${i}]`)) problems.add(line);
      const record = value[i] as Record<string, unknown> | null;
      for (const k of ["email", "slug", "ref"])
        if (typeof record?.[k] === "string") origin.looseKeys.add(`${k}:${(record[k] as string).trim().toLowerCase()}`);
    }
    if (i % 10_000 === 9_999) tick(i + 1, value.length);
  }
  tick(value.length, value.length);
  return out;
}

export const identityOrigin = (doc: InterchangeDocument): Origin => ({
  questions: doc.questions.map((_, i) => i),
  staff: doc.staff.map((_, i) => i),
  touchpoints: doc.touchpoints.map((_, i) => i),
  interactions: doc.interactions.map((_, i) => i),
  responses: doc.responses.map((_, i) => i),
  looseKeys: new Set(),
});

/** Checks every record's shape; the parsed lists hold the records that passed. */
export function parseRecords(
  input: unknown,
  problems = new Problems(),
  progress?: Tick,
): { doc: InterchangeDocument; problems: Problems; origin: Origin } {
  const doc: InterchangeDocument = {
    format: INTERCHANGE_FORMAT,
    questions: [],
    staff: [],
    touchpoints: [],
    interactions: [],
    responses: [],
  };
  const origin: Origin = {
    questions: [],
    staff: [],
    touchpoints: [],
    interactions: [],
    responses: [],
    looseKeys: new Set(),
  };
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    problems.add("(input): must be a JSON object with format, staff, touchpoints, interactions and responses");
    return { doc, problems, origin };
  }
  const raw = input as Record<string, unknown>;
  const lists: ListKey[] = ["questions", "staff", "touchpoints", "interactions", "responses"];
  const total = lists.reduce((n, k) => n + (Array.isArray(raw[k]) ? (raw[k] as unknown[]).length : 0), 0);
  let before = 0;
  const tick: Tick = (done, listTotal) => {
    progress?.(before + done, total);
    if (done === listTotal) before += listTotal;
  };
  if (raw.format !== INTERCHANGE_FORMAT) problems.add(`format: must be "${INTERCHANGE_FORMAT}"`);
  doc.questions = parseList(raw, "questions", interchangeQuestionSchema, problems, origin, tick);
  doc.staff = parseList(raw, "staff", interchangeStaffSchema, problems, origin, tick);
  doc.touchpoints = parseList(raw, "touchpoints", interchangeTouchpointSchema, problems, origin, tick);
  doc.interactions = parseList(
    raw,
    "interactions",
    interchangeInteractionSchema,
    problems,
    origin,
    tick,
    fastInteraction,
  );
  doc.responses = parseList(raw, "responses", interchangeResponseSchema, problems, origin, tick, fastResponse);
  return { doc, problems, origin };
}

/**
 * Checks references: duplicates, unknown staff emails / touchpoints / interaction refs, and
 * one response per interaction. Also clamps each answeredAt into [occurredAt, now], the rule
 * docs/scoring.md "Time" gives for a phone's clock, and returns how many it moved.
 * `origin` maps parsed records back to their place in the file (see parseRecords).
 */
export function checkReferences(
  doc: InterchangeDocument,
  known: KnownState,
  now: Date,
  problems = new Problems(),
  origin = identityOrigin(doc),
): { problems: Problems; clamped: number } {
  const at = (list: ListKey, i: number) => `${list}[${origin[list][i]}]`;
  const loose = (kind: string, key: string) => origin.looseKeys.has(`${kind}:${key.toLowerCase()}`);
  const firstIndex = <T>(items: T[], keyOf: (t: T) => string, path: (i: number) => string, label: string) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const key = keyOf(item);
      const prev = seen.get(key);
      if (prev !== undefined)
        problems.add(`${path(i)}: duplicate ${label} "${key}" (first at ${path(prev).split(".")[0]})`);
      else seen.set(key, i);
    });
    return seen;
  };
  firstIndex(
    doc.staff,
    (s) => s.email,
    (i) => `${at("staff", i)}.email`,
    "email",
  );
  firstIndex(
    doc.touchpoints,
    (t) => t.slug,
    (i) => `${at("touchpoints", i)}.slug`,
    "touchpoint",
  );
  const refs = firstIndex(
    doc.interactions,
    (x) => x.ref,
    (i) => `${at("interactions", i)}.ref`,
    "ref",
  );
  firstIndex(
    doc.responses,
    (r) => r.id,
    (i) => `${at("responses", i)}.id`,
    "id",
  );

  const emails = new Set(doc.staff.map((s) => s.email));
  const slugs = new Set(doc.touchpoints.map((t) => t.slug));
  doc.interactions.forEach((x, i) => {
    if (!slugs.has(x.touchpoint) && !known.touchpointSlugs.has(x.touchpoint) && !loose("slug", x.touchpoint)) {
      problems.add(
        `${at("interactions", i)}.touchpoint: unknown touchpoint "${x.touchpoint}" (list it in touchpoints)`,
      );
    }
    x.contributors.forEach((c, j) => {
      if (!emails.has(c.email) && !known.staffEmails.has(c.email) && !loose("email", c.email)) {
        problems.add(
          `${at("interactions", i)}.contributors[${j}].email: unknown staff email "${c.email}" (list it in staff)`,
        );
      }
    });
  });

  const catalog = checkQuestions(doc, known, problems, at);

  let clamped = 0;
  const answeredBy = new Map<string, number>();
  doc.responses.forEach((r, i) => {
    const inFile = refs.get(r.interactionRef);
    const stored = known.interactions.get(r.interactionRef);
    if (inFile === undefined && !stored) {
      if (!loose("ref", r.interactionRef))
        problems.add(
          `${at("responses", i)}.interactionRef: unknown interaction "${r.interactionRef}" (list it in interactions)`,
        );
      return;
    }
    if (r.choices) checkChoices(r.choices, catalog, `${at("responses", i)}.choices`, problems);
    const storedRef = known.responses.get(r.id);
    if (storedRef !== undefined && storedRef !== r.interactionRef) {
      problems.add(`${at("responses", i)}.id: already stored for interaction "${storedRef}"`);
    }
    const prev = answeredBy.get(r.interactionRef);
    if (prev !== undefined)
      problems.add(
        `${at("responses", i)}.interactionRef: interaction "${r.interactionRef}" already has a response (${at("responses", prev)})`,
      );
    else answeredBy.set(r.interactionRef, i);
    if (stored?.responseId && stored.responseId !== r.id) {
      problems.add(
        `${at("responses", i)}.interactionRef: interaction "${r.interactionRef}" already has a stored response ${stored.responseId}`,
      );
    }
    // Time: a phone's clock is clamped to [interaction time, receipt time].
    const occurred =
      inFile !== undefined ? Date.parse(doc.interactions[inFile].occurredAt) : stored!.occurredAt.getTime();
    const answered = Date.parse(r.answeredAt);
    const fixed = Math.min(Math.max(answered, occurred), now.getTime());
    if (fixed !== answered) {
      r.answeredAt = new Date(fixed).toISOString();
      clamped++;
    }
  });
  return { problems, clamped };
}

type Catalog = ReturnType<typeof catalogOf>;

/** The template's questions plus the file's; a file question may add options to a template one, never change its kind. */
function checkQuestions(
  doc: InterchangeDocument,
  known: KnownState,
  problems: Problems,
  at: (list: ListKey, i: number) => string,
): Catalog {
  const catalog = catalogOf(known.template);
  const optionOwner = new Map<string, string>();
  for (const [id, q] of catalog) for (const o of q.options) optionOwner.set(o, id);
  const seen = new Set<string>();
  doc.questions.forEach((q, i) => {
    const path = at("questions", i);
    if (seen.has(q.id)) problems.add(`${path}.id: duplicate question "${q.id}"`);
    seen.add(q.id);
    const have = catalog.get(q.id);
    if (have && have.kind !== "choice") {
      problems.add(`${path}.id: "${q.id}" is the template's ${have.kind} question, not a choice`);
      return;
    }
    const entry = have ?? { kind: "choice", multiple: q.multiple, options: new Set<string>() };
    q.options.forEach((o, j) => {
      const owner = optionOwner.get(o.id);
      if (owner !== undefined && owner !== q.id)
        problems.add(`${path}.options[${j}].id: "${o.id}" is already an option of question "${owner}"`);
      else if (owner === undefined) {
        optionOwner.set(o.id, q.id);
        entry.options.add(o.id);
      }
    });
    catalog.set(q.id, entry);
  });
  return catalog;
}

function checkChoices(choices: Record<string, string[]>, catalog: Catalog, path: string, problems: Problems) {
  for (const [qid, options] of Object.entries(choices)) {
    const q = catalog.get(qid);
    if (!q || q.kind !== "choice") {
      problems.add(`${path}.${qid}: unknown question "${qid}" (list it in questions)`);
      continue;
    }
    if (!q.multiple && options.length > 1) problems.add(`${path}.${qid}: question "${qid}" takes one option only`);
    options.forEach((o, j) => {
      if (!q.options.has(o)) problems.add(`${path}.${qid}[${j}]: unknown option "${o}" of question "${qid}"`);
      else if (options.indexOf(o) !== j) problems.add(`${path}.${qid}[${j}]: option "${o}" is repeated`);
    });
  }
}
