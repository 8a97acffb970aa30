// Attribution expansion: turns the org's rules plus the contributors a request names into the
// interaction's contribution snapshot. Pure: no Prisma, no clock. The snapshot is taken once,
// at creation, so later rule or team changes never rewrite history (docs/scoring.md "Who a response credits").

export type ContributorRole = "frontline" | "backoffice";

export type AttributionRuleInput = {
  id: string;
  touchpointId: string | null; // null: every touchpoint
  teamId: string | null; // a rule names a team or a person
  userId: string | null;
  role: ContributorRole;
  weight: number; // (0, 1]
  windowStart: number | null; // minutes after local midnight, inclusive
  windowEnd: number | null; // minutes after local midnight, exclusive; may be < windowStart (wraps midnight)
  tag: string | null;
};

/** The org's active staff, each with their current team. Inactive people are simply absent. */
export type ActiveMember = { userId: string; teamId: string | null };

export type NamedContributor = { userId: string; role: ContributorRole; weight: number };

/** Why a person is in the snapshot: named by the request, added by a rule, or checked in on shift. */
export type CreditReason = "named" | "rule" | "shift";

export type Contribution = {
  userId: string;
  role: ContributorRole;
  weight: number;
  teamId: string | null;
  ruleId?: string;
  reason: CreditReason;
};

export type ExpandInput = {
  rules: AttributionRuleInput[];
  members: ActiveMember[];
  touchpointId: string;
  localMinutes: number; // the interaction's time, in minutes after midnight in the org's time zone
  tags: string[];
  named: NamedContributor[];
  /**
   * People checked in at the touchpoint at the interaction's time. They are credited (frontline,
   * weight 1) only when the request names nobody, so a kiosk or poster answer reaches whoever served.
   */
  onShift?: ActiveMember[];
};

const DAY = 24 * 60;

/**
 * Is `minutes` inside the rule's daily window? Start is inclusive, end exclusive. A window whose
 * end is before its start wraps midnight (22:00–02:00). A missing bound is open (start of day /
 * end of day); equal bounds mean the whole day, since an empty window would be a rule that never fires.
 */
export function inWindow(minutes: number, start: number | null, end: number | null): boolean {
  if (start === null && end === null) return true;
  const s = start ?? 0;
  const e = end ?? DAY;
  if (s === e) return true;
  return s < e ? minutes >= s && minutes < e : minutes >= s || minutes < e;
}

export function normaliseTag(tag: string) {
  return tag.trim().toLowerCase();
}

export function ruleApplies(
  rule: AttributionRuleInput,
  touchpointId: string,
  localMinutes: number,
  tags: ReadonlySet<string>,
) {
  if (rule.touchpointId !== null && rule.touchpointId !== touchpointId) return false;
  if (rule.tag !== null && !tags.has(normaliseTag(rule.tag))) return false;
  return inWindow(localMinutes, rule.windowStart, rule.windowEnd);
}

/**
 * The contribution snapshot. Request-named contributors come first, then rule matches in rule
 * order; the same person never appears twice and the higher weight wins (on a tie the earlier
 * entry stays, so a person the request names keeps the role the request gave).
 */
export function expandAttribution(input: ExpandInput): Contribution[] {
  const teamOf = new Map(input.members.map((m) => [m.userId, m.teamId]));
  const tags = new Set(input.tags.map(normaliseTag).filter(Boolean));
  const byUser = new Map<string, Contribution>();

  const offer = (c: Contribution) => {
    const current = byUser.get(c.userId);
    if (!current || c.weight > current.weight) byUser.set(c.userId, c);
  };

  for (const n of input.named)
    offer({ userId: n.userId, role: n.role, weight: n.weight, teamId: teamOf.get(n.userId) ?? null, reason: "named" });
  if (input.named.length === 0)
    for (const m of input.onShift ?? [])
      offer({ userId: m.userId, role: "frontline", weight: 1, teamId: m.teamId, reason: "shift" });

  for (const rule of input.rules) {
    if (!ruleApplies(rule, input.touchpointId, input.localMinutes, tags)) continue;
    if (rule.userId !== null) {
      // A person rule credits only an active person; their team is taken as it is today.
      if (teamOf.has(rule.userId))
        offer({
          userId: rule.userId,
          role: rule.role,
          weight: rule.weight,
          teamId: teamOf.get(rule.userId) ?? null,
          ruleId: rule.id,
          reason: "rule",
        });
    } else if (rule.teamId !== null) {
      for (const m of input.members) {
        if (m.teamId === rule.teamId)
          offer({
            userId: m.userId,
            role: rule.role,
            weight: rule.weight,
            teamId: m.teamId,
            ruleId: rule.id,
            reason: "rule",
          });
      }
    }
  }
  return [...byUser.values()];
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes after local midnight of `at` in `timeZone` (IANA), e.g. 10:00 in Helsinki → 600. */
export function localMinutes(at: Date, timeZone: string): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    formatters.set(timeZone, f);
  }
  let hour = 0;
  let minute = 0;
  for (const part of f.formatToParts(at)) {
    if (part.type === "hour") hour = Number(part.value);
    else if (part.type === "minute") minute = Number(part.value);
  }
  return (hour % 24) * 60 + minute;
}
