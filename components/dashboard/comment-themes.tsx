// What customers write about: the period's most frequent words per comment language, each with
// how many comments mention it, and n (comments read) so a theme's weight can be judged.
import Link from "next/link";
import { Card, CardTitle } from "@/components/ui/card";
import type { CommentThemes as Themes } from "@/lib/themes/queries";

const languageNames = new Intl.DisplayNames(["en"], { type: "language" });
const languageName = (code: string) => {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
};

type Props = {
  t: Themes;
  /** where the comments behind one theme are listed */ hrefFor?: (locale: string, theme: string) => string;
};

export function CommentThemes({ t, hrefFor }: Props) {
  const withThemes = t.locales.filter((l) => l.themes.length > 0);
  return (
    <Card>
      <section aria-labelledby="themes-h">
        <CardTitle>
          <span id="themes-h">Comment themes</span>
        </CardTitle>
        <p className="mb-3 text-sm text-ink-soft" data-testid="themes-n">
          n = {t.n} {t.n === 1 ? "comment" : "comments"} read
        </p>
        {withThemes.length === 0 ? (
          <p className="text-sm text-ink-soft">
            {t.n === 0
              ? "No comments in this period yet."
              : "No word comes up in more than one comment yet; themes appear as comments accumulate."}
          </p>
        ) : (
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {withThemes.map((l) => (
              <div key={l.locale} lang={l.locale}>
                <h3 className="mb-2 text-sm font-semibold">
                  <span lang="en">{languageName(l.locale)}</span>{" "}
                  <span className="font-normal text-ink-faint" lang="en">
                    (n = {l.n})
                  </span>
                </h3>
                <ol className="space-y-1" aria-label={`${languageName(l.locale)} themes`}>
                  {l.themes.map((th) => (
                    <li key={th.theme} className="flex items-baseline justify-between gap-3 text-sm">
                      {hrefFor ? (
                        <Link className="min-w-0 break-words" href={hrefFor(l.locale, th.theme)}>
                          {th.theme}
                        </Link>
                      ) : (
                        <span className="min-w-0 break-words">{th.theme}</span>
                      )}
                      <span className="shrink-0 tabular-nums text-ink-soft" lang="en">
                        {th.count} {th.count === 1 ? "comment" : "comments"}
                      </span>
                    </li>
                  ))}
                </ol>
              </div>
            ))}
          </div>
        )}
      </section>
    </Card>
  );
}
