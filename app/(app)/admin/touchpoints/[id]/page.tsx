import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TouchpointForm } from "@/components/admin/touchpoint-form";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { handlerOptions, templateOptions } from "@/lib/admin/options";
import { getTouchpoint } from "@/lib/admin/touchpoints";
import { guardPage } from "@/lib/auth/page-guard";
import { editTouchpoint } from "../actions";

export const metadata: Metadata = { title: "Edit touchpoint" };

export default async function EditTouchpointPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await guardPage(["admin"], `/admin/touchpoints/${id}`);
  const tp = await getTouchpoint(actor, id);
  if (!tp) notFound();
  return (
    <>
      <PageHeader
        title={tp.name}
        back={{ href: "/admin/touchpoints", label: "Touchpoints" }}
        actions={
          tp.active ? (
            <ButtonLink href={`/admin/touchpoints/${id}/poster`} variant="secondary">
              QR poster
            </ButtonLink>
          ) : undefined
        }
      />
      <TouchpointForm
        templates={await templateOptions(actor)}
        managers={await handlerOptions(actor)}
        initial={{
          slug: tp.slug,
          name: tp.name,
          templateId: tp.templateId ?? "",
          managerId: tp.managerId ?? "",
          active: tp.active,
        }}
        save={editTouchpoint.bind(null, id)}
      />
    </>
  );
}
