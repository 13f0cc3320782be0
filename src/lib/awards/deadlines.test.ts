import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from './dates.ts';
import { isDeadlineAllowed, latestDeadline, rectificationOutcome, type Rectification } from './deadlines.ts';
import { isoDates } from './testing.ts';

describe('R8: a rectification deadline of at most six months', () => {
  it.each([
    ['2026-07-15', '2027-01-15', true],
    ['2026-07-15', '2027-01-16', false],
    ['2024-08-31', '2025-02-28', true],
    ['2024-08-31', '2025-03-01', false],
    ['2023-08-31', '2024-02-29', true],
    ['2023-08-31', '2024-03-01', false],
    ['2024-12-31', '2025-06-30', true],
    ['2024-12-31', '2025-07-01', false],
    ['2025-03-01', '2025-03-01', false],
  ])('ordered %s, deadline %s: %s', (since, deadline, allowed) => {
    expect(isDeadlineAllowed(since, deadline)).toBe(allowed);
  });

  it('exactly six calendar months is allowed, one day more is not', () => {
    fc.assert(
      fc.property(isoDates, (since) => {
        const limit = latestDeadline(since);
        expect(limit).toBe(addMonths(since, 6));
        expect(isDeadlineAllowed(since, limit)).toBe(true);
        expect(isDeadlineAllowed(since, addDays(limit, 1))).toBe(false);
      }),
    );
  });

  it('every day from the day after the order to the limit is allowed', () => {
    fc.assert(
      fc.property(isoDates, fc.integer({ min: 1, max: 184 }), (since, days) => {
        const deadline = addDays(since, days);
        return isDeadlineAllowed(since, deadline) === deadline <= latestDeadline(since);
      }),
    );
  });
});

describe('R8: the outcome of a rectification', () => {
  const base: Rectification = {
    since: '2026-07-15',
    deadline: '2027-01-15',
    result: undefined,
    closedOn: undefined,
    recorded: true,
  };

  it.each([
    [{}, '2027-01-15', 'open'],
    [{}, '2027-01-16', 'overdue'],
    [{ result: 'pass', closedOn: '2027-01-10' }, '2027-03-01', 'passed'],
    [{ result: 'pass', closedOn: '2027-01-16' }, '2027-03-01', 'overdue'],
    [{ result: 'fail', closedOn: '2026-12-01' }, '2026-12-02', 'failed'],
  ] as const)('%o on %s is %s', (fields, today, outcome) => {
    expect(rectificationOutcome({ ...base, ...fields }, today)).toBe(outcome);
  });
});
