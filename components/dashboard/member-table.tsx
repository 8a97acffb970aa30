// Members by impact. Raw NPS stands beside impact but never orders the list; a row whose impact
// is inside its margin says "no clear difference" (docs/scoring.md); people with fewer than 5 NPS
// answers are shown greyed below, unranked.
import { Table, Td, Th } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { impactCell, metricView } from "@/lib/feed/format";
import type { MemberRow } from "@/lib/feed/team-view";

function Row({ m }: { m: MemberRow }) {
  const nps = metricView("nps", m.scores);
  const csat = metricView("csat", m.scores);
  const small = m.rank === null;
  const impact = impactCell(m.scores);
  return (
    <tr
      className={small ? "text-ink-faint" : undefined}
      data-testid="member-row"
      data-clear={impact.clear ? "yes" : "no"}
    >
      <Td className="tabular-nums">{m.rank ?? "—"}</Td>
      <Td>
        <span className={small ? "" : "font-medium text-ink"}>{m.name}</span>{" "}
        <Badge tone={m.kind === "backoffice" ? "accent" : "brand"}>
          {m.kind === "backoffice" ? "back-office" : "frontline"}
        </Badge>
      </Td>
      <Td className="tabular-nums whitespace-nowrap font-semibold">
        {small ? (
          <span className="font-normal">not ranked</span>
        ) : (
          <>
            {impact.text}
            {!impact.clear && <span className="block text-xs font-normal text-ink-faint">no clear difference</span>}
          </>
        )}
      </Td>
      <Td className="tabular-nums whitespace-nowrap">{nps.value ? `${nps.value} ${nps.moe}` : "—"}</Td>
      <Td className="tabular-nums whitespace-nowrap">{csat.value ? `${csat.value} ${csat.moe}` : "—"}</Td>
      <Td className="tabular-nums">{m.scores.npsN ?? 0}</Td>
    </tr>
  );
}

export function MemberTable({ ranked, unranked }: { ranked: MemberRow[]; unranked: MemberRow[] }) {
  return (
    <>
      <Table caption="Team members ranked by NPS impact" wide>
        <thead>
          <tr>
            <Th>#</Th>
            <Th>Member</Th>
            <Th>Impact (NPS pts)</Th>
            <Th>NPS</Th>
            <Th>CSAT</Th>
            <Th>NPS answers</Th>
          </tr>
        </thead>
        <tbody>
          {ranked.map((m) => (
            <Row key={m.userId} m={m} />
          ))}
          {unranked.map((m) => (
            <Row key={m.userId} m={m} />
          ))}
          {ranked.length + unranked.length === 0 && (
            <tr>
              <Td className="text-ink-soft">No members in this team yet.</Td>
            </tr>
          )}
        </tbody>
      </Table>
      <p className="mt-2 text-sm text-ink-faint">
        Ranked by impact: each person&apos;s NPS pulled toward the organisation&apos;s by 10 pseudo-answers, so a lucky
        week can&apos;t top the list. &ldquo;No clear difference&rdquo;: the margin is wider than the impact, so the
        order of those rows says little yet. Fewer than 5 answers: shown but not ranked.
      </p>
    </>
  );
}
