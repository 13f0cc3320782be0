import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWatchTracker, type WatchTracker } from './watch-tracker.ts';
import { DEFAULT_MAX_GAP, isLessonComplete, watchedSeconds } from './watched.ts';

/** Plays from `from` to `to` in ticks of `step` seconds, as `timeupdate` does. */
function play(tracker: WatchTracker, from: number, to: number, step = 0.25) {
  for (let t = from; t <= to + 1e-9; t += step) tracker.tick(Math.min(t, to), { playing: true });
}

describe('createWatchTracker', () => {
  it('credits normal playback', () => {
    const tracker = createWatchTracker(600);
    play(tracker, 0, 60);
    expect(watchedSeconds(tracker.intervals)).toBeCloseTo(60);
    expect(tracker.position).toBe(60);
  });

  it.each([
    // the seek lands without a seeking flag
    ['the part skipped by a seek ahead', 30, 300, { playing: true }, 330],
    ['a small seek flagged as seeking', 10, 12, { playing: true, seeking: true }, 20],
  ])('does not credit %s', (_what, stop, landing, state, end) => {
    const tracker = createWatchTracker(600);
    play(tracker, 0, stop);
    tracker.tick(landing, state);
    play(tracker, landing, end);
    expect(tracker.intervals).toEqual([
      [0, stop],
      [landing, end],
    ]);
  });

  it('does not count a part twice after seeking back', () => {
    const tracker = createWatchTracker(600);
    play(tracker, 0, 60);
    tracker.tick(20, { playing: true, seeking: true });
    play(tracker, 20, 90);
    expect(watchedSeconds(tracker.intervals)).toBeCloseTo(90);
  });

  it('credits nothing while paused, even when scrubbing in small steps', () => {
    const tracker = createWatchTracker(600);
    play(tracker, 0, 10);
    tracker.tick(10.1, { playing: false }); // the pause tick still credits the last moment played
    for (let t = 11; t < 40; t += 1) tracker.tick(t, { playing: false });
    expect(watchedSeconds(tracker.intervals)).toBeCloseTo(10.1);
  });

  it('resumes crediting after a pause', () => {
    const tracker = createWatchTracker(600);
    play(tracker, 0, 10);
    tracker.tick(10, { playing: false });
    tracker.tick(10, { playing: true });
    play(tracker, 10, 20);
    expect(tracker.intervals).toEqual([[0, 20]]);
  });

  it('starts from earlier progress and never credits past the end', () => {
    const tracker = createWatchTracker(100, [[0, 50]]);
    play(tracker, 95, 100);
    tracker.tick(101, { playing: true });
    expect(tracker.intervals).toEqual([
      [0, 50],
      [95, 100],
    ]);
  });

  it('keeps the resume position until the first tick', () => {
    expect(createWatchTracker(100, [], { position: 42 }).position).toBe(42);
  });

  it('ignores ticks without a time', () => {
    const tracker = createWatchTracker(100);
    play(tracker, 0, 5);
    expect(tracker.tick(Number.NaN, { playing: true }).credited).toBe(0);
    expect(tracker.position).toBe(5);
  });

  it('credits nothing across a reset', () => {
    const tracker = createWatchTracker(100);
    play(tracker, 0, 5);
    tracker.reset();
    tracker.tick(6, { playing: true });
    expect(tracker.intervals).toEqual([[0, 5]]);
  });

  it('reaches 90% by playing, tick by tick', () => {
    const tracker = createWatchTracker(600);
    play(tracker, 0, 539);
    expect(isLessonComplete({ intervals: tracker.intervals, duration: 600 })).toBe(false);
    const { fraction } = tracker.tick(540, { playing: true });
    expect(fraction).toBeCloseTo(0.9);
    expect(isLessonComplete({ intervals: tracker.intervals, duration: 600 })).toBe(true);
  });

  it('tolerates the float error of many small ticks', () => {
    const tracker = createWatchTracker(30);
    play(tracker, 0, 27, 0.1);
    expect(isLessonComplete({ intervals: tracker.intervals, duration: 30 })).toBe(true);
  });
});

describe('properties', () => {
  it('a tick never decreases watched time, credits at most one step and never passes the duration', () => {
    const tick = fc.record({
      time: fc.double({ min: -50, max: 1000, noNaN: true }),
      playing: fc.boolean(),
      seeking: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.double({ min: 1, max: 900, noNaN: true }), fc.array(tick, { maxLength: 60 }), (d, ticks) => {
        const tracker = createWatchTracker(d);
        let before = 0;
        for (const { time, playing, seeking } of ticks) {
          const { watched, credited } = tracker.tick(time, { playing, seeking });
          expect(watched).toBeGreaterThanOrEqual(before);
          expect(credited).toBeLessThanOrEqual(DEFAULT_MAX_GAP + 1e-9);
          expect(watched).toBeLessThanOrEqual(d + 1e-9);
          before = watched;
        }
      }),
    );
  });
});
