import type { Metadata } from "next";
import Link from "next/link";
import { WebhookActions } from "@/components/admin/webhook-actions";
import { WebhookForm } from "@/components/admin/webhook-form";
import { WebhookHealth } from "@/components/admin/webhook-health";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { webhookList } from "@/lib/admin/webhooks";
import { EVENT_LABELS } from "@/lib/webhooks/endpoint-schema";
import { guardPage } from "@/lib/auth/page-guard";
import { orgSettings } from "@/lib/feed/org-settings";
import { absoluteTime } from "@/lib/feed/format";
import { addWebhook, removeWebhook, sendWebhookTest, setWebhookPaused } from "./actions";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const actor = await guardPage(["admin"], "/admin/webhooks");
  const [endpoints, org] = await Promise.all([webhookList(actor), orgSettings(actor.orgId)]);
  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Tell your help desk, chat or data warehouse the moment an answer arrives or a case changes. Each event is POSTed as signed JSON."
      />
      <div className="space-y-6">
        <WebhookForm create={addWebhook} />
        {endpoints.length === 0 ? (
          <EmptyState title="No webhooks yet">Add an endpoint above to start receiving events.</EmptyState>
        ) : (
          <ul className="space-y-4" aria-label="Webhook endpoints">
            {endpoints.map((e) => (
              <li key={e.id} data-testid="webhook">
                <Card className="space-y-3">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <Link href={`/admin/webhooks/${e.id}`} className="min-w-0 font-mono text-sm font-medium break-all">
                      {e.url}
                    </Link>
                    <WebhookHealth health={e.health} />
                  </div>
                  <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
                    <div>
                      <dt className="text-ink-faint">Events</dt>
                      <dd>{e.events.length ? e.events.map((t) => EVENT_LABELS[t]).join(", ") : "Every event"}</dd>
                    </div>
                    <div>
                      <dt className="text-ink-faint">Waiting to send</dt>
                      <dd className="tabular-nums">{e.pending}</dd>
                    </div>
                    <div>
                      <dt className="text-ink-faint">Last attempt</dt>
                      <dd>{e.lastAttemptAt ? absoluteTime(e.lastAttemptAt, org.timeZone) : "none yet"}</dd>
                    </div>
                  </dl>
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <WebhookActions
                      url={e.url}
                      paused={e.paused}
                      test={sendWebhookTest.bind(null, e.id)}
                      setPaused={setWebhookPaused.bind(null, e.id)}
                      remove={removeWebhook.bind(null, e.id)}
                    />
                    <Link href={`/admin/webhooks/${e.id}`} className="text-sm">
                      Deliveries and attempts →
                    </Link>
                  </div>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
