import { describe, expect, it } from 'vitest';
import { articleHref } from '../routes/urls.ts';
import { INDICATORS, TARGETS, articleName, meetsTarget, progressTowards, round1 } from './targets.ts';

describe('targets', () => {
  it('sets the figures of the ten opinions, each with its article', () => {
    expect(INDICATORS.map((i) => [TARGETS[i].value, TARGETS[i].article])).toEqual([
      [70, 1],
      [70, 1],
      [80, 1],
      [100, 2],
      [4000, 4],
      [1000, 3],
    ]);
  });

  it.each([
    [70, 70, true],
    [69.9, 70, false],
    [4001, 4000, true],
  ])('%d against %d met: %s', (v, t, met) => expect(meetsTarget(v, t)).toBe(met));

  it('measures progress in % of the target', () => {
    expect(progressTowards(4768, 4000)).toBe(119.2);
    expect(progressTowards(93.3, 100)).toBe(93.3);
    expect(() => progressTowards(1, 0)).toThrow();
  });

  it('links and names articles', () => {
    expect(articleHref(4)).toBe('/policy/ten-opinions/#art-4');
    expect(articleName(1)).toBe('第一条');
    expect(articleName(10)).toBe('第十条');
    expect(() => articleName(11)).toThrow();
  });

  it('rounds halves up to one decimal', () => {
    expect(round1(83.45 + 1e-9)).toBe(83.5);
    expect(round1(82.5625)).toBe(82.6);
  });
});
