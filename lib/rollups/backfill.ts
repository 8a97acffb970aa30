// Rollup columns and tables added by a migration start empty; filling them needs the org's time zone
// and the crediting rules, so the migration runner's callers rebuild every organisation's rollups
// (lib/rollups/rebuild.ts) once, right after such a migration is applied.
import { db } from "../db";
import { rebuildRollups } from "./rebuild";

/** Migrations after which existing rollups are rebuilt from the stored responses. */
const REBUILD_AFTER = ["_addition_rollups"];

export async function backfillAfter(applied: string[]): Promise<number> {
  if (!applied.some((name) => REBUILD_AFTER.some((suffix) => name.endsWith(suffix)))) return 0;
  const orgs = await db.organization.findMany({ select: { id: true } });
  for (const org of orgs) await rebuildRollups(org.id);
  return orgs.length;
}
