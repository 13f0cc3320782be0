import {
  addPlayback,
  normalizeIntervals,
  watchedFraction,
  watchedSeconds,
  type Intervals,
  type PlaybackOptions,
} from './watched.ts';

/**
 * The stateful side of watched-time accounting: the player island feeds it
 * every `timeupdate` and saves its spans and position now and then.
 */

export interface TickState {
  /** The player is playing (not paused, not ended). */
  playing: boolean;
  /** The player is seeking (video.js `player.seeking()`). */
  seeking?: boolean;
}

export interface TickResult {
  /** Seconds newly credited by this tick. */
  credited: number;
  watched: number;
  fraction: number;
}

export interface WatchTracker {
  /** Call on every `timeupdate` (and on `pause`, `seeking`, `ended`). */
  tick(currentTime: number, state: TickState): TickResult;
  /** Forget the last position, e.g. after the source changed. */
  reset(): void;
  readonly intervals: Intervals;
  /** Last reported position, for resuming; `options.position` (default 0) before the first tick. */
  readonly position: number;
}

/**
 * Keeps the watched spans of one lesson while its player runs. A step is
 * credited only when the player was playing since the previous tick and is not
 * seeking now, so ticks fired by seeks or by scrubbing while paused count nothing.
 */
export function createWatchTracker(
  duration: number,
  initial: Intervals = [],
  options: { maxGap?: number; position?: number } = {},
): WatchTracker {
  let intervals: Intervals = normalizeIntervals(initial, duration);
  let last: number | null = null;
  let wasPlaying = false;
  let position = options.position ?? 0;
  const playback: PlaybackOptions = { duration, ...(options.maxGap === undefined ? {} : { maxGap: options.maxGap }) };

  return {
    tick(currentTime, { playing, seeking = false }) {
      const before = watchedSeconds(intervals);
      if (Number.isFinite(currentTime)) {
        if (!seeking && wasPlaying && last !== null) intervals = addPlayback(intervals, last, currentTime, playback);
        last = currentTime;
        position = Math.min(Math.max(0, currentTime), duration);
        wasPlaying = playing;
      }
      const watched = watchedSeconds(intervals);
      return { credited: watched - before, watched, fraction: watchedFraction(intervals, duration) };
    },
    reset() {
      last = null;
      wasPlaying = false;
    },
    get intervals() {
      return intervals;
    },
    get position() {
      return position;
    },
  };
}
