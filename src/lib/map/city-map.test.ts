import { describe, expect, it } from 'vitest';
import { CITIES, type City } from '../domain/vocab.ts';
import { buildCityMap } from './city-map.ts';
import { contrastRatio } from './colour.ts';
import { countHomesByCity } from './counts.ts';
import { CITY_TILES, tileCentre } from './tiles.ts';

const homes = [
  { city: 'jinan', level: 'model' },
  { city: 'jinan', level: 'model' },
  { city: 'jinan', level: 'model' },
  { city: 'jinan', level: 'advanced' },
  { city: 'weihai', level: 'qualified' },
] as const;

describe('the tile layout', () => {
  it('gives each city its own cell', () => {
    const cells = Object.values(CITY_TILES).map((t) => `${t.col},${t.row}`);
    expect(new Set(cells).size).toBe(CITIES.length);
  });

  const centre = (c: City) => tileCentre(CITY_TILES[c].col, CITY_TILES[c].row, 10, 0);
  it.each([
    ['weihai', 'east of', 'yantai', (a: { x: number }, b: { x: number }) => a.x > b.x],
    ['yantai', 'east of', 'qingdao', (a: { x: number }, b: { x: number }) => a.x > b.x],
    ['qingdao', 'east of', 'weifang', (a: { x: number }, b: { x: number }) => a.x > b.x],
    ['heze', 'west of', 'jining', (a: { x: number }, b: { x: number }) => a.x < b.x],
    ['liaocheng', 'west of', 'jinan', (a: { x: number }, b: { x: number }) => a.x < b.x],
    ['dezhou', 'north of', 'jinan', (a: { y: number }, b: { y: number }) => a.y < b.y],
    ['dongying', 'north of', 'weifang', (a: { y: number }, b: { y: number }) => a.y < b.y],
    ['binzhou', 'north of', 'zibo', (a: { y: number }, b: { y: number }) => a.y < b.y],
    ['linyi', 'south of', 'zibo', (a: { y: number }, b: { y: number }) => a.y > b.y],
    ['rizhao', 'south of', 'qingdao', (a: { y: number }, b: { y: number }) => a.y > b.y],
    ['zaozhuang', 'south of', 'jining', (a: { y: number }, b: { y: number }) => a.y > b.y],
  ] as const)('puts %s %s %s', (a, _, b, holds) => {
    expect(holds(centre(a), centre(b))).toBe(true);
  });
});

describe('buildCityMap', () => {
  const map = buildCityMap(countHomesByCity([...homes]));
  const tile = (c: City) => map.tiles.find((t) => t.city === c)!;

  it('draws 16 linked tiles with accessible names and printed numbers', () => {
    expect(map.tiles).toHaveLength(16);
    expect(tile('jinan')).toMatchObject({
      href: '/homes/city/jinan/',
      name: '济南 3：济南市模范职工之家 3 个，共 4 个',
      shortName: '济南',
      model: 3,
      total: 4,
    });
    expect(tile('weihai').name).toBe('威海 0：威海市模范职工之家 0 个，共 1 个');
  });

  it('shades by model homes and keeps every label readable', () => {
    expect(tile('jinan').fill).toBe(map.legend.at(-1)!.fill);
    expect(tile('weihai').fill).toBe(map.legend[0]!.fill);
    for (const t of map.tiles) expect(contrastRatio(t.fill, t.text)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps every tile inside the drawing', () => {
    for (const t of map.tiles) {
      for (const p of t.points.split(' ')) {
        const [x, y] = p.split(',').map(Number) as [number, number];
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(map.width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(map.height);
      }
    }
  });

  it('describes itself in one sentence', () => {
    expect(map.description).toContain('全省共有模范职工之家 3 个，分布在 1 个市');
  });
});
