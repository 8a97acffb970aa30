"use server";
import { revalidatePath } from "next/cache";
import { asAdmin } from "@/lib/admin/action";
import { createWebhook, deleteWebhook, pauseWebhook, resendWebhookDelivery, testWebhook } from "@/lib/admin/webhooks";

function refreshed<T extends { ok: boolean }>(r: T): T {
  if (r.ok) revalidatePath("/admin/webhooks", "layout");
  return r;
}

export async function addWebhook(input: unknown) {
  return refreshed(await asAdmin((actor) => createWebhook(actor, input)));
}
export async function setWebhookPaused(id: string, paused: boolean) {
  return refreshed(await asAdmin((actor) => pauseWebhook(actor, id, paused)));
}
export async function removeWebhook(id: string) {
  return refreshed(await asAdmin((actor) => deleteWebhook(actor, id)));
}
export async function sendWebhookTest(id: string) {
  return refreshed(await asAdmin((actor) => testWebhook(actor, id)));
}
export async function resendDelivery(deliveryId: string) {
  return refreshed(await asAdmin((actor) => resendWebhookDelivery(actor, deliveryId)));
}
