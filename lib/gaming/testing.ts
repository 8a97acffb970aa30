// Test-only: many answers at once through the real write path (lib/responses/store.ts), each with
// its own interaction, credits and origin, so the gaming tests can lay down months of history fast.
import { randomBytes } from "node:crypto";
import { linkExpiry, newSurveyCode } from "../interactions/code";
import { answerContext, responseRow, storeAnswers, type WritePlan } from "../responses/store";
import { newRowId } from "../responses/sql";

export type TestAnswer = {
  at: Date;
  nps?: number | null;
  csat?: number | null;
  comment?: string | null;
  origin: string | null;
  credits: { userId: string; teamId: string | null }[];
};

export async function storeTestAnswers(
  org: { id: string; timeZone: string },
  touchpoint: { id: string; slug: string },
  answers: TestAnswer[],
): Promise<string[]> {
  const plans: WritePlan[] = answers.map((a) => {
    const id = randomBytes(16).toString("hex");
    const interactionId = newRowId();
    const kiosk = a.origin?.startsWith("kiosk:") ?? false;
    const response = responseRow({
      id,
      orgId: org.id,
      interactionId,
      templateVersionId: null,
      answers: { nps: a.nps ?? null, csat: a.csat ?? null, comment: a.comment ?? null },
      locale: "en",
      answeredAt: a.at,
      receivedAt: a.at,
      origin: a.origin,
    });
    const credits = a.credits.map((c) => ({ ...c, weight: 1 }));
    return {
      response,
      choices: [],
      about: answerContext({
        interactionRef: `t-${id}`,
        touchpoint: touchpoint.slug,
        credits: credits.map((c) => ({
          ...c,
          role: "frontline",
          email: `${c.userId}@x.test`,
          name: c.userId,
          kind: "frontline",
        })),
      }),
      newInteraction: {
        id: interactionId,
        orgId: org.id,
        ref: `t-${id}`,
        touchpointId: touchpoint.id,
        templateVersionId: null,
        occurredAt: new Date(a.at.getTime() - 60_000),
        locale: null,
        source: kiosk ? "kiosk" : "staff",
        code: newSurveyCode(),
        expiresAt: linkExpiry(a.at, 14),
        usedAt: a.at,
        createdAt: a.at,
        contributions: credits.map((c) => ({ ...c, role: "frontline", ruleId: null, reason: "named" })),
      },
      record: {
        orgId: org.id,
        timeZone: org.timeZone,
        responseId: id,
        answeredAt: a.at,
        nps: response.nps,
        csat: response.csat,
        ces: null,
        touchpointId: touchpoint.id,
        credits,
      },
    };
  });
  for (let i = 0; i < plans.length; i += 500) await storeAnswers(plans.slice(i, i + 500));
  return plans.map((p) => p.response.id);
}
