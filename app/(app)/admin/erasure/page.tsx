import type { Metadata } from "next";
import { ErasureForm } from "@/components/erasure/erasure-form";
import { PageHeader } from "@/components/ui/page-header";
import { guardPage } from "@/lib/auth/page-guard";
import { storedAnswerCount } from "@/lib/erasure/erase";
import { erasureAction } from "./actions";

export const metadata: Metadata = { title: "Erasure" };

export default async function ErasurePage() {
  const actor = await guardPage(["admin"], "/admin/erasure");
  const answers = await storedAnswerCount(actor.orgId);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title="Erasure"
        description="Delete a customer's answers, comments and follow-up cases for good, by their customer key or one response id. Scores are corrected; the audit log says only that it happened."
      />
      <p className="mb-4 text-sm text-ink-soft" data-testid="stored-answers">
        Answers stored in this organisation: <strong className="text-ink tabular-nums">{answers}</strong>
      </p>
      <ErasureForm action={erasureAction} />
    </div>
  );
}
