import { Badge } from "@/components/ui/badge";

export function StatusBadge({ status, escalatedAt }: { status: string; escalatedAt: Date | null }) {
  if (status === "resolved") return <Badge tone="good">Resolved</Badge>;
  if (escalatedAt) return <Badge tone="bad">Escalated</Badge>;
  return <Badge tone="warn">Open</Badge>;
}
