import { describe, expect, it } from 'vitest';
import type { City } from '../domain/vocab.ts';
import { storyFacetValues, storyTagHref } from './facets.ts';

const story = (id: string, date: string, tags: string[], city?: City) => ({ id, data: { date, tags, city } });

describe('storyFacetValues', () => {
  const stories = [
    story('a', '2025-03-01', ['职工书屋', '直选'], 'jinan'),
    story('b', '2024-06-01', ['职工书屋'], 'qingdao'),
    story('c', '2024-01-01', ['八有']),
  ];
  const values = storyFacetValues(stories);
  const of = (facet: string) => values.filter((v) => v.facet === facet);

  it('lists years newest first, each with its stories', () => {
    expect(of('year').map((v) => [v.label, v.href, v.stories.map((s) => s.id)])).toEqual([
      ['2025 年', '/stories/year/2025/', ['a']],
      ['2024 年', '/stories/year/2024/', ['b', 'c']],
    ]);
  });

  it('lists only the cities that have stories, in the federation’s order', () => {
    expect(of('city').map((v) => [v.label, v.href, v.stories.length])).toEqual([
      ['济南市', '/stories/city/jinan/', 1],
      ['青岛市', '/stories/city/qingdao/', 1],
    ]);
  });

  it('gives each tag a pinyin URL and sorts tags by pinyin', () => {
    expect(of('tag').map((v) => [v.label, v.href, v.stories.length])).toEqual([
      ['八有', '/stories/tag/bayou/', 1],
      ['直选', '/stories/tag/zhixuan/', 1],
      ['职工书屋', '/stories/tag/zhigongshuwu/', 2],
    ]);
    expect(storyTagHref('职工书屋')).toBe('/stories/tag/zhigongshuwu/');
  });
});
