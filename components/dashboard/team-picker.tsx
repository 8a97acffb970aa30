// Choosing a team (admins, and managers of several teams): a plain GET form, no JS needed.
import type { TeamRef } from "@/lib/feed/team-access";
import type { PeriodKey } from "@/lib/feed/period";

export function TeamPicker({ teams, current, period }: { teams: TeamRef[]; current: string; period: PeriodKey }) {
  if (teams.length < 2) return null;
  return (
    <form method="get" action="/team" className="flex items-end gap-2">
      <input type="hidden" name="period" value={period} />
      <label className="text-sm font-medium">
        Team
        <select
          name="team"
          defaultValue={current}
          className="mt-1 block min-h-10 rounded-lg border border-line-strong bg-surface px-3"
        >
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="min-h-10 rounded-lg border border-line-strong bg-surface px-3 text-sm font-medium hover:bg-sunken"
      >
        Show
      </button>
    </form>
  );
}
