import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRealDate } from '../schemas/common.ts';
import { addDays, addMonths, addYears, daysBetween, daysInMonth } from './dates.ts';
import { isoDates } from './testing.ts';

describe('addMonths', () => {
  it.each([
    ['2024-08-31', 6, '2025-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2024-03-15', 6, '2024-09-15'],
    ['2024-07-15', 6, '2025-01-15'],
    ['2024-12-31', 2, '2025-02-28'],
    ['2024-05-31', 1, '2024-06-30'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-01-31', -2, '2024-11-30'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('clamps to the last day of the target month and keeps every other day', () => {
    fc.assert(
      fc.property(isoDates, fc.integer({ min: -36, max: 36 }), (date, months) => {
        const result = addMonths(date, months);
        expect(isRealDate(result)).toBe(true);
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        const [ry, rm, rd] = result.split('-').map(Number) as [number, number, number];
        expect(ry * 12 + rm - (y * 12 + m)).toBe(months);
        expect(rd).toBe(Math.min(d, daysInMonth(ry, rm)));
      }),
    );
  });

  it('never goes backwards for a positive number of months', () => {
    fc.assert(fc.property(isoDates, fc.integer({ min: 1, max: 24 }), (date, months) => addMonths(date, months) > date));
  });
});

describe('addYears and days', () => {
  it('maps 29 February to 28 February in a common year', () => {
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('counts days across month and year ends', () => {
    expect(daysBetween('2026-11-24', '2027-01-15')).toBe(52);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  });

  it('addDays and daysBetween undo each other', () => {
    fc.assert(
      fc.property(
        isoDates,
        fc.integer({ min: -1000, max: 1000 }),
        (date, days) => daysBetween(date, addDays(date, days)) === days,
      ),
    );
  });
});
