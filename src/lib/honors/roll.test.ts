import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { award, homeFile, honorsFile, personFile, run, topTenWorld } from '../awards/testing.ts';
import { rollYears, yearRoll, type RollNames } from './roll.ts';

describe('yearRoll', () => {
  it('groups a year into the top ten, titles by level and unit type, and 娘家人', () => {
    const files = [
      ...topTenWorld(2024),
      homeFile({ id: 'a', unitType: 'non-public' }),
      homeFile({ id: 'b', unitType: 'state-owned' }),
      personFile({ id: 'p', home: 'a' }),
    ];
    const base = files.find(([p]) => p === 'honors/2024.yaml')!;
    const extra = [
      award(2024, { home: 'a', level: 'advanced' }),
      award(2024, { home: 'b' }),
      award(2024, { person: 'p' }),
    ];
    const report = run([
      ...files.filter((f) => f !== base),
      honorsFile(2024, 'final', [...(parse(base[1]) as { awards: object[] }).awards, ...extra]),
    ]);
    const names: RollNames = {
      homes: new Map(
        [...report.homes.values()].map((h) => [
          h.holder.id,
          { title: h.name, unitType: h.holder.id === 'a' ? 'non-public' : 'state-owned' },
        ]),
      ),
      people: new Map([['p', { name: '王𠮷', home: 'a' }]]),
    };
    const roll = yearRoll(report, 2024, names);
    expect(roll.topTenHomes).toHaveLength(10);
    expect(roll.topTenPeople).toHaveLength(10);
    expect(roll.homes.map((g) => [g.level, g.unitType, g.entries.map((e) => e.facts.holder.id)])).toEqual([
      ['model', 'state-owned', ['b']],
      ['advanced', 'non-public', ['a']],
    ]);
    expect(roll.people.map((e) => [e.name, e.homeId])).toEqual([['王𠮷', 'a']]);
    expect(roll.total).toBe(23);
    expect(rollYears(report)).toEqual([2024]);
  });
});
