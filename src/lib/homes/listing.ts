import { EIGHT_HAVES, LEVELS, type City, type Level, type Sector, type UnitType } from '../domain/vocab.ts';
import type { HomeBasics, HomeData } from '../schemas/homes.ts';

/** What a list needs of a home: small enough to ship as JSON for in-page filtering. */
export interface HomeSummary extends HomeBasics, Pick<HomeData, 'level' | 'sector' | 'year' | 'sample'> {
  id: string;
  /** All eight 八有 standards met. */
  eightComplete: boolean;
  /** Number of honours in the honour rolls. */
  honours: number;
  /** Cover image (thumbnail URL and alt), filled in by the page that has the image pipeline. */
  img?: string;
  alt?: string;
}

export function summarise(
  id: string,
  d: Omit<HomeSummary, 'id' | 'eightComplete' | 'honours'> & { eightHaves: Record<string, boolean> },
  honours = 0,
): HomeSummary {
  const { title, unit, city, county, unitType, level, sector, year, sample } = d;
  const eightComplete = EIGHT_HAVES.every((k) => d.eightHaves[k]);
  return { id, title, unit, city, county, unitType, level, sector, year, sample, eightComplete, honours };
}

/** The list's filters; each is optional. */
export interface HomeFilter {
  city?: City;
  county?: string;
  unitType?: UnitType;
  level?: Level;
  sector?: Sector;
  eightComplete?: boolean;
}
export const SORTS = ['level', 'name', 'year'] as const;
export type HomeSort = (typeof SORTS)[number];
export const SORT_LABELS: Record<HomeSort, string> = { level: '按等级', name: '按名称', year: '按年份（新的在前）' };

export function matches(h: HomeSummary, f: HomeFilter): boolean {
  return (
    (!f.city || h.city === f.city) &&
    (!f.county || h.county === f.county) &&
    (!f.unitType || h.unitType === f.unitType) &&
    (!f.level || h.level === f.level) &&
    (!f.sector || h.sector === f.sector) &&
    (f.eightComplete === undefined || h.eightComplete === f.eightComplete)
  );
}

const byName = (a: HomeSummary, b: HomeSummary) => a.title.localeCompare(b.title, 'zh-CN') || a.id.localeCompare(b.id);
const COMPARE: Record<HomeSort, (a: HomeSummary, b: HomeSummary) => number> = {
  level: (a, b) => LEVELS.indexOf(b.level) - LEVELS.indexOf(a.level) || byName(a, b),
  name: byName,
  year: (a, b) => b.year - a.year || byName(a, b),
};

/** Filters and sorts: the one definition both the static pages and the in-page filter use. */
export function filterHomes(homes: readonly HomeSummary[], f: HomeFilter, sort: HomeSort = 'level'): HomeSummary[] {
  return homes.filter((h) => matches(h, f)).sort(COMPARE[sort]);
}

/** Homes per list page: small pages stay fast at 10,000 homes. */
export const PAGE_SIZE = 24;

/**
 * The page numbers a pager shows: all of them for a short list; for a long
 * one the first, the last and two on each side of the current page, with
 * `null` where numbers are left out. A list of 400 pages would otherwise put
 * 400 links on each of its 400 pages.
 */
export function pagerItems(page: number, pages: number, around = 2): (number | null)[] {
  if (pages <= 2 * around + 5) return Array.from({ length: pages }, (_, i) => i + 1);
  let from = Math.max(2, Math.min(page - around, pages - 2 * around - 1));
  let to = Math.min(pages - 1, Math.max(page + around, 2 * around + 2));
  // A gap would hide a single number: show the number instead.
  if (from === 3) from = 2;
  if (to === pages - 2) to = pages - 1;
  return [
    1,
    ...(from > 2 ? [null] : []),
    ...Array.from({ length: to - from + 1 }, (_, i) => from + i),
    ...(to < pages - 1 ? [null] : []),
    pages,
  ];
}
