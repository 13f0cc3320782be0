import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CITIES, LEVELS, SECTORS, UNIT_TYPES } from '../domain/vocab.ts';
import { facetValues } from './facets.ts';
import { filterHomes, matches, pagerItems, type HomeSummary } from './listing.ts';

const home = (id: string, extra: Partial<HomeSummary> = {}): HomeSummary => ({
  id,
  title: id,
  unit: id,
  city: 'jinan',
  county: '历下区',
  unitType: 'state-owned',
  level: 'model',
  sector: 'parks',
  year: 2020,
  eightComplete: true,
  honours: 0,
  sample: true,
  ...extra,
});

describe('filterHomes', () => {
  const homes = [
    home('a', { level: 'qualified', year: 2024 }),
    home('b', { city: 'qingdao', county: '黄岛区' }),
    home('c', { eightComplete: false, year: 2019 }),
  ];
  it('sorts by level, model first, then by name', () =>
    expect(filterHomes(homes, {}).map((h) => h.id)).toEqual(['b', 'c', 'a']));
  it('sorts by year, newest first', () =>
    expect(filterHomes(homes, {}, 'year').map((h) => h.id)).toEqual(['a', 'b', 'c']));
  it('combines filters', () =>
    expect(filterHomes(homes, { city: 'jinan', eightComplete: true }).map((h) => h.id)).toEqual(['a']));
  it('treats eightComplete: false as a filter, not as "any"', () =>
    expect(filterHomes(homes, { eightComplete: false }).map((h) => h.id)).toEqual(['c']));
});

describe('facetValues', () => {
  it('gives every county its own URL within its city', () => {
    const values = facetValues([home('a'), home('b', { city: 'qingdao', county: '黄岛区' })]);
    const counties = values.filter((v) => v.facet === 'county');
    expect(counties.map((c) => [c.href, c.label])).toEqual([
      ['/homes/county/jinan-lixiaqu/', '济南市历下区'],
      ['/homes/county/qingdao-huangdaoqu/', '青岛市黄岛区'],
    ]);
  });
  it('partitions the homes: each home is in exactly one value of each facet', () => {
    const arb = fc.record({
      city: fc.constantFrom(...CITIES),
      level: fc.constantFrom(...LEVELS),
      unitType: fc.constantFrom(...UNIT_TYPES),
      sector: fc.constantFrom(...SECTORS),
      eightComplete: fc.boolean(),
      county: fc.constantFrom('历下区', '市中区', '城阳区'),
    });
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 40 }), (parts) => {
        const homes = parts.map((p, i) => home(`h${i}`, p));
        const values = facetValues(homes);
        for (const facet of ['city', 'county', 'type', 'level', 'sector', 'eight-haves'] as const) {
          for (const h of homes) {
            expect(values.filter((v) => v.facet === facet && matches(h, v.filter))).toHaveLength(1);
          }
        }
      }),
    );
  });
});

describe('pagerItems', () => {
  it('shows every page of a short list', () => {
    expect(pagerItems(1, 1)).toEqual([1]);
    expect(pagerItems(4, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
  it('keeps the first, the last and two pages either side of the current one', () => {
    expect(pagerItems(1, 400)).toEqual([1, 2, 3, 4, 5, 6, null, 400]);
    expect(pagerItems(200, 400)).toEqual([1, null, 198, 199, 200, 201, 202, null, 400]);
    expect(pagerItems(400, 400)).toEqual([1, null, 395, 396, 397, 398, 399, 400]);
    expect(pagerItems(4, 20)).toEqual([1, 2, 3, 4, 5, 6, null, 20]);
    expect(pagerItems(5, 20)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 20]);
  });
  it('always holds the current page, its neighbours, the first and the last, in order', () =>
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 499 }), (pages, at) => {
        const page = (at % pages) + 1;
        const items = pagerItems(page, pages);
        const numbers = items.filter((n) => n !== null);
        for (const n of [1, page, pages, page - 1, page + 1].filter((n) => n >= 1 && n <= pages))
          expect(numbers).toContain(n);
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
        expect(items.length).toBeLessThanOrEqual(9);
        items.forEach((n, i) => {
          if (n === null) expect(items[i + 1]! - items[i - 1]!).toBeGreaterThan(1);
        });
      }),
    ));
});
