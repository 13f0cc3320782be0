import { describe, expect, it } from 'vitest';
import { countFacets, encodeFacetTable, filterResults, readFacetTable } from './facet-table.ts';

// Pages 0–4: two cities, two kinds; page 4 has two training topics and no city.
const table = readFacetTable(
  encodeFacetTable(
    ['zh-cn_a', 'zh-cn_b', 'zh-cn_c', 'zh-cn_d', 'zh-cn_e'],
    new Map([
      [
        '城市',
        new Map([
          ['济南市', [0, 2]],
          ['青岛市', [3, 1]],
        ]),
      ],
      [
        '类型',
        new Map([
          ['职工之家', [0, 1, 2]],
          ['培训课程', [3, 4]],
        ]),
      ],
      [
        '培训方向',
        new Map([
          ['法律', [4]],
          ['心理咨询', [4]],
        ]),
      ],
    ]),
  ),
);
const hits = (...ids: string[]) => ids.map((id) => ({ id: `zh-cn_${id}` }));

describe('the facet table', () => {
  it('keeps each page’s values, several where a page has several', () => {
    expect(table.page.get('zh-cn_d')).toBe(3);
    expect(table.filters['培训方向']!.of[4]!.map((v) => table.filters['培训方向']!.values[v])).toEqual([
      '法律',
      '心理咨询',
    ]);
    expect(table.filters['城市']!.of[4]).toEqual([]);
  });

  it('narrows results to any chosen value of each facet, all facets together, in their order', () => {
    const all = hits('c', 'a', 'd', 'e', 'b');
    expect(filterResults(table, all, {})).toEqual(all);
    expect(filterResults(table, all, { 城市: ['济南市'] })).toEqual(hits('c', 'a'));
    expect(filterResults(table, all, { 城市: ['济南市', '青岛市'] })).toEqual(hits('c', 'a', 'd', 'b'));
    expect(filterResults(table, all, { 城市: ['青岛市'], 类型: ['培训课程'] })).toEqual(hits('d'));
    expect(filterResults(table, hits('x'), { 城市: ['济南市'] })).toEqual([]);
  });

  it('counts facets as Pagefind does: within the choice, and over all results', () => {
    const { filters, totalFilters } = countFacets(table, hits('a', 'b', 'd', 'e'), { 类型: ['职工之家'] });
    expect(filters['城市']).toEqual({ 济南市: 1, 青岛市: 1 });
    expect(filters['类型']).toEqual({ 职工之家: 2, 培训课程: 0 });
    expect(totalFilters['类型']).toEqual({ 职工之家: 2, 培训课程: 2 });
    expect(totalFilters['培训方向']).toEqual({ 法律: 1, 心理咨询: 1 });
    expect(filters['培训方向']).toEqual({ 法律: 0, 心理咨询: 0 });
  });
});
