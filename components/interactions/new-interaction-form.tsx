"use client";
// Pick the touchpoint (it starts on the person's last or usual one) and any colleagues who
// helped, then get the QR code. Big targets, the submit button within thumb reach.
import { useActionState, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Flash } from "@/components/ui/toast";
import { controlClass } from "@/components/ui/input";
import type { NewInteractionState } from "@/app/(app)/new/actions";

type Colleague = { id: string; name: string; kind: string; team: string | null };
type Picked = { userId: string; name: string; role: "frontline" | "backoffice" };
type Props = {
  touchpoints: { slug: string; name: string }[];
  defaultTouchpoint: string;
  colleagues: Colleague[];
  action: (s: NewInteractionState, f: FormData) => Promise<NewInteractionState>;
};

export function NewInteractionForm({ touchpoints, defaultTouchpoint, colleagues, action }: Props) {
  const [state, submit, pending] = useActionState(action, {});
  const [touchpoint, setTouchpoint] = useState(defaultTouchpoint || (touchpoints[0]?.slug ?? ""));
  const [query, setQuery] = useState("");
  const [picked, setPicked] = useState<Picked[]>([]);

  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    return colleagues
      .filter((c) => c.name.toLowerCase().includes(q) && !picked.some((p) => p.userId === c.id))
      .slice(0, 6);
  }, [query, colleagues, picked]);

  return (
    <form action={submit} className="space-y-5 pb-4">
      <div>
        <label htmlFor="touchpoint" className="block text-sm font-medium">
          Where
        </label>
        <select
          id="touchpoint"
          name="touchpoint"
          value={touchpoint}
          onChange={(e) => setTouchpoint(e.target.value)}
          className={`${controlClass} mt-1 min-h-12 text-lg`}
        >
          {touchpoints.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.name}
            </option>
          ))}
        </select>
      </div>

      <fieldset>
        <legend className="text-sm font-medium">Who helped (optional)</legend>
        <p className="text-sm text-ink-faint">
          You are credited as frontline. Teams credited by rules are added automatically.
        </p>
        {picked.length > 0 && (
          <ul className="mt-2 space-y-2">
            {picked.map((p) => (
              <li key={p.userId} className="flex items-center gap-2 rounded-lg border border-line bg-surface p-2">
                <span className="min-w-0 flex-1 truncate font-medium">{p.name}</span>
                <select
                  aria-label={`Role of ${p.name}`}
                  value={p.role}
                  onChange={(e) =>
                    setPicked((all) =>
                      all.map((x) => (x.userId === p.userId ? { ...x, role: e.target.value as Picked["role"] } : x)),
                    )
                  }
                  className="min-h-11 rounded-lg border border-line-strong bg-surface px-2"
                >
                  <option value="frontline">frontline</option>
                  <option value="backoffice">back-office</option>
                </select>
                <button
                  type="button"
                  aria-label={`Remove ${p.name}`}
                  onClick={() => setPicked((all) => all.filter((x) => x.userId !== p.userId))}
                  className="min-h-11 min-w-11 rounded-lg text-xl text-ink-soft hover:bg-sunken"
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <label htmlFor="colleague-search" className="sr-only">
          Search colleagues by name
        </label>
        <input
          id="colleague-search"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Add a colleague: type a name"
          autoComplete="off"
          className={`${controlClass} mt-2`}
        />
        {matches.length > 0 && (
          <ul
            className="mt-1 divide-y divide-line rounded-lg border border-line bg-surface"
            aria-label="Matching colleagues"
          >
            {matches.map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  className="flex min-h-12 w-full items-center justify-between px-3 text-left hover:bg-sunken"
                  onClick={() => {
                    setPicked((all) => [
                      ...all,
                      { userId: c.id, name: c.name, role: c.kind === "backoffice" ? "backoffice" : "frontline" },
                    ]);
                    setQuery("");
                  }}
                >
                  <span className="font-medium">{c.name}</span>
                  <span className="text-sm text-ink-faint">
                    {[c.team, c.kind === "backoffice" ? "back-office" : "frontline"].filter(Boolean).join(" · ")}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {query.trim() && matches.length === 0 && (
          <p className="mt-1 text-sm text-ink-faint">No active colleague matches “{query}”.</p>
        )}
      </fieldset>

      <div>
        <label htmlFor="customer" className="block text-sm font-medium">
          Customer number (optional)
        </label>
        <p id="customer-hint" className="text-sm text-ink-faint">
          The loyalty or order-system number, if the till shows one: someone asked recently isn&apos;t asked again.
        </p>
        <input
          id="customer"
          name="customer"
          maxLength={128}
          autoComplete="off"
          aria-describedby="customer-hint"
          className={`${controlClass} mt-1`}
        />
      </div>

      <input
        type="hidden"
        name="coContributors"
        value={JSON.stringify(picked.map(({ userId, role }) => ({ userId, role })))}
      />
      {state.error && <Flash tone="bad">{state.error}</Flash>}
      <div className="sticky bottom-20 md:bottom-4">
        <Button type="submit" loading={pending} className="min-h-14 w-full text-lg shadow-lg">
          Show QR code
        </Button>
      </div>
    </form>
  );
}
