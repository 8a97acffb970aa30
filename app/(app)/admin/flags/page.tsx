import type { Metadata } from "next";
import Link from "next/link";
import { CheckNow } from "@/components/gaming/check-now";
import { FlagList } from "@/components/gaming/flag-list";
import { PageHeader } from "@/components/ui/page-header";
import { guardPage } from "@/lib/auth/page-guard";
import { orgSettings } from "@/lib/feed/org-settings";
import { listFlags } from "@/lib/gaming/flags";
import { checkNowAction } from "./actions";

export const metadata: Metadata = { title: "Flags" };

export default async function FlagsPage({ searchParams }: { searchParams: Promise<{ show?: string }> }) {
  const dismissed = (await searchParams).show === "dismissed";
  const actor = await guardPage(["admin"], "/admin/flags");
  const [rows, org] = await Promise.all([listFlags(actor, { dismissed }), orgSettings(actor.orgId)]);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Flags"
        description="Patterns in the answers worth a look: bursts of top scores, a jump in someone's share of 10s, customers saying they were asked for a 10, kiosks faster than a person. A flag changes nothing until you decide."
        actions={<CheckNow action={checkNowAction} />}
      />
      <nav aria-label="Which flags" className="mb-4 flex gap-4 text-sm">
        <Link
          href="/admin/flags"
          aria-current={dismissed ? undefined : "page"}
          className={dismissed ? "" : "font-semibold"}
        >
          Open
        </Link>
        <Link
          href="/admin/flags?show=dismissed"
          aria-current={dismissed ? "page" : undefined}
          className={dismissed ? "font-semibold" : ""}
        >
          Dismissed
        </Link>
      </nav>
      <FlagList rows={rows} timeZone={org.timeZone} dismissed={dismissed} />
    </div>
  );
}
