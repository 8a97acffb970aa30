"use server";
import { revalidatePath } from "next/cache";
import { asAdmin } from "@/lib/admin/action";
import { createKey, revokeKey } from "@/lib/admin/keys";

export async function addKey(input: unknown) {
  const result = await asAdmin((actor) => createKey(actor, input));
  if (result.ok) revalidatePath("/admin/keys");
  return result;
}

export async function revoke(id: string) {
  const result = await asAdmin((actor) => revokeKey(actor, id));
  if (result.ok) revalidatePath("/admin/keys");
  return result;
}
