import { describe, expect, it } from 'vitest';
import { award, homeFile, honoursFile, lineOf, personFile, run, where } from './testing.ts';

const jinanHome = homeFile({ id: 'h', city: 'jinan', county: '历下区' });

describe('R2: the conferring body', () => {
  it('reports a title named by another city’s federation', () => {
    const list = honoursFile(2024, 'draft', [award(2024, { home: 'h', conferrer: '青岛市总工会' })]);
    const { problems } = run([jinanHome, list]);
    expect(where(problems, 'R2')).toEqual([`content/honors/2024.yaml:${lineOf(list[1], 'conferrer: 青岛市总工会')}`]);
    expect(problems[0]?.message).toContain('济南市总工会');
  });

  it('checks a person’s title against the city of their home', () => {
    const list = honoursFile(2024, 'draft', [
      award(2024, { person: 'p', level: 'advanced', conferrer: '淄博市总工会' }),
    ]);
    const { problems } = run([jinanHome, personFile({ id: 'p', home: 'h' }), list]);
    expect(where(problems, 'R2')).toEqual([`content/honors/2024.yaml:${lineOf(list[1], 'conferrer: 淄博市总工会')}`]);
  });

  it.each(['山东省总工会', '济南市总工会', '历下区总工会'])(
    'near miss: %s may name a home in 历下区, 济南',
    (conferrer) => {
      const list = honoursFile(2024, 'draft', [award(2024, { home: 'h', level: 'advanced', conferrer })]);
      expect(run([jinanHome, list]).problems).toEqual([]);
    },
  );
});
