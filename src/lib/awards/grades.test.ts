import { describe, expect, it } from 'vitest';
import { award, homeFile, honorsFile, lineOf, run, where } from './testing.ts';

describe('R1: grades and unit types', () => {
  it('reports a home grade outside 合格/先进/模范 as R1 at its line', () => {
    const home = homeFile({ id: 'h', level: 'excellent' });
    const { content } = run([home]);
    expect(where(content, 'R1')).toEqual([`content/homes/h.md:${lineOf(home[1], 'level: excellent')}`]);
    expect(content[0]?.article).toBe('第五条');
  });

  it('reports an unknown unit type as R1', () => {
    const home = homeFile({ id: 'h', unitType: 'private' });
    expect(where(run([home]).content, 'R1')).toEqual([`content/homes/h.md:${lineOf(home[1], 'unitType: private')}`]);
  });

  it('reports an award grade outside the three as R1', () => {
    const list = honorsFile(2024, 'draft', [award(2024, { home: 'h', level: 'gold' })]);
    const { content } = run([homeFile({ id: 'h' }), list]);
    expect(where(content, 'R1')).toEqual([`content/honors/2024.yaml:${lineOf(list[1], 'level: gold')}`]);
  });

  it('near miss: the three grades and the three unit types pass', () => {
    const files = [
      homeFile({ id: 'a', level: 'qualified', unitType: 'public-institution' }),
      homeFile({ id: 'b', level: 'advanced', unitType: 'non-public' }),
      homeFile({ id: 'c', level: 'model', unitType: 'state-owned' }),
      honorsFile(2024, 'draft', [award(2024, { home: 'a', level: 'qualified' })]),
    ];
    const report = run(files);
    expect(report.content).toEqual([]);
    expect(report.problems).toEqual([]);
  });
});
