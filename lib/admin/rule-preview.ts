// "An interaction at <touchpoint> at <time> would credit: …", from the rules as they are now.
import { z } from "zod";
import { db } from "../db";
import type { Actor } from "../auth/authorize";
import { previewAttribution, type CreditPreview } from "../attribution/preview";
import { assertAdmin, guarded, ok, parseOr } from "./result";
import { touchpointInOrg } from "./scope";
import { clockToMinutes, momentAtWallClock, timeSchema } from "./clock";

export const rulePreviewSchema = z.object({
  touchpointId: z.string().min(1, "is required"),
  time: timeSchema,
  tags: z
    .string()
    .default("")
    .transform((s) =>
      s
        .split(",")
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean),
    ),
});

export function previewRules(actor: Actor, input: unknown) {
  return guarded(async () => {
    assertAdmin(actor);
    const parsed = parseOr(rulePreviewSchema, input);
    if ("failure" in parsed) return parsed.failure;
    const touchpointId = (await touchpointInOrg(actor.orgId, parsed.data.touchpointId))!;
    const org = await db.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select: { timeZone: true } });
    const at = momentAtWallClock(clockToMinutes(parsed.data.time)!, org.timeZone);
    const credits: CreditPreview[] = await previewAttribution(actor.orgId, touchpointId, at, parsed.data.tags);
    return ok({ credits, timeZone: org.timeZone });
  });
}
