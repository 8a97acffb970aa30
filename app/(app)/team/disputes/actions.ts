"use server";
// A manager (or an admin) accepts or rejects a dispute.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { AdminInputError } from "@/lib/admin/result";
import { authorize, AuthError } from "@/lib/auth/authorize";
import { decideDispute } from "@/lib/disputes/disputes";
import { describeIssues } from "@/lib/orgs/schema";

export type DecisionState = { error?: string; message?: string };

export async function decideAction(_: DecisionState, form: FormData): Promise<DecisionState> {
  try {
    const actor = await authorize(["manager", "admin"]);
    const note = String(form.get("note") ?? "").trim();
    const out = await decideDispute(actor, {
      disputeId: form.get("disputeId"),
      decision: form.get("decision"),
      note: note || undefined,
    });
    revalidatePath("/team/disputes");
    return {
      message: out.status === "accepted" ? "Accepted: that credit no longer counts." : "Rejected: the credit stays.",
    };
  } catch (e) {
    if (e instanceof AuthError || e instanceof AdminInputError) return { error: e.message };
    if (e instanceof z.ZodError) return { error: describeIssues(e).join("; ") };
    throw e;
  }
}
