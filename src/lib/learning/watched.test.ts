import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addPlayback,
  isLessonComplete,
  normalizeIntervals,
  unionIntervals,
  watchedFraction,
  watchedSeconds,
} from './watched.ts';

describe('normalizeIntervals', () => {
  it('merges overlapping and touching spans', () => {
    expect(
      normalizeIntervals([
        [5, 10],
        [0, 6],
        [10, 12],
      ]),
    ).toEqual([[0, 12]]);
  });
  it('keeps gaps, in order', () => {
    expect(
      normalizeIntervals([
        [10, 12],
        [0, 5],
      ]),
    ).toEqual([
      [0, 5],
      [10, 12],
    ]);
  });
  it('clips to the duration', () => {
    expect(
      normalizeIntervals(
        [
          [-3, 4],
          [50, 200],
        ],
        60,
      ),
    ).toEqual([
      [0, 4],
      [50, 60],
    ]);
  });
  it('drops empty and invalid spans', () => {
    expect(
      normalizeIntervals([
        [3, 3],
        [5, 2],
        [Number.NaN, 4],
        [1, Infinity],
      ]),
    ).toEqual([]);
  });
});

describe('addPlayback', () => {
  it('credits a small forward step', () => {
    expect(addPlayback([], 10, 10.25)).toEqual([[10, 10.25]]);
  });
  it('does not credit a seek ahead', () => {
    expect(addPlayback([[0, 10]], 10, 60)).toEqual([[0, 10]]);
  });
  it('does not credit a backward step', () => {
    expect(addPlayback([[0, 10]], 10, 2)).toEqual([[0, 10]]);
  });
  it('does not count a re-watched part twice', () => {
    expect(watchedSeconds(addPlayback([[0, 10]], 4, 5))).toBe(10);
  });
  it('takes the largest playback step as an option', () => {
    expect(addPlayback([], 0, 4, { maxGap: 5 })).toEqual([[0, 4]]);
    expect(addPlayback([], 0, 4, { maxGap: 3 })).toEqual([]);
  });
});

describe('isLessonComplete', () => {
  it('completes at 90% watched, wherever the gaps are', () => {
    expect(isLessonComplete({ intervals: [[0, 539]], duration: 600 })).toBe(false);
    expect(isLessonComplete({ intervals: [[0, 540]], duration: 600 })).toBe(true);
    expect(
      isLessonComplete({
        intervals: [
          [0, 300],
          [360, 600],
        ],
        duration: 600,
      }),
    ).toBe(true);
  });
  it('requires a passed quiz when the lesson has one', () => {
    const intervals: [number, number][] = [[0, 600]];
    expect(isLessonComplete({ intervals, duration: 600, quizRequired: true })).toBe(false);
    expect(isLessonComplete({ intervals, duration: 600, quizRequired: true, quizPassed: true })).toBe(true);
  });
  it('is never complete for a video without length', () => {
    expect(isLessonComplete({ intervals: [[0, 10]], duration: 0 })).toBe(false);
  });
});

describe('properties', () => {
  const time = fc.double({ min: -50, max: 1000, noNaN: true });
  const intervals = fc.array(fc.tuple(time, time), { maxLength: 20 });
  const duration = fc.double({ min: 1, max: 900, noNaN: true });

  it('watched seconds never exceed the duration', () => {
    fc.assert(
      fc.property(intervals, duration, (spans, d) => {
        expect(watchedSeconds(spans, d)).toBeLessThanOrEqual(d + 1e-9);
        expect(watchedFraction(spans, d)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('union is commutative', () => {
    fc.assert(
      fc.property(intervals, intervals, (a, b) => {
        expect(unionIntervals(a, b)).toEqual(unionIntervals(b, a));
      }),
    );
  });

  it('normalized spans are sorted and disjoint', () => {
    fc.assert(
      fc.property(intervals, (spans) => {
        const out = normalizeIntervals(spans);
        out.forEach(([s, e], i) => {
          expect(e).toBeGreaterThan(s);
          if (i > 0) expect(s).toBeGreaterThan(out[i - 1]![1]);
        });
      }),
    );
  });

  it('adding playback never decreases watched time', () => {
    fc.assert(
      fc.property(intervals, time, time, (spans, from, to) => {
        expect(watchedSeconds(addPlayback(spans, from, to))).toBeGreaterThanOrEqual(watchedSeconds(spans));
      }),
    );
  });
});
