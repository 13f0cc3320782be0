import { describe, expect, it } from 'vitest';
import { FACETS, orderValues, readSearchUrl, searchUrl } from './facets.ts';

describe('search URLs', () => {
  it('keep the query and the chosen values, with short names', () => {
    const url = searchUrl('职工书屋', { 城市: ['济南市', '青岛市'], 类型: ['典型案例'] });
    expect(url).toBe(
      `/search/?${new URLSearchParams([
        ['q', '职工书屋'],
        ['type', '典型案例'],
        ['city', '济南市'],
        ['city', '青岛市'],
      ])}`,
    );
    expect(readSearchUrl(new URL(url, 'http://x').searchParams)).toEqual({
      q: '职工书屋',
      chosen: { 类型: ['典型案例'], 城市: ['济南市', '青岛市'] },
    });
  });
  it('accept the filters’ Chinese names, as older links wrote them', () =>
    expect(readSearchUrl(new URLSearchParams('q=职工&类型=典型案例')).chosen).toEqual({ 类型: ['典型案例'] }));
  it('are plain /search/ with nothing chosen', () => expect(searchUrl('', {})).toBe('/search/'));
});

describe('facets', () => {
  it('show values in the vocabulary’s order, years newest first', () => {
    const [type, city, , level, , year] = FACETS;
    expect(orderValues(city!, ['青岛市', '济南市', '菏泽市'])).toEqual(['济南市', '青岛市', '菏泽市']);
    expect(orderValues(level!, ['合格', '模范', '先进'])).toEqual(['模范', '先进', '合格']);
    expect(orderValues(year!, ['2019', '2025', '2020'])).toEqual(['2025', '2020', '2019']);
    expect(orderValues(type!, ['荣誉榜', '典型案例'])).toEqual(['典型案例', '荣誉榜']);
  });
});
