import { describe, expect, it } from 'vitest';
import { lineOf, oldCityTitle, run, textOf, topTenWorld, where } from './testing.ts';

const passed = { review: { date: '2024-05-10', result: 'pass' } };
/** Top ten of 2021 all re-reviewed in 2024; home `old` gets a city title with `fields`. */
function world(fields: object = {}) {
  const title = oldCityTitle(fields);
  return topTenWorld(2021, { common: passed, extra: { 2021: [title] }, homes: [{ id: 'old' }] });
}

describe('R7: three-yearly re-review', () => {
  it('reports a title in force with no re-review after the year it fell due in', () => {
    const files = world();
    const { problems } = run(files, '2025-01-10');
    expect(where(problems, 'R7')).toEqual([
      `content/honors/2021.yaml:${lineOf(textOf(files, 'honors/2021.yaml'), 'id: 2021-old')}`,
    ]);
  });

  it('near miss: during the year it falls due the title is only marked due', () => {
    const report = run(world(), '2024-12-31');
    expect(report.problems).toEqual([]);
    expect(report.awards.get('2021-old')?.status).toEqual({
      kind: 're-review-due',
      dueOn: '2024-04-26',
      overdue: false,
    });
  });

  it('reports a re-review dated before the third year', () => {
    const files = world({ review: { date: '2023-12-31', result: 'pass' } });
    expect(where(run(files, '2024-06-01').problems, 'R7')).toEqual([
      `content/honors/2021.yaml:${lineOf(textOf(files, 'honors/2021.yaml'), 'date: 2023-12-31')}`,
    ]);
  });

  it('reports a re-review dated in the future', () => {
    expect(
      where(run(world({ review: { date: '2024-09-01', result: 'pass' } }), '2024-06-01').problems, 'R7'),
    ).toHaveLength(1);
  });

  it('near miss: a passed re-review confirms the title until the next one', () => {
    const report = run(world({ review: { date: '2024-01-02', result: 'pass' } }), '2025-06-01');
    expect(report.problems).toEqual([]);
    expect(report.awards.get('2021-old')?.status).toEqual({
      kind: 'confirmed',
      confirmedOn: '2024-01-02',
      reviewDueOn: '2027-01-02',
    });
  });
});
