// A printable table or counter poster. Sized in container units, so the on-screen preview
// and the printed A4 or A6 sheet are the same design at different scales.
import { chrome, LANGUAGE_NAMES, LOCALES, type Locale } from "@/lib/surveys/i18n";
import { PrintButton } from "./print-button";

export type PosterSize = "a4" | "a6";
const SHEETS: Record<PosterSize, { w: number; h: number; label: string }> = {
  a4: { w: 210, h: 297, label: "A4" },
  a6: { w: 105, h: 148, label: "A6" },
};

export function Poster({
  size,
  locale,
  orgName,
  touchpointName,
  link,
  qrSrc,
}: {
  size: PosterSize;
  /** the language the headline prints in; the survey itself still offers all five */
  locale: Locale;
  orgName: string;
  touchpointName: string;
  link: string;
  qrSrc: string;
}) {
  const sheet = SHEETS[size];
  const t = chrome(locale);
  const pick = `inline-flex min-h-9 items-center rounded-lg border px-3 text-sm no-underline`;
  const on = "border-brand bg-brand-soft font-medium text-brand-strong";
  const off = "border-line-strong text-ink";
  const css = `
    @page { size: ${sheet.w}mm ${sheet.h}mm; margin: 0; }
    .poster-sheet { container-type: inline-size; aspect-ratio: ${sheet.w} / ${sheet.h}; }
    .poster-sheet .p-org { font-size: 4.2cqw; }
    .poster-sheet .p-title { font-size: 10cqw; line-height: 1.05; }
    .poster-sheet .p-sub { font-size: 4.2cqw; }
    .poster-sheet .p-qr { width: 62cqw; height: 62cqw; }
    .poster-sheet .p-link { font-size: 3.1cqw; }
    .poster-sheet .p-langs { font-size: 3.2cqw; }
    @media print {
      body * { visibility: hidden; }
      .poster-sheet, .poster-sheet * { visibility: visible; }
      .poster-sheet { position: fixed; left: 0; top: 0; width: ${sheet.w}mm !important; height: ${sheet.h}mm; max-width: none !important; border: 0 !important; box-shadow: none !important; border-radius: 0 !important; }
    }`;
  return (
    <>
      <style dangerouslySetInnerHTML={{ __html: css }} />
      <div className="no-print mb-4 flex flex-wrap items-center gap-2">
        <span className="text-sm text-ink-soft">Paper:</span>
        {(Object.keys(SHEETS) as PosterSize[]).map((s) => (
          <a
            key={s}
            href={`?size=${s}&lang=${locale}`}
            aria-current={s === size ? "page" : undefined}
            className={`${pick} ${s === size ? on : off}`}
          >
            {SHEETS[s].label}
          </a>
        ))}
      </div>
      <nav aria-label="Poster language" className="no-print mb-4 flex flex-wrap items-center gap-2">
        <span className="text-sm text-ink-soft">Language:</span>
        {LOCALES.map((l) => (
          <a
            key={l}
            href={`?size=${size}&lang=${l}`}
            hrefLang={l}
            lang={l}
            aria-current={l === locale ? "page" : undefined}
            className={`${pick} ${l === locale ? on : off}`}
          >
            {LANGUAGE_NAMES[l]}
          </a>
        ))}
      </nav>
      <div className="no-print mb-4 flex flex-wrap items-center gap-2">
        <PrintButton />
        <a href={qrSrc.replace(/\.svg$/, ".png")} download className="text-sm">
          Download QR (PNG)
        </a>
      </div>
      <article
        lang={locale}
        aria-label={`${sheet.label} poster for ${touchpointName}`}
        className={`poster-sheet mx-auto w-full ${size === "a6" ? "max-w-[18rem]" : "max-w-[26rem]"} overflow-hidden rounded-md border border-line bg-white text-center text-ink shadow-[var(--shadow-card)]`}
      >
        {/* Padding sits inside the container so its cqw units measure the sheet, not the viewport. */}
        <div className="flex h-full flex-col items-center justify-between px-[8cqw] py-[9cqw]">
          <p className="p-org font-semibold tracking-wide text-brand uppercase">{orgName}</p>
          <div>
            <h2 className="p-title font-bold tracking-tight">{t.posterTitle}</h2>
            <p className="p-sub mt-[2cqw] text-ink-soft">{t.posterSub}</p>
          </div>
          {/* eslint-disable-next-line @next/next/no-img-element -- an SVG served by our own fast path */}
          <img src={qrSrc} alt={`QR code linking to ${link}`} className="p-qr" />
          <div>
            <p className="p-link font-mono break-all text-ink-soft">{link}</p>
            <p className="p-langs mt-[1.5cqw] text-ink-faint" lang="mul">
              {LOCALES.map((l) => LANGUAGE_NAMES[l]).join(" · ")}
            </p>
          </div>
        </div>
      </article>
    </>
  );
}
