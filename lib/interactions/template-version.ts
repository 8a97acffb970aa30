// Which template version a new interaction is asked with: its touchpoint's template's latest
// version, else the org's default template's latest, else none (the survey page's built-in default).
import type { Prisma } from "../db";

export async function latestTemplateVersionId(
  tx: Prisma.TransactionClient,
  orgId: string,
  templateId: string | null,
): Promise<string | null> {
  if (templateId) {
    const v = await tx.surveyTemplateVersion.findFirst({
      where: { templateId },
      orderBy: { version: "desc" },
      select: { id: true },
    });
    if (v) return v.id;
  }
  const v = await tx.surveyTemplateVersion.findFirst({
    where: { template: { orgId, isDefault: true } },
    orderBy: [{ template: { createdAt: "asc" } }, { version: "desc" }],
    select: { id: true },
  });
  return v?.id ?? null;
}
