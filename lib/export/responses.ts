// The responses export: one CSV row per response of one org in a period, streamed in pages of
// 500 (keyset on answeredAt, id), so a year of answers never sits in memory at once. Scores are
// as answered; credited people are listed with role and weight, as in docs/interchange.md. Each
// choice question of the organisation's templates gets a column of the option ids chosen.
import { db } from "../db";
import { choiceQuestions } from "../interchange/export-additions";
import { CHOICES_SELECT, groupChoices } from "../responses/read-choices";
import type { Period } from "../feed/period";
import { BOM, csvRow } from "./csv";

export const EXPORT_COLUMNS = [
  "response_id",
  "answered_at",
  "answered_local",
  "touchpoint",
  "interaction_ref",
  "nps",
  "csat",
  "ces",
  "comment",
  "compare",
  "return",
  "locale",
  "credited",
] as const;

/** The column of a choice question: its id after "choice:", so it never collides with a fixed column. */
export const choiceColumn = (questionId: string) => `choice:${questionId}`;

const PAGE = 500;

function localTime(at: Date, timeZone: string) {
  return new Intl.DateTimeFormat("sv-SE", { timeZone, dateStyle: "short", timeStyle: "medium" }).format(at);
}

export async function* responseCsvChunks(orgId: string, period: Period = {}): AsyncGenerator<string> {
  const org = await db.organization.findUniqueOrThrow({ where: { id: orgId }, select: { timeZone: true } });
  const answeredAt = { ...(period.from && { gte: period.from }), ...(period.to && { lt: period.to }) };
  const { order } = await choiceQuestions(orgId);
  const questions = [...order.keys()];
  yield BOM + csvRow([...EXPORT_COLUMNS, ...questions.map(choiceColumn)]);
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.response.findMany({
      where: { orgId, answeredAt },
      orderBy: [{ answeredAt: "asc" }, { id: "asc" }],
      take: PAGE,
      ...(cursor && { cursor: { id: cursor }, skip: 1 }),
      select: {
        id: true,
        answeredAt: true,
        nps: true,
        csat: true,
        ces: true,
        comment: true,
        compare: true,
        returnIntent: true,
        ...CHOICES_SELECT,
        locale: true,
        interaction: {
          select: {
            ref: true,
            touchpoint: { select: { slug: true } },
            contributions: {
              orderBy: { id: "asc" },
              select: { role: true, weight: true, user: { select: { email: true } } },
            },
          },
        },
      },
    });
    if (rows.length === 0) return;
    yield rows
      .map((r) => {
        const chosen = groupChoices(r.responseChoices, order);
        return csvRow([
          r.id,
          r.answeredAt,
          localTime(r.answeredAt, org.timeZone),
          r.interaction.touchpoint.slug,
          r.interaction.ref,
          r.nps,
          r.csat,
          r.ces,
          r.comment,
          r.compare,
          r.returnIntent,
          r.locale,
          r.interaction.contributions.map((c) => `${c.user.email} ${c.role} ${c.weight}`).join("; "),
          ...questions.map((q) => chosen?.get(q)?.join("; ") ?? ""),
        ]);
      })
      .join("");
    if (rows.length < PAGE) return;
    cursor = rows[rows.length - 1].id;
  }
}

/** The chunks as a byte stream for a Response body. */
export function responseCsvStream(orgId: string, period: Period = {}): ReadableStream<Uint8Array> {
  const chunks = responseCsvChunks(orgId, period);
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
