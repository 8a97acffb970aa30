// One row per team, touchpoint or person: what stood out (share of each option, with the question's
// n), comparison index, return intent and retention, each with its n. Fewer than 5 answers: a dash
// and the n, never a share.
import { Table, Td, Th } from "@/components/ui/table";
import type { ChoiceQuestionInfo, SubjectRow } from "@/lib/reports/additions-report";
import type { AdditionScores } from "@/lib/scoring/additions";
import { MIN_ANSWERS } from "@/lib/scoring/scores";
import { withMargin } from "./format";

type Props = {
  caption: string;
  rows: SubjectRow[];
  questions: ChoiceQuestionInfo[];
  asked: { compare: boolean; return: boolean };
  keyed: boolean;
};

function Cell({ value, n, testId }: { value: string | null; n: number | undefined; testId: string }) {
  return (
    <Td className="whitespace-nowrap tabular-nums">
      <span data-testid={testId}>{value ?? "–"}</span>
      <span className="block text-xs text-ink-faint">n = {n ?? 0}</span>
    </Td>
  );
}

function attributeCells(q: ChoiceQuestionInfo, s: AdditionScores) {
  const mine = (s.attributes ?? []).filter((a) => a.question === q.id);
  const n = mine[0]?.n ?? 0;
  return q.options.map((o) => {
    const a = mine.find((x) => x.option === o.id);
    const value = n >= MIN_ANSWERS ? `${Math.round(a?.share ?? 0)}%` : null;
    return <Cell key={`${q.id}/${o.id}`} value={value} n={n} testId={`cell-${q.id}/${o.id}`} />;
  });
}

export function SubjectTable({ caption, rows, questions, asked, keyed }: Props) {
  return (
    <Table caption={caption} wide>
      <thead>
        <tr>
          <Th>Name</Th>
          {questions.flatMap((q) =>
            q.options.map((o) => (
              <Th key={`${q.id}/${o.id}`}>
                <span className="block text-xs font-normal">{q.label}</span>
                {o.label}
              </Th>
            )),
          )}
          {asked.compare && <Th>Compared with others</Th>}
          {asked.return && <Th>Coming back</Th>}
          {keyed && <Th>Retention</Th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-subject={r.name}>
            <Td className="font-medium">{r.name}</Td>
            {questions.flatMap((q) => attributeCells(q, r.scores))}
            {asked.compare && (
              <Cell
                value={withMargin(r.scores.compare, r.scores.compareMoe, r.scores.compareN)}
                n={r.scores.compareN}
                testId="cell-compare"
              />
            )}
            {asked.return && (
              <Cell
                value={withMargin(r.scores.return, r.scores.returnMoe, r.scores.returnN, "%")}
                n={r.scores.returnN}
                testId="cell-return"
              />
            )}
            {keyed && (
              <Td className="whitespace-nowrap tabular-nums">
                <span data-testid="cell-retention">
                  {r.scores.retention ? `${Math.round(r.scores.retention.pct)}%` : "–"}
                </span>
                <span className="block text-xs text-ink-faint">
                  {r.scores.retention
                    ? `${r.scores.retention.retained} of ${r.scores.retention.eligible} visits`
                    : "no eligible visits"}
                </span>
              </Td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
