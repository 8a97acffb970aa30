// The QR for the customer to scan, big enough to read across a counter, with the link to copy;
// or, for a customer asked recently, a plain note that they are not asked again yet.
import { ButtonLink } from "@/components/ui/button";
import type { InteractionCard } from "@/lib/feed/staff-interaction";
import { AnsweredWatch } from "./answered-watch";
import { CopyLink } from "./copy-link";

const creditLine = (card: InteractionCard) =>
  `${card.touchpoint} · credits ${card.credited
    .map((c) => `${c.name} (${c.role === "backoffice" ? "back-office" : "frontline"})`)
    .join(", ")}`;

export function InteractionQr({ id, card }: { id: string; card: InteractionCard }) {
  if (card.throttled)
    return (
      <div className="mx-auto flex max-w-md flex-col items-center gap-4 text-center">
        <h1 className="text-2xl font-semibold">This customer was asked recently</h1>
        <p className="rounded-lg bg-sunken px-4 py-3 text-ink-soft" data-testid="throttled">
          No survey this time, so they aren&apos;t asked too often. They can be asked again from{" "}
          <strong className="text-ink">
            {card.surveyAfter.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" })}
          </strong>
          . The visit still counts for you and your team.
        </p>
        <p className="text-sm text-ink-soft">{creditLine(card)}</p>
        <ButtonLink href="/new" className="w-full text-lg">
          New one
        </ButtonLink>
      </div>
    );
  if (card.answered)
    return (
      <div className="mx-auto flex max-w-md flex-col items-center gap-4 text-center">
        <h1 className="text-2xl font-semibold">Answered, thank you</h1>
        <p role="status" className="rounded-lg bg-good-soft px-4 py-3 font-medium text-good">
          The customer has answered. Their feedback now counts for everyone credited.
        </p>
        <p className="text-sm text-ink-soft">{creditLine(card)}</p>
        <ButtonLink href="/new" className="w-full text-lg">
          New one
        </ButtonLink>
      </div>
    );
  return (
    <div className="mx-auto flex max-w-md flex-col items-center gap-4 text-center">
      <AnsweredWatch id={id} />
      <h1 className="text-2xl font-semibold">Ask the customer to scan</h1>
      {/* qrcode's own SVG (paths only, no text from users), rendered on the server. */}
      <div
        role="img"
        aria-label={`QR code for the survey link ${card.url}`}
        className="w-full max-w-[22rem] rounded-2xl border border-line bg-white p-3 [&>svg]:h-auto [&>svg]:w-full"
        dangerouslySetInnerHTML={{ __html: card.qr }}
      />
      <p className="w-full rounded-lg bg-sunken px-3 py-2 font-mono text-sm break-all" data-testid="survey-link">
        {card.url}
      </p>
      <p className="text-sm text-ink-soft">{creditLine(card)}</p>
      <div className="sticky bottom-20 flex w-full gap-2 md:bottom-4">
        <CopyLink url={card.url} />
        <ButtonLink href="/new" className="flex-1 text-lg">
          New one
        </ButtonLink>
      </div>
    </div>
  );
}
