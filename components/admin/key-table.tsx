import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { ActionResult } from "@/lib/admin/result";
import { RevokeKeyButton } from "./revoke-key-button";

type Key = {
  id: string;
  name: string;
  prefix: string;
  scope: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  touchpoint: { name: string } | null;
};

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "never");

export function KeyTable({ keys, revoke }: { keys: Key[]; revoke: (id: string) => Promise<ActionResult<undefined>> }) {
  return (
    <Table caption="Keys">
      <thead>
        <tr>
          <Th>Key</Th>
          <Th className="hidden sm:table-cell">Created</Th>
          <Th>Last used</Th>
          <Th>
            <span className="sr-only">Revoke</span>
          </Th>
        </tr>
      </thead>
      <tbody>
        {keys.map((k) => (
          <tr key={k.id} className={k.revokedAt ? "text-ink-faint" : ""}>
            <Td>
              <span className="font-medium">{k.name}</span>{" "}
              <Badge tone={k.scope === "kiosk" ? "accent" : "brand"}>{k.scope === "kiosk" ? "kiosk" : "API"}</Badge>
              <div className="mt-0.5 text-xs text-ink-faint">
                <code className="font-mono">{k.prefix}…</code>
                {k.touchpoint && ` · ${k.touchpoint.name}`}
              </div>
            </Td>
            <Td className="hidden tabular-nums sm:table-cell">{day(k.createdAt)}</Td>
            <Td className="tabular-nums">{day(k.lastUsedAt)}</Td>
            <Td className="text-right">
              {k.revokedAt ? (
                <Badge>Revoked {day(k.revokedAt)}</Badge>
              ) : (
                <RevokeKeyButton name={k.name} revoke={revoke.bind(null, k.id)} />
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
