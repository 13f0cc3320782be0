import { describe, expect, it } from 'vitest';
import { linear, niceMax, niceStep, textWidth, ticks } from './scale.ts';

describe('axis helpers', () => {
  it.each([
    [100, 25],
    [4800, 2000],
    [1320, 500],
    [7, 2],
    [0, 1],
  ])('a step for %d is %d', (max, step) => expect(niceStep(max)).toBe(step));

  it('rounds the axis up to a step and ticks from 0', () => {
    expect(niceMax(5245)).toBe(6000);
    expect(ticks(100)).toEqual([0, 25, 50, 75, 100]);
    expect(ticks(6000)).toEqual([0, 2000, 4000, 6000]);
  });

  it('maps linearly, also downwards', () => {
    expect(linear(0, 100, 200, 0)(25)).toBe(150);
    expect(linear(5, 5, 0, 10)(5)).toBe(0);
  });

  it('counts CJK characters as one em and others as 0.6', () => {
    expect(textWidth('济南市', 10)).toBe(30);
    expect(textWidth('“两新”组织', 10)).toBe(60);
    expect(textWidth('70%', 10)).toBeCloseTo(18);
  });
});
