// Scores straight from an interchange document, with no database: the reference the rollups
// and the export are tested against.
import { addAnswer, emptySums } from "./sums";
import { scoresFromSums } from "./scores";
import type { Answer, ScoreSums, ScoresDocument } from "./types";

/** The parts of an interchange-v1 document scoring needs (structural, so lib/interchange's parsed type fits). */
export type ScoringInput = {
  staff: { email: string; team?: string | null }[];
  interactions: { ref: string; contributors: { email: string; weight?: number }[] }[];
  responses: (Answer & { interactionRef: string })[];
};

export function computeScores(doc: ScoringInput): ScoresDocument {
  const teamOf = new Map(doc.staff.map((s) => [s.email.toLowerCase(), s.team ?? null]));
  // One credit per person per interaction; if a person is named twice the higher weight wins.
  const credits = new Map<string, Map<string, number>>();
  for (const i of doc.interactions) {
    const byEmail = new Map<string, number>();
    for (const c of i.contributors) {
      const email = c.email.toLowerCase();
      byEmail.set(email, Math.max(byEmail.get(email) ?? 0, c.weight ?? 1));
    }
    credits.set(i.ref, byEmail);
  }

  const org = emptySums();
  const staff = new Map<string, ScoreSums>(doc.staff.map((s) => [s.email.toLowerCase(), emptySums()]));
  const teams = new Map<string, ScoreSums>();
  for (const s of doc.staff) if (s.team) teams.set(s.team, emptySums());

  for (const r of doc.responses) {
    addAnswer(org, r);
    const byEmail = credits.get(r.interactionRef) ?? new Map<string, number>();
    const creditedTeams = new Set<string>();
    for (const [email, weight] of byEmail) {
      let sums = staff.get(email);
      if (!sums) staff.set(email, (sums = emptySums()));
      addAnswer(sums, r, weight);
      const team = teamOf.get(email);
      if (team) creditedTeams.add(team);
    }
    // A team counts each response that credits at least one member once, weight 1.
    for (const team of creditedTeams) {
      let sums = teams.get(team);
      if (!sums) teams.set(team, (sums = emptySums()));
      addAnswer(sums, r);
    }
  }

  const orgScores = scoresFromSums(org);
  return {
    org: orgScores,
    staff: [...staff.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([email, sums]) => ({ email, ...scoresFromSums(sums, org) })),
    teams: [...teams.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([team, sums]) => ({ team, ...scoresFromSums(sums) })),
  };
}
