import { describe, expect, it } from 'vitest';
import { award, lineOf, run, textOf, topTenWorld, where } from './testing.ts';

const cityTitle = (year: number, fields: object = {}) =>
  award(year, { home: 'low', level: 'advanced', conferrer: '济南市总工会', serial: `济工家证〔${year}〕1`, ...fields });

describe('R6: members’ satisfaction under 70%', () => {
  it('reports a title given in a year the home was under 70%', () => {
    const files = topTenWorld(2024, {
      extra: { 2024: [cityTitle(2024)] },
      homes: [{ id: 'low', satisfaction: { 2024: 65 } }],
    });
    const { problems } = run(files);
    const r6 = problems.filter((p) => p.rule === 'R6');
    expect(r6[0]?.file).toBe('content/homes/low.md');
    expect(r6[1]).toMatchObject({
      file: 'content/honors/2024.yaml',
      line: lineOf(textOf(files, 'honors/2024.yaml'), 'home: low'),
      field: 'awards[20].home',
    });
    expect(r6[1]?.message).toContain('65%');
  });

  it('near miss: exactly 70% is not under the line', () => {
    const files = topTenWorld(2024, {
      extra: { 2024: [cityTitle(2024)] },
      homes: [{ id: 'low', satisfaction: { 2024: 70 } }],
    });
    expect(run(files).problems).toEqual([]);
  });

  it('reports a titled home under the line with no rectification, at the satisfaction line', () => {
    const files = topTenWorld(2024, {
      extra: { 2024: [cityTitle(2024)] },
      homes: [{ id: 'low', satisfaction: { 2024: 80, 2025: 60 } }],
    });
    const home = textOf(files, 'homes/low.md');
    expect(where(run(files, '2026-01-10').problems, 'R6')).toEqual([
      `content/homes/low.md:${lineOf(home, 'percent: 60')}`,
    ]);
  });

  it('near miss: the title was put into rectification the next January', () => {
    const rectification = { orderedOn: '2026-01-05', deadline: '2026-07-05' };
    const files = topTenWorld(2024, {
      extra: { 2024: [cityTitle(2024, { rectification })] },
      homes: [{ id: 'low', satisfaction: { 2024: 80, 2025: 60 } }],
    });
    const report = run(files, '2026-01-10');
    expect(report.problems).toEqual([]);
    expect(report.homes.get('low')?.currentTitle?.status).toEqual({
      kind: 'rectifying',
      since: '2026-01-05',
      deadline: '2026-07-05',
      daysLeft: 176,
    });
  });
});
