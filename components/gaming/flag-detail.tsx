// A flag's own page: what was found, the scores it touches as they stand now, the answers behind
// it (each marked counted or excluded), and the admin's choices.
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import type { FlagAnswer, FlagRow } from "@/lib/gaming/flags";
import type { Scores } from "@/lib/scoring/types";
import { KIND_WORDS, span, when } from "./flag-words";

export type ScoreLine = { label: string; scores: Scores };

function npsText(s: Scores): string {
  if (s.nps === undefined || (s.npsN ?? 0) < 5) return "not enough answers yet";
  return `NPS ${s.nps.toFixed(1)} ± ${(s.npsMoe ?? 0).toFixed(1)}`;
}

export function FlagSummary({ flag, timeZone, lines }: { flag: FlagRow; timeZone: string; lines: ScoreLine[] }) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Card>
        <CardTitle>{KIND_WORDS[flag.kind].title}</CardTitle>
        <p className="text-sm text-ink-soft">{KIND_WORDS[flag.kind].what}</p>
        <dl className="mt-3 space-y-1 text-sm">
          <div>
            <dt className="inline font-medium">About: </dt>
            <dd className="inline">{flag.subject}</dd>
          </div>
          <div>
            <dt className="inline font-medium">When: </dt>
            <dd className="inline tabular-nums">{span(flag.firstAt, flag.lastAt, timeZone)}</dd>
          </div>
          <div>
            <dt className="inline font-medium">Answers: </dt>
            <dd className="inline">
              {flag.n}, {flag.excluded} excluded
            </dd>
          </div>
        </dl>
        <p className="mt-3 break-words text-sm">{flag.summary}</p>
        {flag.dismissedAt && (
          <p className="mt-2 text-sm text-ink-soft">Dismissed {when(flag.dismissedAt, timeZone)}.</p>
        )}
      </Card>
      <Card>
        <CardTitle>Scores now (all answers)</CardTitle>
        <ul className="space-y-2" aria-label="Scores these answers touch">
          {lines.map((l) => (
            <li key={l.label} data-testid="flag-score" className="flex flex-wrap justify-between gap-x-3">
              <span className="font-medium">{l.label}</span>
              <span className="tabular-nums">
                <span data-testid="flag-score-value">{npsText(l.scores)}</span>
                <span className="text-ink-soft"> · n = {l.scores.npsN ?? 0}</span>
              </span>
            </li>
          ))}
        </ul>
        <p className="mt-3 text-xs text-ink-faint">
          NPS from −100 to 100 with its 95% margin; n is the number of answers that count.
        </p>
      </Card>
    </div>
  );
}

export function FlagAnswers({ answers, timeZone }: { answers: FlagAnswer[]; timeZone: string }) {
  return (
    <Card className="p-0">
      <h2 className="px-4 pt-4 text-lg font-semibold">The answers behind this flag ({answers.length})</h2>
      <ul className="divide-y divide-line" aria-label="Answers behind this flag, oldest first">
        {answers.map((a) => (
          <li key={a.id} data-testid="flag-answer" className="grid gap-1 p-4 sm:grid-cols-[11rem_1fr_auto]">
            <p className="text-sm tabular-nums text-ink-soft">{when(a.answeredAt, timeZone)}</p>
            <div className="min-w-0">
              <p className="font-medium">
                {a.nps !== null && <>NPS {a.nps}/10</>}
                {a.nps !== null && a.csat !== null && " · "}
                {a.csat !== null && <>CSAT {a.csat}/5</>}
                {a.nps === null && a.csat === null && "No score"}
              </p>
              <p className="text-sm text-ink-soft">
                {a.touchpoint} · {a.credited.length ? `credits ${a.credited.join(", ")}` : "credits nobody"}
              </p>
              {a.comment && (
                <blockquote className="mt-1 border-l-4 border-line-strong pl-3 break-words whitespace-pre-line">
                  {a.comment}
                </blockquote>
              )}
            </div>
            <div>{a.excludedAt ? <Badge tone="neutral">excluded</Badge> : <Badge tone="good">counted</Badge>}</div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
