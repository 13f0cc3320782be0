import { describe, expect, it } from 'vitest';
import { provinceYear } from './aggregate.ts';
import { figureOf, figuresOf, trendOf } from './indicators.ts';
import { cityFigures, coverageOf, yearFigures } from './test-data.ts';

describe('figureOf', () => {
  it('judges the eight sectors by the lowest one ("均达到": every sector)', () => {
    const c = cityFigures(90);
    c.unionisation.markets = 20; // one city far behind in one sector pulls that sector to 85.6
    const p = provinceYear(yearFigures(2020, 90, { jinan: c }));
    const f = figureOf(p, 'unionisation');
    expect(f).toMatchObject({ value: 85.6, met: true, lowest: '专业市场' });
    expect(f.mean).toBe(89.5); // (127 × 90 + 20) / 128 = 89.45…
  });

  it('marks a sector below 70% as missed even when the mean is above', () => {
    const p = provinceYear(yearFigures(2020, 90, {}));
    p.unionisation.towns.mean = 65;
    expect(figureOf(p, 'unionisation')).toMatchObject({ value: 65, met: false, lowest: '特色小镇' });
  });

  it('judges counts against the province targets', () => {
    const figures = figuresOf(provinceYear(yearFigures(2025, 75)));
    expect(figures.map((f) => [f.indicator, f.value, f.met])).toEqual([
      ['unionisation', 75, true],
      ['membership', 75, true],
      ['sixHaves', 80, true],
      ['eightHaves', 100, true],
      ['socialWorkers', 4000, true],
      ['firstChairs', 960, false],
    ]);
    expect(figures.at(-1)!.progress).toBe(96);
  });
});

describe('trendOf', () => {
  it('runs oldest first', () => {
    const c = coverageOf(yearFigures(2020, 72), yearFigures(2018, 50), yearFigures(2019, 65));
    expect(trendOf(c, 'membership').map((f) => [f.year, f.value, f.met])).toEqual([
      [2018, 50, false],
      [2019, 65, false],
      [2020, 72, true],
    ]);
  });
});
