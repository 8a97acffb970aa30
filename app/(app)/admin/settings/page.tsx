import type { Metadata } from "next";
import { SettingsForm } from "@/components/admin/settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { guardPage } from "@/lib/auth/page-guard";
import { getOrgSettings } from "@/lib/admin/settings";
import type { Locale } from "@/lib/orgs/schema";
import { saveSettings } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await guardPage(["admin"], "/admin/settings");
  const { slug, ...settings } = await getOrgSettings(actor);
  return (
    <>
      <PageHeader title="Settings" description="How your organization's surveys, links and follow-ups behave." />
      <SettingsForm
        initial={{ ...settings, defaultLocale: settings.defaultLocale as Locale }}
        slug={slug}
        save={saveSettings}
      />
    </>
  );
}
