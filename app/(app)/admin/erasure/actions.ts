"use server";
// Find what an erasure would remove (counts), then erase it once the admin confirms.
import { revalidatePath } from "next/cache";
import { authorize, AuthError } from "@/lib/auth/authorize";
import { erase, parseTarget, previewErasure, type ErasureCounts } from "@/lib/erasure/erase";
import { DomainError } from "@/lib/validation";

export type ErasureState = {
  by?: "customer" | "response";
  value?: string;
  preview?: ErasureCounts;
  done?: ErasureCounts;
  error?: string;
};

export async function erasureAction(_: ErasureState, form: FormData): Promise<ErasureState> {
  const by = form.get("by") === "response" ? "response" : "customer";
  const value = String(form.get("value") ?? "").trim();
  try {
    const actor = await authorize(["admin"]);
    const target = parseTarget({ [by]: value });
    if (form.get("step") !== "erase") return { by, value, preview: await previewErasure(actor.orgId, target) };
    if (form.get("confirm") !== "yes")
      return { by, value, preview: await previewErasure(actor.orgId, target), error: "confirm: tick the box to erase" };
    const done = await erase(actor.orgId, target, actor.userId);
    revalidatePath("/admin/erasure");
    return { by, done };
  } catch (e) {
    if (e instanceof AuthError) return { by, value, error: e.message };
    if (e instanceof DomainError) return { by, value, error: e.message };
    console.error("erasure failed", e);
    return { by, value, error: "Something went wrong on our side, and nothing was erased. Please try again." };
  }
}
