// Retention: of the visits at least 60 days old, the share whose customer came back within 60 days.
// Without customer keys there is nothing to count, and the card says what a key is.
import type { Retention } from "@/lib/scoring/additions";

export function RetentionCard({ retention, keyed }: { retention: Retention | undefined; keyed: boolean }) {
  return (
    <div data-testid="retention">
      {!keyed ? (
        <p className="text-sm text-ink-soft" data-testid="retention-empty">
          No interaction carries a customer key yet. A customer key is an opaque value, such as a hash of a loyalty card
          number, that your till or CRM sends with each interaction (the API&apos;s or the import&apos;s{" "}
          <code>customer</code> field). It is never a name or an email, and staff never see it. With keys, this shows
          how many customers come back within 60 days.
        </p>
      ) : !retention ? (
        <p className="text-sm text-ink-soft" data-testid="retention-empty">
          No visit in this period is 60 days old yet, so none can be counted: choose a longer period.
        </p>
      ) : (
        <>
          <p className="text-2xl font-bold tabular-nums" data-testid="retention-value">
            {Math.round(retention.pct)}%
          </p>
          <p className="text-xs text-ink-soft" data-testid="retention-n">
            {retention.retained} of {retention.eligible} visits (n = {retention.eligible})
          </p>
          <p className="mt-1 text-xs text-ink-faint">
            Visits whose customer came back within 60 days, of the visits at least 60 days before the period&apos;s end.
          </p>
        </>
      )}
    </div>
  );
}
