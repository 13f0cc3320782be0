import { describe, expect, it } from 'vitest';
import { lineOf, oldCityTitle, run, textOf, topTenWorld, where } from './testing.ts';

const failed = { date: '2024-05-10', result: 'fail' };
/** Top ten of 2021 all passed re-review in 2024; home `old`'s city title has `fields`. */
function world(fields: object) {
  const title = oldCityTitle(fields);
  return topTenWorld(2021, {
    common: { review: { date: '2024-05-10', result: 'pass' } },
    extra: { 2021: [title] },
    homes: [{ id: 'old' }],
  });
}
/** The R8 problems found, and where `needles` are (each searched after `id: 2021-old`, or after a `[needle, after]`). */
function r8(
  fields: object,
  today: string,
  ...needles: (string | [string, string])[]
): { found: string[]; expected: string[] } {
  const files = world(fields);
  const text = textOf(files, 'honors/2021.yaml');
  const at = (n: string | [string, string]) =>
    typeof n === 'string' ? lineOf(text, n, 'id: 2021-old') : lineOf(text, n[0], n[1]);
  return {
    found: where(run(files, today).problems, 'R8'),
    expected: needles.map((n) => `content/honors/2021.yaml:${at(n)}`),
  };
}
const revoked = { date: '2024-11-20', by: '济南市总工会', reason: '逾期未整改' };

describe('R8: rectification and revocation', () => {
  const toDeadline = { review: failed, rectification: { deadline: '2024-11-10' } };
  it.each<[string, object, string, (string | [string, string])[]]>([
    ['a failed re-review with no rectification', { review: failed }, '2024-06-01', ['result: fail']],
    [
      'a deadline one day past six months',
      { review: failed, rectification: { deadline: '2024-11-11' } },
      '2024-06-01',
      ['deadline: 2024-11-11'],
    ],
    ['a title past its deadline that was not revoked', toDeadline, '2024-11-11', ['deadline: 2024-11-10']],
    [
      'a title still failing after rectification that was not revoked',
      { review: failed, rectification: { deadline: '2024-11-10', result: 'fail', closedOn: '2024-11-01' } },
      '2024-11-05',
      [['result: fail', 'rectification:']],
    ],
    [
      'a revocation by a body other than the conferrer',
      { ...toDeadline, revoked: { ...revoked, by: '山东省总工会' } },
      '2025-01-10',
      ['by: 山东省总工会'],
    ],
    [
      'a revocation before the deadline with no rectification result',
      { ...toDeadline, revoked: { ...revoked, date: '2024-08-01' } },
      '2025-01-10',
      ['date: 2024-08-01'],
    ],
    [
      'a pass after the deadline',
      { review: failed, rectification: { deadline: '2024-11-10', result: 'pass', closedOn: '2024-11-12' } },
      '2025-01-10',
      ['deadline: 2024-11-10', 'closedOn: 2024-11-12'],
    ],
    [
      'a rectification with no start when no re-review failed',
      { rectification: { deadline: '2024-11-10' } },
      '2024-06-01',
      ['deadline: 2024-11-10'],
    ],
  ])('reports %s', (_what, fields, today, needles) => {
    const { found, expected } = r8(fields, today, ...needles);
    expect(found).toEqual(expected);
  });

  it('near miss: a deadline exactly six months after the failed re-review', () => {
    const report = run(world({ review: failed, rectification: { deadline: '2024-11-10' } }), '2024-06-01');
    expect(report.problems).toEqual([]);
    expect(report.awards.get('2021-old')?.status).toMatchObject({
      kind: 'rectifying',
      deadline: '2024-11-10',
      daysLeft: 162,
    });
  });

  it('near miss: revoked by the conferring body after the deadline', () => {
    const report = run(world({ review: failed, rectification: { deadline: '2024-11-10' }, revoked }), '2025-01-10');
    expect(report.problems).toEqual([]);
    expect(report.awards.get('2021-old')?.status).toEqual({
      kind: 'revoked',
      date: '2024-11-20',
      by: '济南市总工会',
      reason: '逾期未整改',
      rule: 'R8',
    });
  });

  it('near miss: passed within the deadline keeps the title, confirmed', () => {
    const rectification = { deadline: '2024-11-10', result: 'pass', closedOn: '2024-11-10' };
    const report = run(world({ review: failed, rectification }), '2025-01-10');
    expect(report.problems).toEqual([]);
    expect(report.awards.get('2021-old')?.status).toEqual({
      kind: 'confirmed',
      confirmedOn: '2024-11-10',
      reviewDueOn: '2027-05-10',
    });
  });
});
