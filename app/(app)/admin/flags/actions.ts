"use server";
// Admin → Flags: check now, exclude or include a flag's answers, dismiss a flag. Each checks the
// role here and again in lib/gaming.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { AdminInputError } from "@/lib/admin/result";
import { authorize, AuthError } from "@/lib/auth/authorize";
import { computeFlags } from "@/lib/gaming/compute-flags";
import { setFlagExclusion } from "@/lib/gaming/exclude";
import { dismissFlag } from "@/lib/gaming/flags";
import { describeIssues } from "@/lib/orgs/schema";

export type FlagActionState = { error?: string; message?: string };

async function run(act: () => Promise<string>): Promise<FlagActionState> {
  try {
    const message = await act();
    revalidatePath("/admin/flags", "layout");
    revalidatePath("/admin");
    return { message };
  } catch (e) {
    if (e instanceof AuthError || e instanceof AdminInputError) return { error: e.message };
    if (e instanceof z.ZodError) return { error: describeIssues(e).join("; ") };
    throw e;
  }
}

export async function checkNowAction(): Promise<FlagActionState> {
  return run(async () => {
    const actor = await authorize(["admin"]);
    const out = await computeFlags(actor.orgId);
    return out.raised ? `${out.raised} new flag${out.raised === 1 ? "" : "s"}.` : "Checked: no new flags.";
  });
}

export async function exclusionAction(_: FlagActionState, form: FormData): Promise<FlagActionState> {
  return run(async () => {
    const actor = await authorize(["admin"]);
    const out = await setFlagExclusion(actor, {
      flagId: form.get("flagId"),
      action: form.get("action"),
      reason: String(form.get("reason") ?? "").trim(),
    });
    const n = `${out.changed} answer${out.changed === 1 ? "" : "s"}`;
    return out.action === "exclude" ? `${n} excluded from scores.` : `${n} counted again.`;
  });
}

export async function dismissAction(_: FlagActionState, form: FormData): Promise<FlagActionState> {
  return run(async () => {
    const actor = await authorize(["admin"]);
    await dismissFlag(actor, { flagId: form.get("flagId"), reason: String(form.get("reason") ?? "").trim() });
    return "Flag dismissed.";
  });
}
