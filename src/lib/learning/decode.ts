import { z } from 'astro/zod';
import {
  APP_ID,
  PROGRESS_VERSION,
  emptyProgress,
  lessonProgressSchema,
  localIsoDate,
  progressV1Schema,
  settingsSchema,
  type LessonProgress,
  type Progress,
  type ProgressV1,
} from './progress-schema.ts';

/**
 * Turns whatever was stored (or imported) into a current record: the current
 * version as it is, older versions migrated, a newer version read as far as
 * this code understands it, and anything else reported as foreign.
 */
export type Decoded =
  /** Ours, current or migrated; `dropped` lessons could not be read and were left out. */
  | { kind: 'ok'; data: Progress; migratedFrom: number | null; dropped: number }
  /** Ours, written by a newer version of the site: show it, never write over it. */
  | { kind: 'newer'; version: number; data: Progress }
  /** Not a learning record of this site. */
  | { kind: 'foreign' };

/**
 * Version 1 -> 2. Version 1 kept the furthest point reached, so [0, watched]
 * is taken as watched. It kept no completion date: the day it was last saved
 * is the latest the lesson can have been finished, and is used; without it the
 * day of the migration, which may count a lesson one year late.
 */
export function migrateV1(old: ProgressV1, now: Date): Progress {
  const day = old.savedAt ? old.savedAt.slice(0, 10) : localIsoDate(now);
  const data = emptyProgress();
  for (const [id, lesson] of Object.entries(old.lessons)) {
    const next: LessonProgress = {
      intervals: lesson.watched > 0 ? [[0, lesson.watched]] : [],
      lastPosition: lesson.position ?? lesson.watched,
    };
    if (lesson.done) next.completedAt = day;
    data.lessons[id] = next;
  }
  return data;
}

const marked = z.looseObject({ app: z.literal(APP_ID), version: z.number().int().positive() });
const body = z.object({
  lessons: z.record(z.string(), z.unknown()).default({}),
  settings: z.unknown().optional(),
});

/** Reads the lessons one by one, so one damaged entry does not cost the whole record. */
function readBody(raw: unknown): { data: Progress; dropped: number } | null {
  const parsed = body.safeParse(raw);
  if (!parsed.success) return null;
  const data = emptyProgress();
  let dropped = 0;
  for (const [id, value] of Object.entries(parsed.data.lessons)) {
    const lesson = lessonProgressSchema.safeParse(value);
    if (lesson.success && id.length > 0) data.lessons[id] = lesson.data;
    else dropped += 1;
  }
  const settings = settingsSchema.safeParse(parsed.data.settings ?? {});
  if (settings.success) data.settings = settings.data;
  return { data, dropped };
}

export function decodeProgress(raw: unknown, now: Date = new Date()): Decoded {
  const head = marked.safeParse(raw);
  if (head.success) {
    const { version } = head.data;
    if (version > PROGRESS_VERSION) {
      // Read what this code understands; the rest stays untouched in storage.
      return { kind: 'newer', version, data: readBody(raw)?.data ?? emptyProgress() };
    }
    if (version === PROGRESS_VERSION) {
      const read = readBody(raw);
      return read ? { kind: 'ok', data: read.data, migratedFrom: null, dropped: read.dropped } : { kind: 'foreign' };
    }
  }
  const v1 = progressV1Schema.safeParse(raw);
  if (v1.success) return { kind: 'ok', data: migrateV1(v1.data, now), migratedFrom: 1, dropped: 0 };
  return { kind: 'foreign' };
}
