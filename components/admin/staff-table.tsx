import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";

type Person = {
  id: string;
  name: string;
  email: string;
  role: string;
  kind: string;
  active: boolean;
  teamId: string | null;
  team: { name: string } | null;
};

export function StaffTable({ people }: { people: Person[] }) {
  return (
    <Table caption="Staff">
      <thead>
        <tr>
          <Th>Name</Th>
          <Th>Role</Th>
          <Th className="hidden sm:table-cell">Kind</Th>
          <Th className="hidden sm:table-cell">Team</Th>
        </tr>
      </thead>
      <tbody>
        {people.map((p) => (
          <tr key={p.id} className={p.active ? "" : "text-ink-faint"}>
            <Td>
              <Link href={`/admin/staff/${p.id}`} className="font-medium">
                {p.name}
              </Link>
              {!p.active && <Badge className="ml-2">Inactive</Badge>}
              <div className="text-xs break-all text-ink-faint">{p.email}</div>
              {p.teamId && (
                <Link href={`/team?team=${p.teamId}`} className="text-xs underline underline-offset-2">
                  Scores in {p.team?.name ?? "their team"}
                </Link>
              )}
            </Td>
            <Td>
              <Badge tone={p.role === "admin" ? "accent" : p.role === "manager" ? "brand" : "neutral"}>{p.role}</Badge>
            </Td>
            <Td className="hidden sm:table-cell">{p.kind === "backoffice" ? "Back-office" : "Frontline"}</Td>
            <Td className="hidden sm:table-cell">{p.team?.name ?? <span className="text-ink-faint">—</span>}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
