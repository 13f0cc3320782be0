import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  award,
  homeFile,
  honoursFile,
  lineOf,
  personFile,
  run,
  textOf,
  topTenWorld,
  where,
  type ContentFile,
} from './testing.ts';

const eleventh = award(2024, { home: 'extra', topTen: true });

describe('R3: ten top-ten homes and ten top-ten 娘家人 a year', () => {
  it('reports an eleventh top-ten home at its topTen line', () => {
    const files = topTenWorld(2024, { extra: { 2024: [eleventh] }, homes: [{ id: 'extra' }] });
    const text = textOf(files, 'honors/2024.yaml');
    expect(where(run(files).problems, 'R3')).toEqual([
      `content/honors/2024.yaml:${lineOf(text, 'topTen: true', 'id: 2024-extra')}`,
    ]);
  });

  it('reports a final list with only nine top-ten homes at its status', () => {
    const files = topTenWorld(2024).map(([path, text]): ContentFile => [
      path,
      path.startsWith('honors/')
        ? text.replace(/home: top-9\n {4}topTen: true/, 'home: top-9\n    topTen: false')
        : text,
    ]);
    const text = textOf(files, 'honors/2024.yaml');
    const { problems } = run(files);
    expect(where(problems, 'R3')).toEqual([`content/honors/2024.yaml:${lineOf(text, 'status: final')}`]);
    expect(problems[0]?.message).toContain('只有 9 个十佳职工之家');
  });

  it('reports a top-ten title below model level and one not chosen by the province', () => {
    const list = honoursFile(2024, 'draft', [
      award(2024, { home: 'a', topTen: true, level: 'advanced' }),
      award(2024, { home: 'b', topTen: true, conferrer: '济南市总工会' }),
    ]);
    expect(where(run([homeFile({ id: 'a' }), homeFile({ id: 'b' }), list]).problems, 'R3')).toEqual([
      `content/honors/2024.yaml:${lineOf(list[1], 'level: advanced')}`,
      `content/honors/2024.yaml:${lineOf(list[1], 'conferrer: 济南市总工会')}`,
    ]);
  });

  it('near miss: exactly ten of each in a final list, and fewer in a draft', () => {
    expect(run(topTenWorld(2024)).problems).toEqual([]);
    const draft = honoursFile(2024, 'draft', [award(2024, { home: 'a', topTen: true })]);
    expect(run([homeFile({ id: 'a' }), draft]).problems).toEqual([]);
  });

  it('counts each year on its own', () => {
    const files = topTenWorld([2023, 2024]);
    const report = run(files);
    expect(report.problems).toEqual([]);
    expect(report.years.map((y) => [y.year, y.topTenHomes, y.topTenPeople])).toEqual([
      [2023, 10, 10],
      [2024, 10, 10],
    ]);
  });
});

describe('R3: properties', () => {
  /** A list of `homes` top-ten homes and `people` top-ten chairs (of those homes, or of `top-0`). */
  function yearFiles(year: number, status: 'draft' | 'final', homes: number, people: number): ContentFile[] {
    const homeIds = [...Array(Math.max(homes, 1)).keys()].map((i) => `h${year}-${i}`);
    const awards = [
      ...homeIds.slice(0, homes).map((home) => award(year, { home, topTen: true })),
      ...[...Array(people).keys()].map((i) =>
        award(year, { person: `p${year}-${i}`, topTen: true, serial: `鲁工娘证〔${year}〕${i}` }),
      ),
    ];
    return [
      ...homeIds.map((id) => homeFile({ id })),
      ...[...Array(people).keys()].map((i) => personFile({ id: `p${year}-${i}`, home: homeIds[0] ?? '' })),
      honoursFile(year, status, awards),
    ];
  }

  const expected = (status: string, homes: number, people: number) =>
    Math.max(0, homes - 10) +
    Math.max(0, people - 10) +
    (status === 'final' ? Number(homes < 10) + Number(people < 10) : 0);

  it('reports every top-ten award past the tenth, and a final list short of ten, per year', () => {
    const year = fc.record({
      status: fc.constantFrom('draft' as const, 'final' as const),
      homes: fc.integer({ min: 0, max: 13 }),
      people: fc.integer({ min: 0, max: 13 }),
    });
    fc.assert(
      fc.property(year, year, (a, b) => {
        const files = [
          ...yearFiles(2023, a.status, a.homes, a.people),
          ...yearFiles(2024, b.status, b.homes, b.people),
        ];
        const r3 = run(files).problems.filter((p) => p.rule === 'R3');
        expect(r3.filter((p) => p.file.endsWith('2023.yaml'))).toHaveLength(expected(a.status, a.homes, a.people));
        expect(r3.filter((p) => p.file.endsWith('2024.yaml'))).toHaveLength(expected(b.status, b.homes, b.people));
        expect(r3.filter((p) => p.field?.endsWith('topTen')).every((p) => /第 1[1-3] 个/.test(p.message))).toBe(true);
      }),
      { numRuns: 30 },
    );
  }, 30_000);
});
