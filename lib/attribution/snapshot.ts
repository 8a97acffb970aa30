// Reads what expandAttribution needs for one interaction and runs it. Shared by interaction
// creation (inside its transaction) and the admin preview.
import type { Prisma } from "../db";
import { onShiftAt } from "../shifts/on-shift";
import {
  expandAttribution,
  localMinutes,
  type ActiveMember,
  type AttributionRuleInput,
  type Contribution,
  type NamedContributor,
} from "./expand";

type Reader = Pick<Prisma.TransactionClient, "attributionRule" | "user" | "shift">;

export type AttributionInputs = { rules: AttributionRuleInput[]; members: ActiveMember[] };

/** The active rules that can apply at a touchpoint, and the people they (or the request) can reach. */
export async function loadAttributionInputs(
  tx: Reader,
  args: { orgId: string; touchpointId: string; namedUserIds?: string[] },
): Promise<AttributionInputs> {
  const rows = await tx.attributionRule.findMany({
    where: { orgId: args.orgId, active: true, OR: [{ touchpointId: args.touchpointId }, { touchpointId: null }] },
    select: {
      id: true,
      touchpointId: true,
      teamId: true,
      userId: true,
      role: true,
      weight: true,
      windowStart: true,
      windowEnd: true,
      tag: true,
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const rules: AttributionRuleInput[] = rows
    .filter((r) => r.role === "frontline" || r.role === "backoffice")
    .map((r) => ({ ...r, role: r.role as AttributionRuleInput["role"] }));

  // Only the people a rule or the request can reach, so a large org is not read in full.
  const teamIds = [...new Set(rules.flatMap((r) => (r.teamId && !r.userId ? [r.teamId] : [])))];
  const userIds = [...new Set([...rules.flatMap((r) => (r.userId ? [r.userId] : [])), ...(args.namedUserIds ?? [])])];
  const members =
    teamIds.length || userIds.length
      ? await tx.user.findMany({
          where: { orgId: args.orgId, active: true, OR: [{ teamId: { in: teamIds } }, { id: { in: userIds } }] },
          select: { id: true, teamId: true },
          orderBy: { id: "asc" },
        })
      : [];

  return { rules, members: members.map((m) => ({ userId: m.id, teamId: m.teamId })) };
}

export async function contributionSnapshot(
  tx: Reader,
  args: { orgId: string; timeZone: string; touchpointId: string; at: Date; tags: string[]; named: NamedContributor[] },
): Promise<Contribution[]> {
  const { rules, members } = await loadAttributionInputs(tx, {
    orgId: args.orgId,
    touchpointId: args.touchpointId,
    namedUserIds: args.named.map((n) => n.userId),
  });
  return expandAttribution({
    rules,
    members,
    touchpointId: args.touchpointId,
    localMinutes: localMinutes(args.at, args.timeZone),
    tags: args.tags,
    named: args.named,
    onShift: args.named.length === 0 ? await onShiftAt(tx, args.touchpointId, args.at) : [],
  });
}
