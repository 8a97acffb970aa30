"use server";
import { revalidatePath } from "next/cache";
import { asAdmin } from "@/lib/admin/action";
import { createTouchpoint, updateTouchpoint } from "@/lib/admin/touchpoints";

export async function addTouchpoint(input: unknown) {
  const result = await asAdmin((actor) => createTouchpoint(actor, input));
  if (result.ok) revalidatePath("/admin/touchpoints");
  return result;
}

export async function editTouchpoint(id: string, input: unknown) {
  const result = await asAdmin((actor) => updateTouchpoint(actor, id, input));
  if (result.ok) revalidatePath("/admin/touchpoints");
  return result;
}
