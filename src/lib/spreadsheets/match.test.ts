import { describe, expect, it } from 'vitest';
import { matchHome, matchPerson, type Directory, type HomeRecord } from './match.ts';

const home = (id: string, title: string, unit: string, city: HomeRecord['city'] = 'jinan'): HomeRecord => ({
  id,
  title,
  unit,
  city,
  county: '历下区',
  unitType: 'state-owned',
});
const dir: Directory = {
  homes: [
    home('jinan-steel', '济南某钢铁公司职工之家', '济南某钢铁公司'),
    home('jinan-bus', '济南某公交公司职工之家', '示例公交公司'),
    home('qingdao-bus', '青岛某公交公司职工之家', '示例公交公司', 'qingdao'),
  ],
  people: [
    { id: 'wang-ji', name: '王𠮷', home: 'jinan-steel', role: 'chair' },
    { id: 'liu-yan', name: '刘艳', home: 'jinan-bus', role: 'chair' },
    { id: 'liu-yan-2', name: '刘艳', home: 'qingdao-bus', role: 'vice-chair' },
  ],
};

describe('matchHome', () => {
  it('finds a home by id, by its name or by its unit, spaces and widths aside', () => {
    for (const q of [
      { id: 'jinan-steel', names: [] },
      { names: ['济南某钢铁公司职工之家'] },
      { names: [' 济南某钢铁公司 '] },
    ]) {
      expect(matchHome(q, dir)).toMatchObject({ kind: 'found', record: { id: 'jinan-steel' } });
    }
  });

  it('lists the candidates when a name fits several, and narrows by city', () => {
    expect(matchHome({ names: ['示例公交公司'] }, dir)).toMatchObject({
      kind: 'many',
      candidates: [{ id: 'jinan-bus' }, { id: 'qingdao-bus' }],
    });
    expect(matchHome({ names: ['示例公交公司'], city: 'qingdao' }, dir)).toMatchObject({
      kind: 'found',
      record: { id: 'qingdao-bus' },
    });
  });

  it('never guesses a near name: it offers it as a candidate', () => {
    const m = matchHome({ names: ['济南某钢铁厂职工之家'] }, dir);
    expect(m.kind === 'none' && m.by === 'name' && m.candidates.map((c) => c.id)).toEqual(['jinan-steel', 'jinan-bus']);
    const byId = matchHome({ id: 'jinan-stee', names: [] }, dir);
    expect(byId).toMatchObject({ kind: 'none', by: 'id' });
    expect(byId.kind === 'none' && byId.candidates[0]).toEqual({
      id: 'jinan-steel',
      label: '济南某钢铁公司职工之家（jinan-steel，济南市）',
    });
    expect(matchHome({ names: ['完全不同的单位'] }, dir)).toMatchObject({ kind: 'none', candidates: [] });
  });
});

describe('matchPerson', () => {
  it('finds a person by id or name, rare characters included', () => {
    expect(matchPerson({ name: '王 𠮷' }, dir)).toMatchObject({ kind: 'found', record: { id: 'wang-ji' } });
    expect(matchPerson({ id: 'liu-yan-2' }, dir)).toMatchObject({ kind: 'found', record: { id: 'liu-yan-2' } });
  });

  it('tells namesakes apart by home or role, else lists them', () => {
    expect(matchPerson({ name: '刘艳' }, dir)).toMatchObject({
      kind: 'many',
      candidates: [{ id: 'liu-yan' }, { id: 'liu-yan-2' }],
    });
    expect(matchPerson({ name: '刘艳', home: 'qingdao-bus' }, dir)).toMatchObject({ record: { id: 'liu-yan-2' } });
    expect(matchPerson({ name: '刘艳', role: 'chair' }, dir)).toMatchObject({ record: { id: 'liu-yan' } });
  });

  it('says who is near when nobody has the name', () =>
    expect(matchPerson({ name: '王吉' }, dir)).toMatchObject({ kind: 'none', candidates: [{ id: 'wang-ji' }] }));
});
