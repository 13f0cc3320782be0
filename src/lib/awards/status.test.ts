import { describe, expect, it } from 'vitest';
import { award, honoursFile, run, topTenWorld } from './testing.ts';

const passed = { review: { date: '2024-05-10', result: 'pass' } };
const city = (year: number, fields: object = {}) =>
  award(year, { home: 'h', level: 'advanced', conferrer: '济南市总工会', serial: `济工家证〔${year}〕1`, ...fields });

describe('the status of a title', () => {
  it('walks a title through valid, re-review due, confirmed, superseded', () => {
    const files = topTenWorld([2021, 2024], { common: passed, homes: [{ id: 'h' }], extra: { 2021: [city(2021)] } });
    expect(run(files, '2023-01-01').awards.get('2021-h')?.status).toEqual({ kind: 'valid', reviewDueOn: '2024-04-26' });
    expect(run(files, '2024-05-01').awards.get('2021-h')?.status).toEqual({
      kind: 're-review-due',
      dueOn: '2024-04-26',
      overdue: false,
    });
    const reviewed = topTenWorld(2021, { common: passed, homes: [{ id: 'h' }], extra: { 2021: [city(2021, passed)] } });
    expect(run(reviewed, '2024-06-01').awards.get('2021-h')?.status).toEqual({
      kind: 'confirmed',
      confirmedOn: '2024-05-10',
      reviewDueOn: '2027-05-10',
    });
    const renamed = topTenWorld([2021, 2024], {
      homes: [{ id: 'h' }],
      extra: { 2021: [city(2021, passed)], 2024: [city(2024, { level: 'model' })] },
    });
    const later = run(renamed, '2025-01-01');
    expect(later.awards.get('2021-h')?.status).toEqual({ kind: 'superseded', by: '2024-h' });
    expect(later.homes.get('h')?.currentTitle?.id).toBe('2024-h');
    expect(later.problems).toEqual([]);
  });

  it('marks the titles of a draft list as not conferred', () => {
    const report = run(
      [...topTenWorld(2024, { homes: [{ id: 'h' }] }), honoursFile(2025, 'draft', [city(2025)])],
      '2025-03-01',
    );
    expect(report.awards.get('2025-h')?.status).toEqual({ kind: 'draft' });
    expect(report.homes.get('h')?.awards).toEqual([]);
  });

  it('shows the rectification days left and then the revocation due', () => {
    const rect = { review: { date: '2024-05-10', result: 'fail' }, rectification: { deadline: '2024-11-10' } };
    const files = topTenWorld(2021, { common: passed, homes: [{ id: 'h' }], extra: { 2021: [city(2021, rect)] } });
    expect(run(files, '2024-11-10').homes.get('h')?.currentTitle?.status).toEqual({
      kind: 'rectifying',
      since: '2024-05-10',
      deadline: '2024-11-10',
      daysLeft: 0,
    });
    expect(run(files, '2024-11-11').awards.get('2021-h')?.status).toEqual({
      kind: 'revocation-due',
      deadline: '2024-11-10',
      reason: 'overdue',
    });
  });
});

describe('R4: May Day eligibility, derived', () => {
  const revoked = { date: '2023-08-01', by: '山东省总工会', reason: '测试' };

  it('lists a home and its chair after three model years running', () => {
    const report = run(topTenWorld([2021, 2022, 2023]), '2024-01-10');
    expect(report.problems).toEqual([]);
    expect(report.homes.get('top-0')?.currentStreak).toEqual({ from: 2021, to: 2023, length: 3 });
    expect(report.mayDayEligible.map((h) => h.holder.id)).toContain('top-0');
    expect(report.people.get('chair-0')?.mayDayEligible).toBe(true);
  });

  it('a revoked year breaks the streak', () => {
    const files = topTenWorld([2021, 2022, 2023]).map(([path, text]): [string, string] => [
      path,
      path === 'honors/2022.yaml'
        ? text.replace(
            'home: top-0\n',
            `home: top-0\n    revoked: { date: ${revoked.date}, by: ${revoked.by}, reason: ${revoked.reason} }\n`,
          )
        : text,
    ]);
    const report = run(files, '2024-01-10');
    expect(report.problems).toEqual([]);
    expect(report.homes.get('top-0')?.modelYears).toEqual([2021, 2023]);
    expect(report.homes.get('top-0')?.mayDayEligible).toBe(false);
    expect(report.homes.get('top-1')?.mayDayEligible).toBe(true);
  });

  it('near miss: two years are not enough', () => {
    expect(run(topTenWorld([2022, 2023]), '2024-01-10').mayDayEligible).toEqual([]);
  });
});
