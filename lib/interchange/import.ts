// `npm run cli -- import`: brings an interchange-v1 document into an organisation
// (docs/interchange.md). All or nothing: every record is checked first and any problem rejects the
// whole file with one line per problem; the writes then happen in one transaction. Idempotent:
// records already stored (by email, team name, slug, ref, response id) are left as they are,
// so a second import of the same file changes nothing, rollups included (only newly inserted
// responses are added to them). After a large import the planner's statistics are refreshed
// for the tables it grew, so the first queries on the new history are planned for its size.
import { orgSchema } from "../orgs/schema";
import { findOrg, loadState, type OrgRow } from "./known-state";
import { openRawDb, type RawDb } from "./raw-db";
import { checkReferences, parseRecords, Problems } from "./validate";
import { idFactory } from "./ids";
import { TemplateMergeError } from "./questions";
import { ResponseIdConflict, writeRecords, type Progress, type WriteCounts } from "./write-records";

export type ImportOptions = {
  orgSlug: string;
  /** for an organisation the import creates (defaults: the slug, UTC) */
  orgName?: string;
  timeZone?: string;
  onProgress?: Progress;
  now?: Date;
};
export type ImportSummary = WriteCounts & {
  org: string;
  orgCreated: boolean;
  answeredAtClamped: number;
  seconds: number;
};

/** A rejected file: `lines` holds one "path: rule" line per problem. Nothing was written. */
/** A table this many rows bigger gets its statistics refreshed once the import is committed. */
export const ANALYZE_ROWS = 1000;

export class InterchangeError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join("\n"));
  }
}

export async function importInterchange(input: unknown, options: ImportOptions): Promise<ImportSummary> {
  const started = Date.now();
  const now = options.now ?? new Date();
  const progress: Progress = options.onProgress ?? (() => {});
  const orgFields = orgSchema.pick({ slug: true, name: true, timeZone: true }).safeParse({
    slug: options.orgSlug,
    name: options.orgName ?? options.orgSlug,
    timeZone: options.timeZone ?? "UTC",
  });
  if (!orgFields.success)
    throw new InterchangeError(
      orgFields.error.issues.map((i) => `--${String(i.path[0] === "slug" ? "org" : i.path[0])}: ${i.message}`),
    );

  // The expensive shape checks run before the transaction, so ingest is not held up meanwhile.
  // A file with bad records still gets its references checked, so one run lists every problem.
  const { doc, problems, origin } = parseRecords(input, new Problems(), (done, total) =>
    progress("check", done, total),
  );

  const opened = await openRawDb();
  const grown = new Map<string, number>();
  const raw: RawDb = {
    ...opened,
    async insert(table, columns, rows, conflict) {
      const n = await opened.insert(table, columns, rows, conflict);
      grown.set(table, (grown.get(table) ?? 0) + n);
      return n;
    },
  };
  try {
    await raw.begin();
    let org = await findOrg(raw, orgFields.data.slug);
    const orgCreated = !org;
    const state = await loadState(raw, org?.id ?? null);
    const { clamped } = checkReferences(doc, state, now, problems, origin);
    if (problems.count) throw new InterchangeError(problems.report());
    if (!org) org = await createOrg(raw, orgFields.data, now);
    const counts = await writeRecords(raw, org, doc, state, now, progress).catch((error) => {
      if (error instanceof TemplateMergeError) throw new InterchangeError(error.lines);
      if (!(error instanceof ResponseIdConflict)) throw error;
      const taken = new Set(error.ids);
      doc.responses.forEach(
        (r, i) => taken.has(r.id) && problems.add(`responses[${i}].id: already used by another organisation`),
      );
      throw new InterchangeError(problems.report());
    });
    await raw.commit();
    // Statistics only help the planner: the import stands even if this fails.
    await raw
      .analyze([...grown].filter(([, n]) => n >= ANALYZE_ROWS).map(([table]) => table))
      .catch((error) => console.warn("import: statistics not refreshed", error));
    return {
      org: orgFields.data.slug,
      orgCreated,
      ...counts,
      answeredAtClamped: clamped,
      seconds: (Date.now() - started) / 1000,
    };
  } catch (error) {
    await raw.rollback();
    throw error;
  } finally {
    await raw.close();
  }
}

async function createOrg(
  raw: RawDb,
  data: { slug: string; name: string; timeZone: string },
  now: Date,
): Promise<OrgRow> {
  const id = idFactory()();
  await raw.run(`INSERT INTO "Organization" ("id", "slug", "name", "timeZone", "createdAt") VALUES (?, ?, ?, ?, ?)`, [
    id,
    data.slug,
    data.name,
    data.timeZone,
    now,
  ]);
  return (await findOrg(raw, data.slug))!;
}
