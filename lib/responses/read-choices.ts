// Reading what customers chose, by question: the ResponseChoice rows, one per chosen option. Every
// report of choices (CSV, scores, feed, dashboards) reads them here rather than parsing the
// response's JSON list, so a question's answers never depend on which template version was shown.
import "server-only";
import { db, type Prisma } from "../db";

/** Add to a Response select to read its choices; group them with groupChoices. */
export const CHOICES_SELECT = {
  responseChoices: { select: { questionId: true, optionId: true } },
} as const satisfies Prisma.ResponseSelect;

export type ChoiceRow = { questionId: string; optionId: string };

/**
 * Question id → option ids chosen; null when nothing was chosen. With `order` (question id → option
 * ids, as choiceQuestions gives it) options come in the template's order, else by id.
 */
export function groupChoices(rows: ChoiceRow[], order?: Map<string, string[]>): Map<string, string[]> | null {
  if (!rows.length) return null;
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.questionId, [...(out.get(r.questionId) ?? []), r.optionId]);
  for (const [question, options] of out) {
    const listed = order?.get(question) ?? [];
    const rank = (o: string) => {
      const i = listed.indexOf(o);
      return i < 0 ? listed.length : i;
    };
    options.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  }
  return out;
}

const IDS_PER_QUERY = 500;

/** For each of these responses that has choices: question id → option ids. */
export async function choicesOf(
  responseIds: string[],
  order?: Map<string, string[]>,
): Promise<Map<string, Map<string, string[]>>> {
  const byResponse = new Map<string, ChoiceRow[]>();
  for (let start = 0; start < responseIds.length; start += IDS_PER_QUERY) {
    const rows = await db.responseChoice.findMany({
      where: { responseId: { in: responseIds.slice(start, start + IDS_PER_QUERY) } },
      select: { responseId: true, questionId: true, optionId: true },
    });
    for (const r of rows) byResponse.set(r.responseId, [...(byResponse.get(r.responseId) ?? []), r]);
  }
  const out = new Map<string, Map<string, string[]>>();
  for (const [id, rows] of byResponse) out.set(id, groupChoices(rows, order)!);
  return out;
}
