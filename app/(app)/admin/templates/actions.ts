"use server";
import { revalidatePath } from "next/cache";
import { asAdmin } from "@/lib/admin/action";
import { createTemplate, saveTemplate } from "@/lib/admin/templates";

export async function addTemplate(input: unknown) {
  const result = await asAdmin((actor) => createTemplate(actor, input));
  if (result.ok) revalidatePath("/admin/templates");
  return result;
}

export async function editTemplate(id: string, input: unknown) {
  const result = await asAdmin(async (actor) => {
    const r = await saveTemplate(actor, id, input);
    return r.ok ? { ...r, data: { ...r.data, id } } : r;
  });
  if (result.ok) revalidatePath("/admin/templates");
  return result;
}
