import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { ActionResult } from "@/lib/admin/result";
import { DeleteRuleButton } from "./delete-rule-button";

type Rule = {
  id: string;
  role: string;
  weight: number;
  tag: string | null;
  active: boolean;
  windowStartText: string;
  windowEndText: string;
  touchpoint: { name: string } | null;
  team: { name: string } | null;
  user: { name: string } | null;
};

/** Each rule as a sentence: "Bakers contribute at Counter as back-office, weight 0.5, 05:00–14:00". */
export function RuleList({
  rules,
  remove,
}: {
  rules: Rule[];
  remove: (id: string) => Promise<ActionResult<undefined>>;
}) {
  return (
    <ul className="divide-y divide-line overflow-hidden rounded-[var(--radius-card)] border border-line bg-surface shadow-[var(--shadow-card)]">
      {rules.map((r) => (
        <li
          key={r.id}
          className={`flex flex-wrap items-center justify-between gap-3 px-4 py-3 ${r.active ? "" : "opacity-60"}`}
        >
          <div className="min-w-0">
            <Link href={`/admin/rules/${r.id}`} className="font-medium">
              {r.team ? `Team ${r.team.name}` : (r.user?.name ?? "?")}
            </Link>{" "}
            <span className="text-ink-soft">
              at {r.touchpoint?.name ?? "any touchpoint"} as {r.role === "backoffice" ? "back-office" : "frontline"}
            </span>
            <div className="mt-1 flex flex-wrap gap-1.5">
              <Badge tone="brand">weight {r.weight}</Badge>
              <Badge>{r.windowStartText ? `${r.windowStartText}–${r.windowEndText}` : "all day"}</Badge>
              {r.tag && <Badge tone="accent">tag {r.tag}</Badge>}
              {!r.active && <Badge tone="warn">paused</Badge>}
            </div>
          </div>
          <DeleteRuleButton remove={remove.bind(null, r.id)} />
        </li>
      ))}
    </ul>
  );
}
