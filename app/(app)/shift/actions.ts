"use server";
// Check in to a touchpoint, or out: the form posts here and the page reloads with the new state.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { AdminInputError } from "@/lib/admin/result";
import { authorize, AuthError } from "@/lib/auth/authorize";
import { checkIn, checkOut } from "@/lib/shifts/check-in";

export type ShiftState = { error?: string; message?: string };

export async function shiftAction(_: ShiftState, form: FormData): Promise<ShiftState> {
  try {
    const actor = await authorize(["staff", "manager", "admin"]);
    if (form.get("intent") === "out") {
      const ended = await checkOut(actor);
      revalidatePath("/shift");
      return {
        message: ended ? "Checked out. Answers from now on no longer credit you here." : "You weren't checked in.",
      };
    }
    const shift = await checkIn(actor, { touchpoint: form.get("touchpoint") });
    revalidatePath("/shift");
    return { message: `You're on ${shift.touchpoint.name} now.` };
  } catch (e) {
    if (e instanceof AuthError) return { error: e.message };
    if (e instanceof AdminInputError) return { error: e.message };
    if (e instanceof z.ZodError) return { error: "Pick a touchpoint first." };
    throw e;
  }
}
