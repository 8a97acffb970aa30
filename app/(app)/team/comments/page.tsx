import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { ThemeCommentList } from "@/components/reports/theme-comment-list";
import { EmptyState } from "@/components/ui/empty-state";
import { AuthError } from "@/lib/auth/authorize";
import { guardPage } from "@/lib/auth/page-guard";
import { parsePeriodKey } from "@/lib/feed/period";
import { themeComments, themeQuerySchema } from "@/lib/reports/theme-comments";

export const metadata: Metadata = { title: "Comments on a theme" };

type Search = Promise<{ theme?: string; locale?: string; team?: string; period?: string }>;

export default async function ThemeCommentsPage({ searchParams }: { searchParams: Search }) {
  const actor = await guardPage(["manager", "admin"], "/team/comments");
  const sp = await searchParams;
  const query = themeQuerySchema.safeParse({
    theme: sp.theme,
    locale: sp.locale || undefined,
    team: sp.team || undefined,
  });
  if (!query.success)
    return <EmptyState title="Which theme?">{query.error.issues.map((i) => i.message).join("; ")}</EmptyState>;
  const periodKey = parsePeriodKey(sp.period);
  const data = await themeComments(actor, query.data, periodKey).catch((e) => {
    if (e instanceof AuthError) forbidden();
    throw e;
  });
  return <ThemeCommentList data={data} periodKey={periodKey} />;
}
