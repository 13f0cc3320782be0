import {
  localIsoDate,
  localIsoDateTime,
  type LessonProgress,
  type Progress,
  type QuizResult,
} from './progress-schema.ts';
import { isLessonComplete, normalizeIntervals, type Intervals } from './watched.ts';

/**
 * Updates of one lesson's record, so that the player island never decides by
 * itself when a lesson is complete: the rule lives in watched.ts, the date is
 * set here, once.
 */

/** What the catalog says about a lesson. */
export interface LessonFacts {
  /** Length of the video in seconds. */
  duration: number;
  /** The lesson has a quiz, which must be passed to complete it. */
  hasQuiz: boolean;
}

export function emptyLesson(): LessonProgress {
  return { intervals: [], lastPosition: 0 };
}

/** Sets `completedAt` to today the first time the lesson meets the completion rule; never moves it. */
export function withCompletion(lesson: LessonProgress, facts: LessonFacts, now: Date): LessonProgress {
  if (lesson.completedAt !== undefined) return lesson;
  const complete = isLessonComplete({
    intervals: lesson.intervals,
    duration: facts.duration,
    quizRequired: facts.hasQuiz,
    quizPassed: lesson.quiz?.passed ?? false,
  });
  return complete ? { ...lesson, completedAt: localIsoDate(now) } : lesson;
}

/** Records watched spans and the resume position from the player's tracker. */
export function recordWatch(
  lesson: LessonProgress | undefined,
  watch: { intervals: Intervals; position: number },
  facts: LessonFacts,
  now: Date = new Date(),
): LessonProgress {
  const base = lesson ?? emptyLesson();
  const next: LessonProgress = {
    ...base,
    intervals: normalizeIntervals([...base.intervals, ...watch.intervals], facts.duration),
    lastPosition: Math.min(Math.max(0, watch.position), facts.duration),
    updatedAt: localIsoDateTime(now),
  };
  return withCompletion(next, facts, now);
}

/** Records a quiz attempt; a better earlier result is kept (a pass stays a pass). */
export function recordQuiz(
  lesson: LessonProgress | undefined,
  attempt: { score: number; passMark: number },
  facts: LessonFacts,
  now: Date = new Date(),
): LessonProgress {
  const base = lesson ?? emptyLesson();
  const score = Math.min(1, Math.max(0, attempt.score));
  const result = { passed: score >= attempt.passMark, score, at: localIsoDateTime(now) };
  const next: LessonProgress = { ...base, quiz: betterQuiz(base.quiz, result) ?? result, updatedAt: result.at };
  return withCompletion(next, facts, now);
}

const time = (iso: string) => Date.parse(iso);

/** Of two quiz results, the one to keep: a pass beats a fail, then the higher score, then the earlier attempt. */
export function betterQuiz(a: QuizResult | undefined, b: QuizResult | undefined): QuizResult | undefined {
  if (!a || !b) return a ?? b;
  if (a.passed !== b.passed) return a.passed ? a : b;
  if (a.score !== b.score) return a.score > b.score ? a : b;
  return time(b.at) < time(a.at) ? b : a;
}

/** The record with one lesson replaced. */
export function withLesson(progress: Progress, lessonId: string, lesson: LessonProgress): Progress {
  return { ...progress, lessons: { ...progress.lessons, [lessonId]: lesson } };
}
