import { betterQuiz } from './lesson-record.ts';
import type { LessonProgress, Progress } from './progress-schema.ts';
import { unionIntervals } from './watched.ts';

/**
 * Merging two accounts of the same lessons: two tabs, two windows, an import.
 * Every rule only adds (a union, the earlier completion, the better quiz), so
 * merging in any order and any number of times gives the same record and no
 * watched second is ever lost.
 */

const time = (iso: string | undefined) => (iso === undefined ? -Infinity : Date.parse(iso));

const earliest = (a: string | undefined, b: string | undefined) =>
  a === undefined || (b !== undefined && b < a) ? b : a;

/** Union of watched spans, earliest completion, best quiz, and the resume point of the later change. */
export function mergeLesson(a: LessonProgress, b: LessonProgress): LessonProgress {
  const later = time(b.updatedAt) > time(a.updatedAt) ? b : a;
  const merged: LessonProgress = {
    intervals: unionIntervals(a.intervals, b.intervals),
    lastPosition: later.lastPosition,
  };
  const completedAt = earliest(a.completedAt, b.completedAt);
  if (completedAt !== undefined) merged.completedAt = completedAt;
  const quiz = betterQuiz(a.quiz, b.quiz);
  if (quiz) merged.quiz = quiz;
  if (later.updatedAt !== undefined) merged.updatedAt = later.updatedAt;
  return merged;
}

/** Merges two records lesson by lesson; the settings of `current` are kept. */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  const lessons: Progress['lessons'] = { ...current.lessons };
  for (const [id, lesson] of Object.entries(incoming.lessons)) {
    const mine = lessons[id];
    lessons[id] = mine ? mergeLesson(mine, lesson) : lesson;
  }
  return { ...current, lessons };
}
