import type { Metadata } from "next";
import { TouchpointForm } from "@/components/admin/touchpoint-form";
import { PageHeader } from "@/components/ui/page-header";
import { handlerOptions, templateOptions } from "@/lib/admin/options";
import { guardPage } from "@/lib/auth/page-guard";
import { addTouchpoint } from "../actions";

export const metadata: Metadata = { title: "New touchpoint" };

export default async function NewTouchpointPage() {
  const actor = await guardPage(["admin"], "/admin/touchpoints/new");
  return (
    <>
      <PageHeader title="New touchpoint" back={{ href: "/admin/touchpoints", label: "Touchpoints" }} />
      <TouchpointForm
        templates={await templateOptions(actor)}
        managers={await handlerOptions(actor)}
        save={addTouchpoint}
      />
    </>
  );
}
