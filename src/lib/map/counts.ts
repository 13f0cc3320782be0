import { CITIES, LEVELS, type City, type Level } from '../domain/vocab.ts';

/** How many homes a city has at each level, and in all. */
export type CityCounts = Record<Level, number> & { total: number };

/** Homes counted by city and level; every one of the 16 cities is present, with zeros. */
export function countHomesByCity(homes: readonly { city: City; level: Level }[]): Record<City, CityCounts> {
  const counts = Object.fromEntries(
    CITIES.map((c) => [c, { ...Object.fromEntries(LEVELS.map((l) => [l, 0])), total: 0 }]),
  ) as Record<City, CityCounts>;
  for (const h of homes) {
    const c = counts[h.city];
    c[h.level] += 1;
    c.total += 1;
  }
  return counts;
}

/** The province's counts: the cities added up. */
export function provinceCounts(counts: Record<City, CityCounts>): CityCounts {
  const all = { qualified: 0, advanced: 0, model: 0, total: 0 };
  for (const c of CITIES) for (const k of [...LEVELS, 'total'] as const) all[k] += counts[c][k];
  return all;
}
