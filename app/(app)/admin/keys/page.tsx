import type { Metadata } from "next";
import { headers } from "next/headers";
import { KeyForm } from "@/components/admin/key-form";
import { KeyTable } from "@/components/admin/key-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listKeys } from "@/lib/admin/keys";
import { touchpointOptions } from "@/lib/admin/options";
import { guardPage } from "@/lib/auth/page-guard";
import { baseUrlFrom } from "@/lib/interactions/links";
import { addKey, revoke } from "./actions";

export const metadata: Metadata = { title: "Keys" };

export default async function KeysPage() {
  const actor = await guardPage(["admin"], "/admin/keys");
  const [keys, touchpoints] = await Promise.all([listKeys(actor), touchpointOptions(actor)]);
  return (
    <>
      <PageHeader
        title="Keys"
        description="API keys let your till or CRM create interactions. Kiosk keys run a survey tablet at one touchpoint."
      />
      <div className="space-y-6">
        <KeyForm touchpoints={touchpoints} baseUrl={baseUrlFrom(await headers())} create={addKey} />
        {keys.length === 0 ? (
          <EmptyState title="No keys yet">
            Create one above when you connect a till system or set up a kiosk tablet.
          </EmptyState>
        ) : (
          <KeyTable keys={keys} revoke={revoke} />
        )}
      </div>
    </>
  );
}
