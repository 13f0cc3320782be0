import { describe, expect, it } from 'vitest';
import { award, homeFile, honoursFile, lineOf, run, where } from './testing.ts';

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
    const list = honoursFile(2024, 'draft', [award(2024, { home: 'h', level: 'gold' })]);
    const { content } = run([homeFile({ id: 'h' }), list]);
    expect(where(content, 'R1')).toEqual([`content/honors/2024.yaml:${lineOf(list[1], 'level: gold')}`]);
  });

  it('near miss: the three grades and the three unit types pass', () => {
    const files = [
      homeFile({ id: 'a', level: 'qualified', unitType: 'public-institution' }),
      homeFile({ id: 'b', level: 'advanced', unitType: 'non-public' }),
      homeFile({ id: 'c', level: 'model', unitType: 'state-owned' }),
      honoursFile(2024, 'draft', [award(2024, { home: 'a', level: 'qualified' })]),
    ];
    const report = run(files);
    expect(report.content).toEqual([]);
    expect(report.problems).toEqual([]);
  });
});

describe('format errors in award data carry their rule and article', () => {
  const home = homeFile({ id: 'h' });
  const cases: [string, Record<string, unknown>, string, string][] = [
    ['an impossible conferral date', { conferredOn: '2024-02-30' }, 'R9', 'conferredOn: 2024-02-30'],
    ['an empty conferrer', { conferrer: '' }, 'R2', 'conferrer: ""'],
    ['an unknown review result', { review: { date: '2027-05-01', result: 'ok' } }, 'R7', 'result: ok'],
    ['a rectification without a deadline', { rectification: { orderedOn: '2024-06-01' } }, 'R8', 'rectification:'],
    ['a revocation without its body', { revoked: { date: '2024-09-01', reason: '整改未达标' } }, 'R8', 'revoked:'],
    ['a top-ten mark that is not true or false', { topTen: 'yes' }, 'R3', 'topTen: yes'],
    ['a serial that is empty', { serial: '' }, 'R9', 'serial: ""'],
  ];
  it.each(cases)('%s', (_what, fields, rule, needle) => {
    const list = honoursFile(2024, 'draft', [award(2024, { home: 'h', ...fields })]);
    const { content, problems } = run([home, list]);
    expect(where(content, rule)).toEqual([`content/honors/2024.yaml:${lineOf(list[1], needle)}`]);
    expect(content[0]!.article).toBe('第五条');
    expect(problems).toEqual([]);
  });

  it('refuses eligibility typed in by hand with R4, and a misspelt revocation with a suggestion', () => {
    const list = honoursFile(2024, 'draft', [
      award(2024, { home: 'h', mayDayEligible: true }),
      award(2024, {
        home: 'h',
        id: 'b',
        serial: 'b',
        revokd: { date: '2024-09-01', by: '山东省总工会', reason: '撤销' },
      }),
    ]);
    const { content } = run([home, list]);
    expect(content.map((p) => [p.rule, p.field])).toEqual([
      ['R4', 'awards[0].mayDayEligible'],
      ['R8', 'awards[1].revokd'],
    ]);
    expect(content[0]!.message).toContain('不能手工填写');
    expect(content[1]!.message).toContain('你是不是想写 revoked（撤销）');
  });

  it('refuses a derived fact typed into a home, with R4', () => {
    const [path, text] = homeFile({ id: 'h' });
    const { content } = run([[path, text.replace('sample: true', 'sample: true\nmayDayEligible: true')]]);
    expect(content.map((p) => p.rule)).toEqual(['R4']);
  });
});
