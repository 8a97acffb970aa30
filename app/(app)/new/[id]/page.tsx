import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { InteractionQr } from "@/components/interactions/interaction-qr";
import { guardPage } from "@/lib/auth/page-guard";
import { staffInteractionCard } from "@/lib/feed/staff-interaction";
import { baseUrlFrom } from "@/lib/interactions/links";

export const metadata: Metadata = { title: "Show the QR code" };

export default async function InteractionQrPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await guardPage(["staff", "manager", "admin"], `/new/${id}`);
  const card = await staffInteractionCard(actor, id, baseUrlFrom(await headers()));
  if (!card) notFound();
  return <InteractionQr id={id} card={card} />;
}
