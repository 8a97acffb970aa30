// Kiosk answers carry the touchpoint's slug instead of a code and a kiosk key. Each answer
// becomes its own interaction, ref "kiosk-<response id>", so a retried answer finds the one it
// made; the interaction (credited by the touchpoint's rules at the moment the customer answered)
// and the response are written in the same transaction.
import type { KeyPrincipal } from "../auth/api-key";
import { db } from "../db";
import { insertInteraction, isUniqueViolation } from "../interactions/create";
import { InteractionInputError } from "../interactions/errors";
import { choiceProblem, templateForChoices } from "./choices";
import { reject, type IngestResult } from "./result";
import type { ParsedResponse } from "./schema";
import { inTransaction, resolveRace, storeResponse } from "./store";

export async function ingestKiosk(r: ParsedResponse, slug: string, kiosk: KeyPrincipal | null, now: Date): Promise<IngestResult> {
  if (!kiosk || kiosk.scope !== "kiosk") return reject(401, "touchpoint", "answers without a code need Authorization: Bearer <kiosk key>");
  const tp = kiosk.touchpointId
    ? await db.touchpoint.findFirst({
        where: { id: kiosk.touchpointId, orgId: kiosk.orgId },
        select: { id: true, slug: true, active: true, templateId: true, org: { select: { timeZone: true, defaultLocale: true } } },
      })
    : null;
  if (!tp) return reject(403, "touchpoint", "this kiosk key is not tied to a touchpoint");
  if (tp.slug !== slug) return reject(403, "touchpoint", `this kiosk key answers for "${tp.slug}" only`);

  const ref = `kiosk-${r.id}`;
  const existing = await db.interaction.findUnique({ where: { orgId_ref: { orgId: kiosk.orgId, ref } }, select: { response: { select: { id: true } } } });
  if (existing?.response) return { status: "duplicate", id: r.id };
  if (!tp.active) return reject(422, "touchpoint", "is no longer active");

  // The kiosk's clock says when the customer answered; never later than receipt.
  const answeredAt = new Date(Math.min(r.answeredAt ? Date.parse(r.answeredAt) : now.getTime(), now.getTime()));
  if (r.answers.choices?.length) {
    const problem = choiceProblem(await templateForChoices(kiosk.orgId, null, tp.templateId), r.answers.choices);
    if (problem) return reject(422, `answers.choices[${problem.index}]`, problem.rule);
  }

  try {
    await inTransaction(async (tx) => {
      const row = await insertInteraction(
        tx,
        kiosk.orgId,
        { ref, touchpoint: tp.slug, occurredAt: answeredAt.toISOString(), locale: r.locale, tags: [], contributors: [] },
        { source: "kiosk", now },
      );
      const ix = await tx.interaction.findUniqueOrThrow({
        where: { id: row.id },
        select: { templateVersionId: true, contributions: { select: { userId: true, teamId: true, weight: true } } },
      });
      await storeResponse(tx, {
        id: r.id,
        orgId: kiosk.orgId,
        timeZone: tp.org.timeZone,
        interactionId: row.id,
        touchpointId: tp.id,
        templateVersionId: ix.templateVersionId,
        answers: r.answers,
        locale: r.locale ?? tp.org.defaultLocale,
        answeredAt,
        receivedAt: now,
        credits: ix.contributions,
      });
    });
    return { status: "stored", id: r.id };
  } catch (error) {
    if (error instanceof InteractionInputError) return reject(422, error.field, error.rule);
    if (!isUniqueViolation(error)) throw error;
    const settled = await resolveRace(r.id, null, async (stored) => {
      const ix = await db.interaction.findUnique({ where: { id: stored }, select: { orgId: true, ref: true } });
      return ix?.orgId === kiosk.orgId && ix.ref === ref;
    });
    if (settled) return settled;
    throw error;
  }
}
