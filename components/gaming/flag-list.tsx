// Admin → Flags: one card per flag with its kind, subject, when, how many answers (and how many of
// them are excluded) and a link to those answers. Stacked cards read on a phone and a desk alike.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { FlagRow } from "@/lib/gaming/flags";
import { KIND_WORDS, span } from "./flag-words";

export function FlagList({ rows, timeZone, dismissed }: { rows: FlagRow[]; timeZone: string; dismissed: boolean }) {
  if (rows.length === 0)
    return dismissed ? (
      <EmptyState title="No dismissed flags">Flags you dismiss after looking at them are kept here.</EmptyState>
    ) : (
      <EmptyState title="No flags">
        Nothing unusual in the last two weeks of answers. Flags are checked every hour, or now with &ldquo;Check
        now&rdquo;.
      </EmptyState>
    );
  return (
    <ul className="space-y-3" aria-label={dismissed ? "Dismissed flags" : "Open flags, newest first"}>
      {rows.map((f) => (
        <li key={f.id}>
          <Card data-testid="flag" className="space-y-2">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 className="text-lg font-semibold">{KIND_WORDS[f.kind].title}</h2>
              <div className="flex flex-wrap gap-2">
                <Badge tone="warn">
                  {f.n} answer{f.n === 1 ? "" : "s"}
                </Badge>
                {f.excluded > 0 && <Badge tone="neutral">{f.excluded} excluded</Badge>}
              </div>
            </div>
            <p className="font-medium text-ink">{f.subject}</p>
            <p className="text-sm tabular-nums text-ink-soft">{span(f.firstAt, f.lastAt, timeZone)}</p>
            <p className="break-words text-sm text-ink">{f.summary}</p>
            <Link href={`/admin/flags/${f.id}`} className="inline-block font-medium">
              See the {f.n} answer{f.n === 1 ? "" : "s"} behind this flag →
            </Link>
          </Card>
        </li>
      ))}
    </ul>
  );
}
