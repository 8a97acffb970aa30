import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { Poster } from "@/components/admin/poster";
import { PageHeader } from "@/components/ui/page-header";
import { getTouchpoint } from "@/lib/admin/touchpoints";
import { guardPage } from "@/lib/auth/page-guard";
import { baseUrlFrom } from "@/lib/interactions/links";
import { isLocale } from "@/lib/surveys/i18n";

export const metadata: Metadata = { title: "QR poster" };

export default async function PosterPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ size?: string; lang?: string }>;
}) {
  const { id } = await params;
  const query = await searchParams;
  const size = query.size === "a6" ? "a6" : "a4";
  const actor = await guardPage(["admin"], `/admin/touchpoints/${id}/poster`);
  const tp = await getTouchpoint(actor, id);
  if (!tp || !tp.active) notFound();
  // The poster prints in the organisation's language unless the admin picks another.
  const locale = isLocale(query.lang) ? query.lang : isLocale(tp.org.defaultLocale) ? tp.org.defaultLocale : "en";
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
      <Poster
        size={size}
        locale={locale}
        orgName={tp.org.name}
        touchpointName={tp.name}
        link={link}
        qrSrc={`${path}/qr.svg`}
      />
    </>
  );
}
