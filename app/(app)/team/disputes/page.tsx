import type { Metadata } from "next";
import { DisputeList } from "@/components/disputes/dispute-list";
import { PageHeader } from "@/components/ui/page-header";
import { guardPage } from "@/lib/auth/page-guard";
import { disputesToDecide } from "@/lib/disputes/disputes";
import { decideAction } from "./actions";

export const metadata: Metadata = { title: "Disputed credits" };

export default async function DisputesPage() {
  const actor = await guardPage(["manager", "admin"], "/team/disputes");
  const rows = await disputesToDecide(actor);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title="Disputed credits"
        description="Your people say an answer wasn't theirs. Accepting takes that one credit out of their scores from now on."
      />
      <DisputeList rows={rows} action={decideAction} />
    </div>
  );
}
