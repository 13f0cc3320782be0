import { z } from 'astro/zod';
import { decodeProgress } from './decode.ts';
import { EXPORT_APP_NAME, learningMessages as msg } from './messages.ts';
import { APP_ID, PROGRESS_VERSION, localIsoDateTime, type LessonProgress, type Progress } from './progress-schema.ts';
import { betterQuiz } from './lesson-record.ts';
import { unionIntervals } from './watched.ts';

/**
 * Export and import of the learning record, so that a cadre can carry it to
 * another browser or keep a copy: localStorage is lost with the browser's data.
 */

/** The JSON text of an export file: a header, then the record. */
export function exportProgress(data: Progress, now: Date = new Date()): string {
  const header = { app: APP_ID, name: EXPORT_APP_NAME, version: PROGRESS_VERSION, exportedAt: localIsoDateTime(now) };
  return JSON.stringify({ header, progress: { ...data, app: APP_ID, version: PROGRESS_VERSION } }, null, 2);
}

export type ImportResult =
  /** `data` is the merged record to save; `notice` a zh-CN summary. */
  { ok: true; data: Progress; imported: number; notice: string } | { ok: false; error: string };

const exportFile = z.object({
  header: z.looseObject({ app: z.literal(APP_ID), version: z.number().int().positive() }),
  progress: z.unknown(),
});

/**
 * Reads an export file (or a record copied straight from storage), migrates it
 * when it is older, and merges it into `current`.
 */
export function importProgress(text: string, current?: Progress, now: Date = new Date()): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: msg.importNotJson };
  }
  const file = exportFile.safeParse(raw);
  if (file.success && file.data.header.version > PROGRESS_VERSION) {
    return { ok: false, error: msg.importNewer(file.data.header.version, PROGRESS_VERSION) };
  }
  const decoded = decodeProgress(file.success ? file.data.progress : raw, now);
  if (decoded.kind === 'newer') return { ok: false, error: msg.importNewer(decoded.version, PROGRESS_VERSION) };
  if (decoded.kind === 'foreign') return { ok: false, error: msg.importForeign };
  const imported = Object.keys(decoded.data.lessons).length;
  const data = current ? mergeProgress(current, decoded.data) : decoded.data;
  return { ok: true, data, imported, notice: msg.importDone(imported, decoded.dropped) };
}

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
