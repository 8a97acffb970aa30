// The crediting rule of docs/scoring.md, written once: what one response credits, given the
// contributors of its interaction. Each person once, at their weight (the higher one if they are
// named twice); each distinct team among them once, at weight 1 (a team counts a response once,
// however many of its members shaped it). The org and the touchpoint always count it at weight 1.
// Used by the rollups written on ingest and import, the exact raw-response export and the
// document-only reference scorer, so the three can never disagree.

export type Contributor<P, T> = { person: P; team: T | null; weight: number };
export type Credited<P, T> = { people: Map<P, number>; teams: Set<T> };

export function credit<P, T>(contributors: Iterable<Contributor<P, T>>): Credited<P, T> {
  const people = new Map<P, number>();
  const teams = new Set<T>();
  for (const c of contributors) {
    const prev = people.get(c.person);
    if (prev === undefined || c.weight > prev) people.set(c.person, c.weight);
    if (c.team !== null) teams.add(c.team);
  }
  return { people, teams };
}
