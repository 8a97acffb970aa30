import type { Metadata } from "next";
import { SettingsForm } from "@/components/notifications/settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { guardPage } from "@/lib/auth/page-guard";
import { mailConfigured } from "@/lib/notifications/mailer";
import { myEmailProblem } from "@/lib/notifications/email-queue";
import { getMySettings } from "@/lib/notifications/settings";
import { saveSettingsAction } from "./actions";

export const metadata: Metadata = { title: "My settings" };

export default async function MySettingsPage() {
  const actor = await guardPage(["admin", "manager", "staff"], "/me/settings");
  const email = mailConfigured();
  const [settings, problem] = await Promise.all([
    getMySettings(actor),
    email ? myEmailProblem(actor.orgId, actor.email) : null,
  ]);
  return (
    <>
      <PageHeader title="My settings" description={`Signed in as ${actor.name} (${actor.email}).`} />
      {problem && (
        <div
          role="status"
          data-testid="email-problem"
          className="mb-4 max-w-2xl rounded-[var(--radius-card)] border border-bad/40 bg-bad-soft px-4 py-3 text-sm"
        >
          <p className="font-medium text-bad">
            {problem.failed
              ? `Emails to ${problem.to} could not be delivered, and we stopped trying.`
              : `Emails to ${problem.to} are not getting through; we keep trying.`}
          </p>
          <p className="mt-1 break-words text-ink-soft">
            The mail server answered: <span className="font-mono text-xs">{problem.lastError}</span>
          </p>
          <p className="mt-1 text-ink-soft">
            Your inbox here has everything. If the address is wrong, ask an admin to correct it.
          </p>
        </div>
      )}
      <SettingsForm settings={settings} role={actor.role} email={email} save={saveSettingsAction} />
    </>
  );
}
