/**
 * Putting the answers of several Pagefind searches into one list of results
 * (README.md beside this file). Pure and browser-safe.
 */

/** What Pagefind says of a result before its data is loaded. */
export interface Hit {
  id: string;
  score: number;
}

/**
 * One list from a search for the words as typed and a wider one that also
 * takes their synonyms (which finds every page the first does): each page
 * keeps its score in the wider search, times `synonymWeight` when only a
 * synonym is on it.
 */
export function preferExact<T extends Hit>(exact: readonly T[], wider: readonly T[], synonymWeight: number): T[] {
  const typed = new Set(exact.map((r) => r.id));
  const weight = (r: T) => (typed.has(r.id) ? r.score : r.score * synonymWeight);
  return [...wider].sort((a, b) => weight(b) - weight(a));
}

/** A result of a partial search, with the concepts (by index) its page holds. */
export type Partial<T> = T & { matched: number[] };

/**
 * When no page holds every concept: the pages that hold some, one search
 * per concept, ranked by how many concepts they hold, then by their summed
 * score.
 */
export function mostConceptsFirst<T extends Hit>(perConcept: readonly (readonly T[])[]): Partial<T>[] {
  const byId = new Map<string, { hit: T; matched: number[]; score: number }>();
  perConcept.forEach((hits, concept) => {
    for (const hit of hits) {
      const entry = byId.get(hit.id) ?? { hit, matched: [], score: 0 };
      entry.matched.push(concept);
      entry.score += hit.score;
      byId.set(hit.id, entry);
    }
  });
  return [...byId.values()]
    .sort((a, b) => b.matched.length - a.matched.length || b.score - a.score)
    .map((e) => ({ ...e.hit, matched: e.matched }));
}
