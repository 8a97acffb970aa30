"use server";
// Marking one's own notifications read. The id names a notification; lib only touches it when it
// belongs to the signed-in person.
import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/auth/authorize";
import { markAllRead, markRead } from "@/lib/notifications/inbox";

const EVERYONE = ["admin", "manager", "staff"] as const;

export async function markReadAction(form: FormData) {
  const actor = await authorize(EVERYONE);
  const id = String(form.get("id") ?? "").slice(0, 64);
  if (id) await markRead(actor, id);
  revalidatePath("/", "layout");
}

export async function markAllReadAction() {
  const actor = await authorize(EVERYONE);
  await markAllRead(actor);
  revalidatePath("/", "layout");
}
