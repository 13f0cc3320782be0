import { describe, expect, it } from 'vitest';
import { award, homeFile, honoursFile, lineOf, personFile, run, textOf, where, type ContentFile } from './testing.ts';

const homes = [homeFile({ id: 'a' }), homeFile({ id: 'b' })];
const draft = (year: number, awards: object[], fileName?: string) => honoursFile(year, 'draft', awards, fileName);
const r9 = (files: ContentFile[], today = '2025-06-01') => where(run(files, today).problems, 'R9');

describe('R9: one record, one truth', () => {
  it('reports an award id used in an earlier year, at the later one', () => {
    const later = draft(2024, [award(2024, { home: 'b', id: 'same-id' })]);
    const files = [...homes, draft(2023, [award(2023, { home: 'a', id: 'same-id' })]), later];
    expect(r9(files)).toEqual([`content/honors/2024.yaml:${lineOf(later[1], 'id: same-id')}`]);
    expect(run(files).problems[0]?.message).toContain('content/honors/2023.yaml:');
  });

  it('reports a duplicate certificate serial', () => {
    const list = draft(2024, [
      award(2024, { home: 'a', serial: '鲁工家证〔2024〕001' }),
      award(2024, { home: 'b', serial: '鲁工家证〔2024〕001' }),
    ]);
    expect(r9([...homes, list])).toEqual([
      `content/honors/2024.yaml:${lineOf(list[1], 'serial: 鲁工家证〔2024〕001', 'home: a')}`,
    ]);
  });

  it('reports an award naming a missing home or person', () => {
    const list = draft(2024, [award(2024, { home: 'ghost' }), award(2024, { person: 'nobody', serial: 'x' })]);
    expect(r9([...homes, list])).toEqual([
      `content/honors/2024.yaml:${lineOf(list[1], 'home: ghost')}`,
      `content/honors/2024.yaml:${lineOf(list[1], 'person: nobody')}`,
    ]);
  });

  it('reports a list whose file name is not its year, and a year after the current one', () => {
    const misnamed = draft(2024, [], '2023');
    expect(r9([misnamed])).toEqual([`content/honors/2023.yaml:${lineOf(misnamed[1], 'year: 2024')}`]);
    expect(r9([draft(2026, [])], '2025-06-01')).toEqual(['content/honors/2026.yaml:1']);
  });

  it('reports a conferral date outside the year and the next, and a serial of another year', () => {
    const list = draft(2023, [
      award(2023, { home: 'a', conferredOn: '2025-01-05' }),
      award(2023, { home: 'b', serial: '鲁工家证〔2022〕009' }),
    ]);
    expect(r9([...homes, list])).toEqual([
      `content/honors/2023.yaml:${lineOf(list[1], 'conferredOn: 2025-01-05')}`,
      `content/honors/2023.yaml:${lineOf(list[1], 'serial: 鲁工家证〔2022〕009')}`,
    ]);
  });

  it('reports a final list recording a title not conferred yet', () => {
    const list = honoursFile(2025, 'final', [
      award(2025, { home: 'a', conferredOn: '2025-07-01', conferrer: '济南市总工会' }),
    ]);
    expect(r9([...homes, list], '2025-06-01')).toEqual([
      `content/honors/2025.yaml:${lineOf(list[1], 'conferredOn: 2025-07-01')}`,
    ]);
  });

  it('reports the same home named twice by one body in one year', () => {
    const list = draft(2024, [award(2024, { home: 'a' }), award(2024, { home: 'a', id: 'again', serial: '2' })]);
    expect(r9([...homes, list])).toEqual([`content/honors/2024.yaml:${lineOf(list[1], 'home: a', 'id: again')}`]);
  });

  it('near miss: unique ids and serials, existing holders, a January conferral for last year', () => {
    const list = draft(2024, [
      award(2024, { home: 'a', conferredOn: '2025-01-15' }),
      award(2024, { home: 'a', id: 'city-a', serial: '济工家证〔2024〕001', conferrer: '济南市总工会' }),
      award(2024, { person: 'p', serial: '济工娘证〔2024〕001', conferrer: '济南市总工会' }),
    ]);
    const files = [...homes, personFile({ id: 'p', home: 'a' }), list, draft(2018, [])];
    expect(run(files).problems).toEqual([]);
    expect(textOf(files, 'honors/2024.yaml')).toContain('2025-01-15');
  });
});
