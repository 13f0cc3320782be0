/**
 * Watched-time accounting for video lessons (网上培训, art. 6).
 *
 * Watched time is a set of merged half-open intervals [start, end) in seconds
 * of the video, so that watching a part twice counts once and skipping a part
 * counts nothing. Only the time between two consecutive player ticks is
 * credited, and only when the step is small enough to be real playback.
 */

/** A watched span [start, end) in seconds of the video. */
export type Interval = [start: number, end: number];
export type Intervals = readonly Interval[];

/**
 * Largest step between two ticks that still counts as playback, in seconds.
 * Browsers fire `timeupdate` every 15-250 ms and throttle background tabs to
 * about once a second; at 2x speed that is a 2 s step. The arrow keys of
 * video.js seek 5 s, so 3 s tells playback from a seek.
 */
export const DEFAULT_MAX_GAP = 3;

/** Share of a video to watch for the lesson to count as complete. */
export const COMPLETION_SHARE = 0.9;

/** Sorts, clips to [0, duration], drops empty or invalid spans and merges overlapping or touching ones. */
export function normalizeIntervals(intervals: Intervals, duration = Infinity): Interval[] {
  const clipped: Interval[] = [];
  for (const [start, end] of intervals) {
    const s = Math.max(0, start);
    const e = Math.min(duration, end);
    if (Number.isFinite(s) && Number.isFinite(e) && e > s) clipped.push([s, e]);
  }
  clipped.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Interval[] = [];
  for (const [s, e] of clipped) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/** Union of two sets of watched spans. */
export function unionIntervals(a: Intervals, b: Intervals, duration = Infinity): Interval[] {
  return normalizeIntervals([...a, ...b], duration);
}

export interface PlaybackOptions {
  /** Largest step that counts as playback (seconds); larger steps are seeks. */
  maxGap?: number;
  /** Video length: nothing past it is credited. */
  duration?: number;
}

/**
 * Credits the step from `from` to `to` as watched when it is forward and no
 * longer than `maxGap`; a seek (a longer or backward step) credits nothing.
 * Returns a new normalized array either way.
 */
export function addPlayback(intervals: Intervals, from: number, to: number, options: PlaybackOptions = {}): Interval[] {
  const { maxGap = DEFAULT_MAX_GAP, duration = Infinity } = options;
  const step = to - from;
  if (!(step > 0) || step > maxGap) return normalizeIntervals(intervals, duration);
  return unionIntervals(intervals, [[from, to]], duration);
}

/** Seconds watched, counting each second of the video once. */
export function watchedSeconds(intervals: Intervals, duration = Infinity): number {
  return normalizeIntervals(intervals, duration).reduce((sum, [s, e]) => sum + (e - s), 0);
}

/** Share of the video watched, 0-1. */
export function watchedFraction(intervals: Intervals, duration: number): number {
  if (!(duration > 0)) return 0;
  return Math.min(1, watchedSeconds(intervals, duration) / duration);
}

export interface CompletionInput {
  intervals: Intervals;
  duration: number;
  /** The lesson has a quiz, which must then be passed. */
  quizRequired?: boolean;
  quizPassed?: boolean;
}

/** A lesson is complete when 90% of its video has been watched and its quiz, if any, passed. */
export function isLessonComplete({
  intervals,
  duration,
  quizRequired = false,
  quizPassed = false,
}: CompletionInput): boolean {
  // The epsilon absorbs float error in sums of tick steps such as 0.25 + 0.1.
  const watchedEnough = watchedFraction(intervals, duration) >= COMPLETION_SHARE - 1e-9;
  return watchedEnough && (!quizRequired || quizPassed);
}
