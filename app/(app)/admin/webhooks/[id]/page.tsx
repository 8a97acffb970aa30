import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ResendButton, WebhookActions } from "@/components/admin/webhook-actions";
import { DeliveryStatus, WebhookHealth } from "@/components/admin/webhook-health";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { webhookDetail } from "@/lib/admin/webhooks";
import { guardPage } from "@/lib/auth/page-guard";
import { orgSettings } from "@/lib/feed/org-settings";
import { absoluteTime } from "@/lib/feed/format";
import { removeWebhook, resendDelivery, sendWebhookTest, setWebhookPaused } from "../actions";

export const metadata: Metadata = { title: "Webhook deliveries" };

export default async function WebhookPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await guardPage(["admin"], `/admin/webhooks/${id}`);
  const [detail, org] = await Promise.all([webhookDetail(actor, id), orgSettings(actor.orgId)]);
  if (!detail) notFound();
  const { endpoint: e, deliveries } = detail;
  const at = (d: Date) => absoluteTime(d, org.timeZone);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/webhooks">← All webhooks</Link>
      </p>
      <PageHeader
        title="Webhook deliveries"
        description="Every event sent to this endpoint and every attempt, newest first."
      />
      <div className="space-y-6">
        <Card className="space-y-3">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <p className="min-w-0 font-mono text-sm font-medium break-all">{e.url}</p>
            <WebhookHealth health={e.health} />
          </div>
          {e.health === "retrying" && (
            <p className="text-sm text-ink-soft">
              The latest attempt got no 2xx answer. Ensemble keeps trying with growing delays; each attempt is listed
              below.
            </p>
          )}
          {e.health === "failing" && (
            <p className="text-sm text-bad">
              The latest delivery used up every attempt without a 2xx answer. Fix the endpoint, then send it again
              below.
            </p>
          )}
          <WebhookActions
            url={e.url}
            paused={e.paused}
            test={sendWebhookTest.bind(null, e.id)}
            setPaused={setWebhookPaused.bind(null, e.id)}
            remove={removeWebhook.bind(null, e.id)}
          />
        </Card>
        {deliveries.length === 0 ? (
          <EmptyState title="Nothing sent yet">
            Deliveries appear here as events happen. Use “Send test” to check the endpoint now.
          </EmptyState>
        ) : (
          <ul className="space-y-4" aria-label="Deliveries">
            {deliveries.map((d) => (
              <li key={d.id} data-testid="delivery">
                <Card className="space-y-3">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <p className="font-medium">
                      <code className="font-mono">{d.type}</code>{" "}
                      <span className="text-sm font-normal text-ink-faint">{at(d.createdAt)}</span>
                    </p>
                    <DeliveryStatus status={d.status} attempts={d.attempts} />
                  </div>
                  <p className="font-mono text-xs break-all text-ink-faint">{d.eventId ?? "test"}</p>
                  {d.status === "pending" && d.attempts > 0 && (
                    <p className="text-sm text-ink-soft">Next attempt {at(d.nextAttemptAt)}.</p>
                  )}
                  {d.log.length > 0 && (
                    <ol className="space-y-2" aria-label="Attempts">
                      {d.log.map((a, i) => (
                        <li key={a.id} data-testid="attempt" className="rounded-lg bg-sunken/60 p-3 text-sm">
                          <p className="flex flex-wrap gap-x-3">
                            <span className="font-medium">Attempt {d.log.length - i}</span>
                            <span
                              className={
                                a.httpStatus !== null && a.httpStatus < 300 && a.httpStatus >= 200
                                  ? "text-good"
                                  : "text-bad"
                              }
                            >
                              {a.httpStatus !== null ? `HTTP ${a.httpStatus}` : "no answer"}
                            </span>
                            <span className="text-ink-faint">{at(a.at)}</span>
                            <span className="text-ink-faint tabular-nums">{a.durationMs} ms</span>
                          </p>
                          {(a.error || a.excerpt) && (
                            <p className="mt-1 font-mono text-xs break-all text-ink-soft">{a.error ?? a.excerpt}</p>
                          )}
                        </li>
                      ))}
                    </ol>
                  )}
                  {d.eventId && <ResendButton resend={resendDelivery.bind(null, d.id)} />}
                </Card>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
