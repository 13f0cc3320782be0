/** What related-story ranking needs of a story. */
export interface StoryLike {
  id: string;
  data: { date: string; tags: string[]; homes: string[]; city?: string | undefined };
}

/**
 * Stories most like `story`: shared homes weigh most, then shared tags, then
 * the same city; ties go to the newer story. Stories with nothing in common
 * are left out.
 */
export function relatedStories<T extends StoryLike>(story: T, all: readonly T[], limit = 3): T[] {
  const score = (other: T) =>
    other.data.homes.filter((h) => story.data.homes.includes(h)).length * 4 +
    other.data.tags.filter((t) => story.data.tags.includes(t)).length * 2 +
    (story.data.city && other.data.city === story.data.city ? 1 : 0);
  return all
    .filter((o) => o.id !== story.id)
    .map((o) => ({ o, s: score(o) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || b.o.data.date.localeCompare(a.o.data.date))
    .slice(0, limit)
    .map((x) => x.o);
}

/** Newest first, by date then id, so previous/next are stable. */
export function byNewest<T extends StoryLike>(stories: readonly T[]): T[] {
  return [...stories].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}

/** The story before and after `id` in newest-first order (previous = newer). */
export function neighboursOf<T extends StoryLike>(id: string, sorted: readonly T[]): { newer?: T; older?: T } {
  const at = sorted.findIndex((s) => s.id === id);
  return {
    ...(at > 0 ? { newer: sorted[at - 1] } : {}),
    ...(at >= 0 && at < sorted.length - 1 ? { older: sorted[at + 1] } : {}),
  };
}
