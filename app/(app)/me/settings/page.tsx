import type { Metadata } from "next";
import { SettingsForm } from "@/components/notifications/settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { guardPage } from "@/lib/auth/page-guard";
import { mailConfigured } from "@/lib/notifications/mailer";
import { getMySettings } from "@/lib/notifications/settings";
import { saveSettingsAction } from "./actions";

export const metadata: Metadata = { title: "My settings" };

export default async function MySettingsPage() {
  const actor = await guardPage(["admin", "manager", "staff"], "/me/settings");
  const settings = await getMySettings(actor);
  return (
    <>
      <PageHeader title="My settings" description={`Signed in as ${actor.name} (${actor.email}).`} />
      <SettingsForm settings={settings} role={actor.role} email={mailConfigured()} save={saveSettingsAction} />
    </>
  );
}
