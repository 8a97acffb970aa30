// One response the person contributed to. The comment is rendered as text (React escapes it).
import type { FeedResponse } from "@/lib/feed/my-responses";
import { disputeAction } from "@/app/(app)/me/dispute-actions";
import { DisputeForm } from "./dispute-form";
import { ScoreChips } from "./score-chips";
import { When } from "./when";

const ROLE: Record<string, string> = { frontline: "frontline", backoffice: "back-office" };
const WHY: Record<string, string> = { rule: "credited by a team rule", shift: "credited because you were on shift" };
const DISPUTE: Record<string, string> = {
  open: "Disputed: waiting for your manager.",
  accepted: "Dispute accepted: this answer no longer counts for you.",
  rejected: "Dispute rejected: this answer still counts for you.",
};

export function ResponseCard({ r, timeZone, now }: { r: FeedResponse; timeZone: string; now: Date }) {
  return (
    <li
      className="rounded-[var(--radius-card)] border border-line bg-surface p-4 shadow-[var(--shadow-card)]"
      data-testid="feed-response"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <ScoreChips nps={r.nps} csat={r.csat} ces={r.ces} />
        <When at={r.answeredAt} timeZone={timeZone} now={now} />
      </div>
      {r.comment && (
        <blockquote className="mt-3 border-l-4 border-line-strong pl-3 break-words whitespace-pre-line text-ink">
          {r.comment}
        </blockquote>
      )}
      <p className="mt-3 text-sm text-ink-soft">
        <span className="font-medium text-ink">{r.touchpoint}</span> · you were {ROLE[r.role] ?? r.role}
        {r.alsoCredited.length > 0 && <> · with {r.alsoCredited.map((c) => c.name).join(", ")}</>}
        {WHY[r.reason] && <> · {WHY[r.reason]}</>}
      </p>
      {r.dispute ? (
        <p className="mt-2 text-sm font-medium text-ink-soft" data-testid="dispute-status">
          {DISPUTE[r.dispute] ?? r.dispute}
        </p>
      ) : (
        <DisputeForm contributionId={r.contributionId} action={disputeAction} />
      )}
    </li>
  );
}
