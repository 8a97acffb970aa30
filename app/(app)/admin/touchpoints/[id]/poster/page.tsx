import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { Poster } from "@/components/admin/poster";
import { PageHeader } from "@/components/ui/page-header";
import { getTouchpoint } from "@/lib/admin/touchpoints";
import { guardPage } from "@/lib/auth/page-guard";
import { baseUrlFrom } from "@/lib/interactions/links";

export const metadata: Metadata = { title: "QR poster" };

export default async function PosterPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ size?: string }>;
}) {
  const { id } = await params;
  const size = (await searchParams).size === "a6" ? "a6" : "a4";
  const actor = await guardPage(["admin"], `/admin/touchpoints/${id}/poster`);
  const tp = await getTouchpoint(actor, id);
  if (!tp || !tp.active) notFound();
  const path = `/t/${tp.org.slug}/${tp.slug}`;
  const link = `${baseUrlFrom(await headers())}${path}`;
  return (
    <>
      <div className="no-print">
        <PageHeader
          title={`QR poster: ${tp.name}`}
          back={{ href: `/admin/touchpoints/${id}`, label: tp.name }}
          description="Each scan opens a fresh survey, credited by this touchpoint's rules."
        />
      </div>
      <Poster size={size} orgName={tp.org.name} touchpointName={tp.name} link={link} qrSrc={`${path}/qr.svg`} />
    </>
  );
}
