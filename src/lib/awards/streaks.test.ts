import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEVELS } from '../domain/vocab.ts';
import {
  consecutiveModelYears,
  consecutiveRuns,
  currentModelStreak,
  isEligibleForMayDay,
  modelYears,
  type YearTitle,
} from './streaks.ts';

const model = (year: number, revoked = false): YearTitle => ({ year, level: 'model', revoked });

describe('R4: consecutive model years', () => {
  it.each([
    ['three model years', [model(2021), model(2022), model(2023)], 3, true],
    ['two model years', [model(2022), model(2023)], 2, false],
    ['a gap year', [model(2019), model(2020), model(2022), model(2023)], 2, false],
    ['a revoked middle year', [model(2021), model(2022, true), model(2023)], 1, false],
    ['a revoked latest year', [model(2021), model(2022), model(2023), model(2024, true)], 0, false],
    [
      'a lower title in the latest year',
      [model(2019), model(2020), model(2021), { year: 2022, level: 'advanced', revoked: false }],
      0,
      false,
    ],
    ['a city and a provincial title in one year', [model(2021), model(2022), model(2022), model(2023)], 3, true],
    ['across the programme start', [model(2018), model(2019), model(2020)], 3, true],
    ['no titles', [], 0, false],
  ] as [string, YearTitle[], number, boolean][])('%s', (_, titles, years, eligible) => {
    expect(consecutiveModelYears(titles)).toBe(years);
    expect(isEligibleForMayDay(titles)).toBe(eligible);
  });

  it('splits runs at gaps', () => {
    expect(consecutiveRuns([2023, 2019, 2020, 2022, 2025])).toEqual([
      { from: 2019, to: 2020, length: 2 },
      { from: 2022, to: 2023, length: 2 },
      { from: 2025, to: 2025, length: 1 },
    ]);
  });
});

const titles = fc.array(
  fc.record({ year: fc.integer({ min: 2018, max: 2030 }), level: fc.constantFrom(...LEVELS), revoked: fc.boolean() }),
  { maxLength: 20 },
);

/** The rule said plainly: count back from the latest year while each year has a model title not revoked. */
function naiveStreak(list: YearTitle[]): number {
  if (!list.length) return 0;
  const held = new Set(list.filter((t) => t.level === 'model' && !t.revoked).map((t) => t.year));
  let year = Math.max(...list.map((t) => t.year));
  let n = 0;
  while (held.has(year)) {
    n += 1;
    year -= 1;
  }
  return n;
}

describe('R4: properties', () => {
  it('agrees with counting back year by year', () => {
    fc.assert(fc.property(titles, (list) => consecutiveModelYears(list) === naiveStreak(list)));
  });

  it('a revoked year breaks any streak that would run through it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2018, max: 2028 }),
        fc.integer({ min: 3, max: 8 }),
        fc.nat(),
        (from, length, pick) => {
          const years = [...Array(length).keys()].map((i) => from + i);
          const broken = years[1 + (pick % (length - 2))] ?? from + 1;
          const list = years.map((y) => model(y, y === broken));
          expect(consecutiveModelYears(years.map((y) => model(y)))).toBe(length);
          expect(consecutiveModelYears(list)).toBe(from + length - 1 - broken);
          expect(modelYears(list)).not.toContain(broken);
        },
      ),
    );
  });

  it('the runs cover exactly the model years and never touch each other', () => {
    fc.assert(
      fc.property(titles, (list) => {
        const runs = consecutiveRuns(modelYears(list));
        expect(runs.flatMap((r) => [...Array(r.length).keys()].map((i) => r.from + i))).toEqual(modelYears(list));
        runs.slice(1).forEach((r, i) => expect(r.from).toBeGreaterThan((runs[i]?.to ?? 0) + 1));
        expect(currentModelStreak(list)?.length ?? 0).toBe(naiveStreak(list));
      }),
    );
  });
});
