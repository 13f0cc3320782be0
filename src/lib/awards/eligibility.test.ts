import { describe, expect, it } from 'vitest';
import { award, lineOf, personFile, run, textOf, topTenWorld, where } from './testing.ts';

/** `p-x`, chair of home `x`, gets a provincial title in 2024; `x` gets `homeAwards`. */
function world(homeAwards: object[], files = [personFile({ id: 'p-x', home: 'x' })]) {
  const personAward = award(2024, { person: 'p-x', level: 'advanced', serial: '鲁工娘证〔2024〕x' });
  return topTenWorld(2024, { extra: { 2024: [personAward, ...homeAwards] }, homes: [{ id: 'x' }], files });
}

describe('R5: a provincial honour needs the home’s provincial model title', () => {
  it('reports a chair honoured by the province whose home holds no provincial model title', () => {
    const files = world([award(2024, { home: 'x', conferrer: '济南市总工会', serial: '济工家证〔2024〕1' })]);
    const text = textOf(files, 'honors/2024.yaml');
    const { problems } = run(files);
    expect(where(problems, 'R5')).toEqual([`content/honors/2024.yaml:${lineOf(text, 'person: p-x')}`]);
    expect(problems[0]?.message).toContain('省级模范职工之家');
  });

  it('reports a home whose provincial title is only advanced', () => {
    expect(where(run(world([award(2024, { home: 'x', level: 'advanced' })])).problems, 'R5')).toHaveLength(1);
  });

  it('near miss: the home is named a provincial model home the same day', () => {
    expect(run(world([award(2024, { home: 'x' })])).problems).toEqual([]);
  });

  it('derives who may be nominated for provincial honours today', () => {
    const report = run(world([award(2024, { home: 'x' })]));
    expect(report.homes.get('x')?.provincialHonourEligible).toBe(true);
    expect(report.people.get('p-x')?.provincialModelTitle?.id).toBe('2024-x');
    expect(report.provincialHonourEligible.map((h) => h.holder.id)).toContain('p-x');
  });

  it('a revoked provincial title no longer counts', () => {
    const revoked = { date: '2025-01-10', by: '山东省总工会', reason: '测试' };
    const report = run(world([award(2024, { home: 'x', revoked })]), '2025-06-01');
    expect(report.homes.get('x')?.provincialHonourEligible).toBe(false);
    expect(report.people.get('p-x')?.provincialHonourEligible).toBe(false);
  });
});
