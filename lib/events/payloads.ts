// The objects events carry (docs/events.md): `response`, `credited` and `followup`. Built from what
// the write already holds, so recording an event costs no extra read. Never a customer key or
// any contact detail: only what the organisation's own staff see on a case.

export type ResponsePayload = {
  id: string;
  interactionRef: string;
  touchpoint: string;
  answeredAt: string;
  locale: string;
  nps?: number;
  csat?: number;
  ces?: number;
  compare?: number;
  return?: number;
  comment?: string;
  choices?: string[];
};

export type CreditedPayload = { email: string; name: string; kind: string; role: string; weight: number }[];

export type FollowUpPayload = {
  id: string;
  status: string;
  openedAt: string;
  assignee?: { email: string; name: string };
  resolvedAt?: string;
  escalated: boolean;
};

/** A stored answer: absent scales and an absent comment are left out rather than null. */
export function responsePayload(r: {
  id: string;
  interactionRef: string;
  touchpoint: string;
  answeredAt: Date;
  locale: string;
  nps?: number | null;
  csat?: number | null;
  ces?: number | null;
  compare?: number | null;
  return?: number | null;
  comment?: string | null;
  /** an array, or the JSON text the Response row stores */
  choices?: string[] | string | null;
}): ResponsePayload {
  const out: ResponsePayload = {
    id: r.id,
    interactionRef: r.interactionRef,
    touchpoint: r.touchpoint,
    answeredAt: r.answeredAt.toISOString(),
    locale: r.locale,
  };
  for (const k of ["nps", "csat", "ces", "compare", "return"] as const) {
    const v = r[k];
    if (typeof v === "number") out[k] = v;
  }
  if (r.comment != null && r.comment.trim() !== "") out.comment = r.comment;
  const choices = typeof r.choices === "string" ? (JSON.parse(r.choices) as string[]) : r.choices;
  if (choices?.length) out.choices = choices;
  return out;
}

/** The people credited, one entry per person (the higher weight if named twice), by email. */
export function creditedPayload(
  credits: { email: string; name: string; kind: string; role: string; weight: number }[],
): CreditedPayload {
  const byEmail = new Map<string, CreditedPayload[number]>();
  for (const c of credits) {
    const prev = byEmail.get(c.email);
    if (!prev || c.weight > prev.weight)
      byEmail.set(c.email, { email: c.email, name: c.name, kind: c.kind, role: c.role, weight: c.weight });
  }
  return [...byEmail.values()].sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
}

export function followUpPayload(f: {
  id: string;
  status: string;
  openedAt: Date;
  assignee?: { email: string; name: string } | null;
  resolvedAt?: Date | null;
  escalatedAt?: Date | null;
}): FollowUpPayload {
  return {
    id: f.id,
    status: f.status,
    openedAt: f.openedAt.toISOString(),
    ...(f.assignee ? { assignee: { email: f.assignee.email, name: f.assignee.name } } : {}),
    ...(f.resolvedAt ? { resolvedAt: f.resolvedAt.toISOString() } : {}),
    escalated: f.escalatedAt != null,
  };
}

/** NPS 9–10 with a comment: praise worth passing on to the people credited. */
export function isKudos(r: { nps?: number | null; comment?: string | null }): boolean {
  return typeof r.nps === "number" && r.nps >= 9 && r.comment != null && r.comment.trim() !== "";
}
