import { describe, expect, it } from 'vitest';
import { chineseCount, chineseDate, chineseYear } from './chinese-date.ts';

describe('chineseDate', () => {
  it.each([
    ['2024-04-28', '二〇二四年四月二十八日'],
    ['2020-10-10', '二〇二〇年十月十日'],
    ['2019-12-31', '二〇一九年十二月三十一日'],
    ['2021-01-01', '二〇二一年一月一日'],
    ['2018-06-14', '二〇一八年六月十四日'],
    ['2024-02-29', '二〇二四年二月二十九日'],
  ])('%s -> %s', (iso, expected) => {
    expect(chineseDate(iso)).toBe(expected);
  });

  it.each(['2023-02-29', '2024-13-01', '2024-4-28', '28/04/2024', ''])('refuses %j', (iso) => {
    expect(() => chineseDate(iso)).toThrow(/YYYY-MM-DD/);
  });
});

describe('chineseYear and chineseCount', () => {
  it('reads years digit by digit and counts as spoken', () => {
    expect(chineseYear(2030)).toBe('二〇三〇');
    expect([1, 10, 11, 20, 21, 30].map(chineseCount)).toEqual(['一', '十', '十一', '二十', '二十一', '三十']);
  });
});
