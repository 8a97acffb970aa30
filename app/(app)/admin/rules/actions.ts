"use server";
import { revalidatePath } from "next/cache";
import { asAdmin } from "@/lib/admin/action";
import { previewRules } from "@/lib/admin/rule-preview";
import { createRule, deleteRule, updateRule } from "@/lib/admin/rules";

export async function addRule(input: unknown) {
  const result = await asAdmin((actor) => createRule(actor, input));
  if (result.ok) revalidatePath("/admin/rules");
  return result;
}

export async function editRule(id: string, input: unknown) {
  const result = await asAdmin((actor) => updateRule(actor, id, input));
  if (result.ok) revalidatePath("/admin/rules");
  return result;
}

export async function removeRule(id: string) {
  const result = await asAdmin((actor) => deleteRule(actor, id));
  if (result.ok) revalidatePath("/admin/rules");
  return result;
}

export async function preview(input: unknown) {
  return asAdmin((actor) => previewRules(actor, input));
}
