// Response rate and scores by touchpoint.
import { Table, Td, Th } from "@/components/ui/table";
import { metricView } from "@/lib/feed/format";
import type { Dashboard } from "@/lib/feed/dashboard";

function pct(x: number | null) {
  return x === null ? "—" : `${Math.round(x * 100)}%`;
}

export function TouchpointTable({ rows }: { rows: Dashboard["touchpoints"] }) {
  return (
    <Table caption="Response rate and scores by touchpoint" wide>
      <thead>
        <tr>
          <Th>Touchpoint</Th>
          <Th>Response rate</Th>
          <Th>Answered / sent</Th>
          <Th>NPS</Th>
          <Th>CSAT</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const nps = metricView("nps", r.scores);
          const csat = metricView("csat", r.scores);
          return (
            <tr key={r.touchpointId} data-testid="touchpoint-row">
              <Td className="font-medium">{r.name}</Td>
              <Td className="tabular-nums font-semibold">{pct(r.rate)}</Td>
              <Td className="tabular-nums whitespace-nowrap">
                {r.answered} / {r.sent}
              </Td>
              <Td className="tabular-nums whitespace-nowrap">
                {nps.value ? (
                  `${nps.value} ${nps.moe} · n ${nps.n}`
                ) : (
                  <span className="text-ink-faint">{nps.n ? `n ${nps.n}, too few` : "—"}</span>
                )}
              </Td>
              <Td className="tabular-nums whitespace-nowrap">
                {csat.value ? (
                  `${csat.value} ${csat.moe} · n ${csat.n}`
                ) : (
                  <span className="text-ink-faint">{csat.n ? `n ${csat.n}, too few` : "—"}</span>
                )}
              </Td>
            </tr>
          );
        })}
        {rows.length === 0 && (
          <tr>
            <Td className="text-ink-soft">No touchpoints yet.</Td>
          </tr>
        )}
      </tbody>
    </Table>
  );
}
