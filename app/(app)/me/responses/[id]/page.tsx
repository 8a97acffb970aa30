import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ResponseCard } from "@/components/feed/response-card";
import { PageHeader } from "@/components/ui/page-header";
import { guardPage } from "@/lib/auth/page-guard";
import { myResponse } from "@/lib/feed/my-response";
import { orgSettings } from "@/lib/feed/org-settings";
import { markReadFor } from "@/lib/notifications/inbox";

export const metadata: Metadata = { title: "Answer" };

// One answer from the person's own feed (where a kudos links). Someone else's answer is a 404.
export default async function MyResponsePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await guardPage(["admin", "manager", "staff"], `/me/responses/${id}`);
  const [r, org] = await Promise.all([myResponse(actor, id.slice(0, 64)), orgSettings(actor.orgId)]);
  if (!r) notFound();
  await markReadFor(actor, { responseId: r.responseId });
  return (
    <>
      <PageHeader title={`Answer at ${r.touchpoint}`} back={{ href: "/me", label: "My feed" }} />
      <ul>
        <ResponseCard r={r} timeZone={org.timeZone} now={new Date()} />
      </ul>
    </>
  );
}
