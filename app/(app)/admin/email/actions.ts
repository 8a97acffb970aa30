"use server";
import { revalidatePath } from "next/cache";
import { asAdmin } from "@/lib/admin/action";
import { retryQueuedEmail } from "@/lib/admin/emails";

export async function retryEmailAction(id: string) {
  const r = await asAdmin((actor) => retryQueuedEmail(actor, id));
  if (r.ok) revalidatePath("/admin/email");
  return r;
}
