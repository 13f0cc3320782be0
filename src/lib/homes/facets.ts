import {
  CITIES,
  CITY_LABELS,
  LEVELS,
  LEVEL_LABELS,
  SECTORS,
  SECTOR_LABELS,
  UNIT_TYPES,
  UNIT_TYPE_LABELS,
  type City,
} from '../domain/vocab.ts';
import { homeFacetHref } from '../routes/urls.ts';
import { pinyinSlug } from './county-slug.ts';
import type { HomeFilter, HomeSummary } from './listing.ts';

// Build-time only (pinyin for county URLs): the in-page filter imports listing.ts, not this.

/** A facet: one dimension the list can be narrowed by, with a URL for each value. */
export interface FacetValue {
  facet: FacetName;
  value: string;
  label: string;
  filter: HomeFilter;
  /** URL of the first page of this filtered list. */
  href: string;
}
export const FACETS = ['city', 'county', 'type', 'level', 'sector', 'eight-haves'] as const;
export type FacetName = (typeof FACETS)[number];
export const FACET_LABELS: Record<FacetName, string> = {
  city: '所在市',
  county: '县（市、区）',
  type: '单位性质',
  level: '等级',
  sector: '所属领域',
  'eight-haves': '“八有”达标',
};

/** Every single-facet list a visitor can reach without JavaScript, with its URL. */
export function facetValues(homes: readonly HomeSummary[]): FacetValue[] {
  const v = (facet: FacetName, value: string, label: string, filter: HomeFilter): FacetValue => ({
    facet,
    value,
    label,
    filter,
    href: homeFacetHref(facet, value),
  });
  const counties = new Map<string, { city: City; county: string }>();
  for (const h of homes) counties.set(countySlug(h.city, h.county), { city: h.city, county: h.county });
  return [
    ...CITIES.map((c) => v('city', c, CITY_LABELS[c], { city: c })),
    ...[...counties]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([slug, c]) => v('county', slug, `${CITY_LABELS[c.city]}${c.county}`, { city: c.city, county: c.county })),
    ...UNIT_TYPES.map((t) => v('type', t, UNIT_TYPE_LABELS[t], { unitType: t })),
    ...[...LEVELS].reverse().map((l) => v('level', l, `${LEVEL_LABELS[l]}职工之家`, { level: l })),
    ...SECTORS.map((s) => v('sector', s, SECTOR_LABELS[s], { sector: s })),
    v('eight-haves', 'complete', '“八有”全部达标', { eightComplete: true }),
    v('eight-haves', 'incomplete', '“八有”尚未全部达标', { eightComplete: false }),
  ];
}

/** URL-safe name of a county within its city: `jinan-lixia-qu`. */
export function countySlug(city: City, county: string): string {
  return `${city}-${pinyinSlug(county)}`;
}
