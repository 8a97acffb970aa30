"use server";
import { revalidatePath } from "next/cache";
import { asAdmin } from "@/lib/admin/action";
import { createStaffMember, resetStaffPassword, setStaffActive, updateStaffMember } from "@/lib/admin/staff";

export async function addStaff(input: unknown) {
  const result = await asAdmin((actor) => createStaffMember(actor, input));
  if (result.ok) revalidatePath("/admin/staff");
  return result;
}

export async function editStaff(id: string, input: unknown) {
  const result = await asAdmin((actor) => updateStaffMember(actor, id, input));
  if (result.ok) revalidatePath("/admin/staff");
  return result;
}

export async function setActive(id: string, active: boolean) {
  const result = await asAdmin((actor) => setStaffActive(actor, id, active));
  if (result.ok) revalidatePath("/admin/staff");
  return result;
}

export async function resetPassword(id: string) {
  return asAdmin((actor) => resetStaffPassword(actor, id));
}
