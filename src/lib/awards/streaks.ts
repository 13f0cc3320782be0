import type { Level } from '../domain/vocab.ts';
import type { Streak } from './types.ts';

/** R4, art. 5: 连续三年保持模范荣誉称号. */
export const MAY_DAY_STREAK = 3;

/** One year's title of a holder, as R4 sees it (final lists only). */
export interface YearTitle {
  year: number;
  level: Level;
  revoked: boolean;
}

/** R4, art. 5: the years a model title was held; a revoked title does not count. */
export function modelYears(titles: readonly YearTitle[]): number[] {
  const years = new Set(titles.filter((t) => t.level === 'model' && !t.revoked).map((t) => t.year));
  return [...years].sort((a, b) => a - b);
}

/** Runs of consecutive years, e.g. [2019, 2020, 2022] -> 2019-2020, 2022. */
export function consecutiveRuns(years: readonly number[]): Streak[] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: Streak[] = [];
  for (const year of sorted) {
    const last = runs.at(-1);
    if (last && last.to === year - 1) {
      last.to = year;
      last.length += 1;
    } else runs.push({ from: year, to: year, length: 1 });
  }
  return runs;
}

/**
 * R4, art. 5: the model years running up to the holder's latest year on
 * record. A year without a model title, or whose model title was revoked,
 * ends the streak.
 */
export function currentModelStreak(titles: readonly YearTitle[]): Streak | undefined {
  if (!titles.length) return undefined;
  const latest = Math.max(...titles.map((t) => t.year));
  const last = consecutiveRuns(modelYears(titles)).at(-1);
  return last && last.to === latest ? last : undefined;
}

/** R4, art. 5: how many consecutive model years the holder has now. */
export function consecutiveModelYears(titles: readonly YearTitle[]): number {
  return currentModelStreak(titles)?.length ?? 0;
}

/** R4, art. 5: eligible to be recommended for the next level's May Day labour award. Derived, never typed in. */
export function isEligibleForMayDay(titles: readonly YearTitle[]): boolean {
  return consecutiveModelYears(titles) >= MAY_DAY_STREAK;
}
