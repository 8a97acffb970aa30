// The fatigue throttle: a customer (by their opaque key) who was asked for feedback is left alone
// for the organisation's quiet period. A throttled interaction is still stored with its credits
// (retention needs it); it just hands out no survey link.
import type { Prisma } from "../db";

const DAY_MS = 86_400_000;

/**
 * When this customer may next be asked, if they were asked (a link handed out) within `quietDays`
 * before `at`; null when they may be asked now. quietDays 0 turns the throttle off.
 */
export async function surveyAfterFor(
  tx: Pick<Prisma.TransactionClient, "interaction">,
  args: { orgId: string; customer: string | null | undefined; at: Date; quietDays: number; excludeId?: string },
): Promise<Date | null> {
  if (!args.customer || args.quietDays <= 0) return null;
  const last = await tx.interaction.findFirst({
    where: {
      orgId: args.orgId,
      customer: args.customer,
      throttled: false,
      occurredAt: { gt: new Date(args.at.getTime() - args.quietDays * DAY_MS), lte: args.at },
      ...(args.excludeId ? { id: { not: args.excludeId } } : {}),
    },
    orderBy: { occurredAt: "desc" },
    select: { occurredAt: true },
  });
  return last ? new Date(last.occurredAt.getTime() + args.quietDays * DAY_MS) : null;
}
