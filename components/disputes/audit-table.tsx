// The audit log, newest first, in words rather than codes; a stacked list reads on a phone too.
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { AuditRow } from "@/lib/audit/record";

const WORDS: Record<string, string> = {
  "dispute.accepted": "Dispute accepted: a credit no longer counts",
  "dispute.rejected": "Dispute rejected",
  "responses.excluded": "Answers excluded from scores",
  "responses.included": "Excluded answers counted again",
  "flag.dismissed": "Gaming flag dismissed",
  "erasure.customer": "A customer's data was erased",
  "erasure.response": "An answer was erased",
  "retention.comments": "Old comment texts deleted",
};

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  if (rows.length === 0)
    return <EmptyState title="Nothing logged yet">Decided disputes, exclusions and erasures appear here.</EmptyState>;
  return (
    <Card className="p-0">
      <ul className="divide-y divide-line" aria-label="Audit log, newest first">
        {rows.map((r) => (
          <li key={r.id} className="grid gap-1 p-4 sm:grid-cols-[12rem_1fr]" data-testid="audit-row">
            <p className="text-sm tabular-nums text-ink-soft">
              {r.at.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC
            </p>
            <div>
              <p className="font-medium text-ink">{WORDS[r.action] ?? r.action}</p>
              <p className="text-sm text-ink-soft">by {r.who}</p>
              {r.reason && <p className="mt-1 break-words text-sm text-ink">&ldquo;{r.reason}&rdquo;</p>}
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
