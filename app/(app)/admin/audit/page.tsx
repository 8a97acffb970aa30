import type { Metadata } from "next";
import { AuditTable } from "@/components/disputes/audit-table";
import { PageHeader } from "@/components/ui/page-header";
import { auditLog } from "@/lib/audit/record";
import { guardPage } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  const actor = await guardPage(["admin"], "/admin/audit");
  const rows = await auditLog(actor);
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change to who is credited or what counts: who made it, when and why. Erasures say only that they happened."
      />
      <AuditTable rows={rows} />
    </>
  );
}
