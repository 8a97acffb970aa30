// Scores straight from an interchange document, with no database: the reference the rollups
// and the export are tested against.
import { credit, type Credited } from "./credit";
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
  const credits = new Map<string, Credited<string, string>>();
  for (const i of doc.interactions)
    credits.set(
      i.ref,
      credit(
        i.contributors.map((c) => {
          const email = c.email.toLowerCase();
          return { person: email, team: teamOf.get(email) ?? null, weight: c.weight ?? 1 };
        }),
      ),
    );

  const org = emptySums();
  const staff = new Map<string, ScoreSums>(doc.staff.map((s) => [s.email.toLowerCase(), emptySums()]));
  const teams = new Map<string, ScoreSums>();
  for (const s of doc.staff) if (s.team) teams.set(s.team, emptySums());

  for (const r of doc.responses) {
    addAnswer(org, r);
    const credited = credits.get(r.interactionRef);
    if (!credited) continue;
    for (const [email, weight] of credited.people) {
      let sums = staff.get(email);
      if (!sums) staff.set(email, (sums = emptySums()));
      addAnswer(sums, r, weight);
    }
    for (const team of credited.teams) {
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
