"use server";
import { revalidatePath } from "next/cache";
import { asAdmin } from "@/lib/admin/action";
import { updateOrgSettings } from "@/lib/admin/settings";

export async function saveSettings(input: unknown) {
  const result = await asAdmin((actor) => updateOrgSettings(actor, input));
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
