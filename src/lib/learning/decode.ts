import { z } from 'astro/zod';
import {
  APP_ID,
  PROGRESS_VERSION,
  emptyProgress,
  headSchema,
  lessonProgressSchema,
  localIsoDate,
  progressV1Schema,
  settingsSchema,
  type Head,
  type LessonProgress,
  type Progress,
  type ProgressV1,
} from './progress-schema.ts';

/**
 * Turns whatever was stored (or imported) into a current record: the current
 * version as it is, older versions migrated, a newer version read as far as
 * this code understands it, ours but unreadable reported as damaged, and
 * anything else as foreign.
 */
export type Decoded =
  /** Ours, current or migrated; `damaged` lessons could not be read and are left out of `data`. */
  | { kind: 'ok'; data: Progress; migratedFrom: number | null; damaged: DamagedLesson[] }
  /** Ours, written by a newer version of the site: show it, never write over it. */
  | { kind: 'newer'; version: number; data: Progress }
  /** Carries our marker, but its body cannot be read. */
  | { kind: 'damaged' }
  /** Not a learning record of this site. */
  | { kind: 'foreign' };

/** A lesson entry that does not match the schema, with its raw value, to be kept aside. */
export interface DamagedLesson {
  lessonId: string;
  value: unknown;
}

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

/** One lesson's stored value, or null when it does not match the schema. */
export function decodeLesson(value: unknown): LessonProgress | null {
  const lesson = lessonProgressSchema.safeParse(value);
  return lesson.success ? lesson.data : null;
}

/** Reads the lessons one by one, so one damaged entry does not cost the whole record. */
function readBody(raw: unknown): { data: Progress; damaged: DamagedLesson[] } | null {
  const parsed = body.safeParse(raw);
  if (!parsed.success) return null;
  const data = emptyProgress();
  const damaged: DamagedLesson[] = [];
  for (const [id, value] of Object.entries(parsed.data.lessons)) {
    const lesson = id.length > 0 ? decodeLesson(value) : null;
    if (lesson) data.lessons[id] = lesson;
    else damaged.push({ lessonId: id, value });
  }
  const settings = settingsSchema.safeParse(parsed.data.settings ?? {});
  if (settings.success) data.settings = settings.data;
  return { data, damaged };
}

/** A whole record of any version: an export file's content, or what versions 1 and 2 stored. */
export function decodeProgress(raw: unknown, now: Date = new Date()): Decoded {
  const head = marked.safeParse(raw);
  if (head.success) {
    const { version } = head.data;
    if (version > PROGRESS_VERSION) {
      // Read what this code understands; the rest stays untouched in storage.
      return { kind: 'newer', version, data: readBody(raw)?.data ?? emptyProgress() };
    }
    const read = version >= 2 ? readBody(raw) : null;
    return read ? { kind: 'ok', data: read.data, migratedFrom: null, damaged: read.damaged } : { kind: 'damaged' };
  }
  const v1 = progressV1Schema.safeParse(raw);
  if (v1.success) return { kind: 'ok', data: migrateV1(v1.data, now), migratedFrom: 1, damaged: [] };
  return { kind: 'foreign' };
}

/** What the head key holds. */
export type StoredHead =
  /** Version 3: the head alone, lessons under their own keys. */
  | { kind: 'head'; head: Head }
  /** A whole record of version 1 or 2 under the head key, to be split into lesson keys. */
  | { kind: 'record'; data: Progress; damaged: DamagedLesson[] }
  | { kind: 'newer'; version: number }
  | { kind: 'damaged' }
  | { kind: 'foreign' };

/** Reads the value of the head key (already parsed from JSON). */
export function decodeHead(raw: unknown, now: Date = new Date()): StoredHead {
  const current = marked.safeParse(raw);
  if (current.success && current.data.version === PROGRESS_VERSION && !('lessons' in current.data)) {
    const settings = settingsSchema.safeParse(current.data['settings'] ?? {});
    const name = headSchema.shape.learnerName.safeParse(current.data['learnerName']);
    const head: Head = {
      app: APP_ID,
      version: PROGRESS_VERSION,
      settings: settings.success ? settings.data : settingsSchema.parse({}),
    };
    if (name.success && name.data !== undefined) head.learnerName = name.data;
    return { kind: 'head', head };
  }
  const decoded = decodeProgress(raw, now);
  switch (decoded.kind) {
    case 'ok':
      return { kind: 'record', data: decoded.data, damaged: decoded.damaged };
    case 'newer':
      return { kind: 'newer', version: decoded.version };
    default:
      return decoded;
  }
}
