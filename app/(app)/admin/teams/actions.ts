"use server";
import { revalidatePath } from "next/cache";
import { asAdmin } from "@/lib/admin/action";
import { createTeam, updateTeam } from "@/lib/admin/teams";

export async function addTeam(input: unknown) {
  const result = await asAdmin((actor) => createTeam(actor, input));
  if (result.ok) revalidatePath("/admin/teams");
  return result;
}

export async function editTeam(id: string, input: unknown) {
  const result = await asAdmin((actor) => updateTeam(actor, id, input));
  if (result.ok) revalidatePath("/admin/teams");
  return result;
}
