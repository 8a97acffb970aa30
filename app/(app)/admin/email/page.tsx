import type { Metadata } from "next";
import { EmailRetryButton } from "@/components/admin/email-retry";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { emailQueueFor } from "@/lib/admin/emails";
import { guardPage } from "@/lib/auth/page-guard";
import { orgSettings } from "@/lib/feed/org-settings";
import { absoluteTime } from "@/lib/feed/format";
import { KIND_LABEL } from "@/lib/notifications/kinds";
import { mailConfigured } from "@/lib/notifications/mailer";
import type { QueuedEmail } from "@/lib/notifications/email-queue";
import { retryEmailAction } from "./actions";

export const metadata: Metadata = { title: "Email" };

const STATUS: Record<QueuedEmail["status"], { label: string; tone: "bad" | "warn" | "neutral" }> = {
  failed: { label: "Gave up", tone: "bad" },
  retrying: { label: "Retrying", tone: "warn" },
  waiting: { label: "Waiting to send", tone: "neutral" },
};

export default async function EmailPage() {
  const actor = await guardPage(["admin"], "/admin/email");
  const [queue, org] = await Promise.all([emailQueueFor(actor), orgSettings(actor.orgId)]);
  const failed = queue.emails.filter((e) => e.status === "failed").length;
  const configured = mailConfigured();
  return (
    <>
      <PageHeader
        title="Email"
        description="Notification emails that have not reached their mail server yet: still being retried, or given up after the last attempt. Retry one once the address or the mail server is fixed."
      />
      <div className="space-y-6">
        {!configured && (
          <Card>
            <p className="text-sm text-ink-soft">
              Email is off on this server (no <code>SMTP_URL</code>): notifications reach the in-app inbox only.
            </p>
          </Card>
        )}
        <dl className="grid grid-cols-3 gap-3 text-sm" aria-label="Email counts">
          <Card className="p-3">
            <dt className="text-ink-faint">Unsent</dt>
            <dd className="text-2xl font-semibold tabular-nums" data-testid="unsent-count">
              {queue.total}
            </dd>
          </Card>
          <Card className="p-3">
            <dt className="text-ink-faint">Gave up</dt>
            <dd className="text-2xl font-semibold tabular-nums">{failed}</dd>
          </Card>
          <Card className="p-3">
            <dt className="text-ink-faint">Sent, last 7 days</dt>
            <dd className="text-2xl font-semibold tabular-nums">{queue.sentLastWeek}</dd>
          </Card>
        </dl>
        {queue.emails.length === 0 ? (
          <EmptyState title="Every email has gone out">
            Nothing is waiting or failing. Emails that a mail server refuses show up here, with its answer.
          </EmptyState>
        ) : (
          <>
            {queue.total > queue.shown && (
              <p className="text-sm text-ink-soft">
                Showing the first {queue.shown} of {queue.total}.
              </p>
            )}
            <ul className="space-y-3" aria-label="Unsent emails">
              {queue.emails.map((e) => (
                <li key={e.id} data-testid="queued-email">
                  <Card className="space-y-3">
                    <div className="flex flex-wrap items-start justify-between gap-2">
                      <div className="min-w-0">
                        <p className="font-medium break-all">{e.to}</p>
                        <p className="text-sm break-words text-ink-soft">{e.subject}</p>
                      </div>
                      <Badge tone={STATUS[e.status].tone}>{STATUS[e.status].label}</Badge>
                    </div>
                    <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
                      <div>
                        <dt className="text-ink-faint">Kind</dt>
                        <dd>{e.kind ? KIND_LABEL[e.kind].title : "Other"}</dd>
                      </div>
                      <div>
                        <dt className="text-ink-faint">Attempts</dt>
                        <dd className="tabular-nums">
                          {e.attempts} of {e.maxAttempts}
                        </dd>
                      </div>
                      <div>
                        <dt className="text-ink-faint">{e.status === "failed" ? "Queued" : "Next attempt"}</dt>
                        <dd>{absoluteTime(e.nextAttemptAt ?? e.createdAt, org.timeZone)}</dd>
                      </div>
                      <div className="sm:col-span-3">
                        <dt className="text-ink-faint">Last error</dt>
                        <dd className="font-mono text-xs break-words" data-testid="last-error">
                          {e.lastError ?? "none yet"}
                        </dd>
                      </div>
                    </dl>
                    {configured && (
                      <div className="flex justify-end">
                        <EmailRetryButton to={e.to} retry={retryEmailAction.bind(null, e.id)} />
                      </div>
                    )}
                  </Card>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </>
  );
}
