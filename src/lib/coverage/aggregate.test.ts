import { describe, expect, it } from 'vitest';
import { cityRow, latestYear, meanOf, percentOf, provinceYear, yearsInOrder } from './aggregate.ts';
import { cityFigures, coverageOf, yearFigures } from './test-data.ts';

describe('meanOf and percentOf', () => {
  it.each([
    [[70, 71], 70.5],
    [[1, 2, 2], 1.7],
    [[69.96], 70],
  ])('mean of %j is %d', (values, mean) => expect(meanOf(values)).toBe(mean));

  it('refuses a mean of nothing', () => expect(() => meanOf([])).toThrow());

  it.each([
    [1, 3, 33.3],
    [2, 3, 66.7],
    [0, 0, 0],
    [5, 5, 100],
  ])('%i of %i is %d%%', (part, whole, pct) => expect(percentOf(part, whole)).toBe(pct));
});

describe('provinceYear', () => {
  // Jinan is big and behind; the 15 others have 100 unions each with 80 meeting 六有.
  const year = yearFigures(2020, 80, {
    jinan: cityFigures(40, { grassrootsUnions: 500, sixHavesMet: 100, positions: 150, eightHavesMet: 0 }),
  });
  const p = provinceYear(year);

  it('adds counts up and weighs the 六有 and 八有 rates by them', () => {
    expect(p.grassrootsUnions).toBe(15 * 100 + 500);
    expect(p.sixHavesMet).toBe(15 * 80 + 100);
    // (1200 + 100) / 2000, not the mean of the cities' rates (15 × 80% and 20%: 76.3%)
    expect(p.sixHavesRate).toBe(65);
    expect(p.eightHavesRate).toBe(percentOf(15 * 50, 15 * 50 + 150));
    expect(p.socialWorkers).toBe(16 * 250);
    expect(p.firstChairs).toBe(16 * 60);
  });

  it('takes the plain mean of the cities for sector and group rates, with the cities meeting 70%', () => {
    expect(p.unionisation.parks).toEqual({
      mean: 77.5, // (15 × 80 + 40) / 16
      sum: 1240,
      citiesMeeting: 15,
      cities: 16,
      lowest: { city: 'jinan', value: 40 },
    });
    expect(p.membership.couriers.mean).toBe(77.5);
  });
});

describe('cityRow', () => {
  it('lists the sectors and groups a city has not brought to 70%', () => {
    const c = cityFigures(75, { sixHavesMet: 79 });
    c.unionisation.towns = 69;
    c.membership.carers = 70;
    const row = cityRow('heze', c);
    expect(row.sectorsBelow).toEqual(['towns']);
    expect(row.groupsBelow).toEqual([]);
    expect(row.sectorMean).toBe(meanOf([75, 75, 69, 75, 75, 75, 75, 75]));
    expect(row.sixHavesRate).toBe(79);
    expect(row.eightHavesRate).toBe(100);
  });
});

describe('years', () => {
  it('orders years and finds the latest, whatever order the file has', () => {
    const c = coverageOf(yearFigures(2021, 70), yearFigures(2019, 60), yearFigures(2020, 65));
    expect(yearsInOrder(c).map((y) => y.year)).toEqual([2019, 2020, 2021]);
    expect(latestYear(c).year).toBe(2021);
  });
});
