import type { HomeSummary } from './listing.ts';
import { summarise } from './listing.ts';

type HomeLike = { id: string; data: Parameters<typeof summarise>[1] };
type HonourYearLike = { data: { awards: { home?: string | undefined }[] } };

/** Summaries of all homes with their honour counts, for lists and the in-page filter. */
export function homeSummaries(homes: readonly HomeLike[], honourYears: readonly HonourYearLike[]): HomeSummary[] {
  const honours = new Map<string, number>();
  for (const y of honourYears)
    for (const a of y.data.awards) if (a.home) honours.set(a.home, (honours.get(a.home) ?? 0) + 1);
  return homes.map((h) => summarise(h.id, h.data, honours.get(h.id) ?? 0));
}
