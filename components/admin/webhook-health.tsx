import { Badge } from "@/components/ui/badge";
import type { EndpointHealth } from "@/lib/webhooks/endpoints";

const HEALTH: Record<EndpointHealth, { label: string; tone: "good" | "bad" | "warn" | "neutral" }> = {
  healthy: { label: "Healthy", tone: "good" },
  failing: { label: "Failing", tone: "bad" },
  retrying: { label: "Retrying", tone: "warn" },
  paused: { label: "Paused", tone: "warn" },
  new: { label: "No deliveries yet", tone: "neutral" },
};

export function WebhookHealth({ health }: { health: EndpointHealth }) {
  const h = HEALTH[health];
  return (
    <Badge tone={h.tone}>
      <span data-testid="webhook-health">{h.label}</span>
    </Badge>
  );
}

const STATUS: Record<string, { label: string; tone: "good" | "bad" | "warn" }> = {
  delivered: { label: "Delivered", tone: "good" },
  failed: { label: "Failed", tone: "bad" },
  pending: { label: "Retrying", tone: "warn" },
};

export function DeliveryStatus({ status, attempts }: { status: string; attempts: number }) {
  const s = status === "pending" && attempts === 0 ? { label: "Queued", tone: "warn" as const } : STATUS[status];
  return <Badge tone={s?.tone ?? "warn"}>{s?.label ?? status}</Badge>;
}
