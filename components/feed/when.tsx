// "3 hours ago" with the exact local time beside it, in the organisation's time zone.
import { absoluteTime, relativeTime } from "@/lib/feed/format";

export function When({ at, timeZone, now }: { at: Date; timeZone: string; now: Date }) {
  return (
    <time dateTime={at.toISOString()} className="text-sm text-ink-faint">
      {relativeTime(at, now)} · {absoluteTime(at, timeZone)}
    </time>
  );
}
