import type { Metadata } from "next";
import { NewInteractionForm } from "@/components/interactions/new-interaction-form";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { guardPage } from "@/lib/auth/page-guard";
import { newInteractionOptions } from "@/lib/feed/staff-interaction";
import { newInteractionAction } from "./actions";

export const metadata: Metadata = { title: "New interaction" };

export default async function NewInteractionPage() {
  const actor = await guardPage(["staff", "manager", "admin"], "/new");
  const options = await newInteractionOptions(actor);
  return (
    <div className="mx-auto max-w-lg">
      <PageHeader
        title="New interaction"
        description="You served a customer: show them a QR code to tell us how it went."
      />
      {options.touchpoints.length === 0 ? (
        <EmptyState title="No touchpoints yet">
          An admin needs to add a touchpoint (a counter, a desk, a delivery route) first.
        </EmptyState>
      ) : (
        <NewInteractionForm
          touchpoints={options.touchpoints}
          defaultTouchpoint={options.defaultTouchpoint}
          colleagues={options.colleagues}
          action={newInteractionAction}
        />
      )}
    </div>
  );
}
