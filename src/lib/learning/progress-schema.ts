import { z } from 'astro/zod';
import { isoDate } from '../schemas/common.ts';

/**
 * The learning record kept in the browser (localStorage): what a cadre has
 * watched of each lesson, quiz results and player settings. Nothing leaves the
 * browser except through an export file the cadre saves.
 *
 * Version 3 keeps each lesson under its own key, so that saving one lesson
 * reads and writes only that lesson, and two tabs merge instead of
 * overwriting each other; the head key holds the version and the settings.
 * Versions 1 and 2 kept the whole record under the head key.
 */

/** localStorage key of the record's head: marker, version, settings. */
export const STORAGE_KEY = 'zgzj.learning';
/** Prefix of a lesson's key; the lesson id (`course/lesson`) follows. */
export const LESSON_KEY_PREFIX = 'zgzj.learning.lesson:';
/** Prefix of the keys of damaged entries kept aside (see backups.ts). */
export const BACKUP_KEY_PREFIX = 'zgzj.learning.backup:';
/** The one backup versions 1-2 kept (each damage overwrote the last); listed with the others. */
export const LEGACY_BACKUP_KEY = 'zgzj.learning.backup';
/** Marks a record as ours, so that a foreign value under the key is never taken for one. */
export const APP_ID = 'zgzj-learning';
/** Format version this code writes. A newer stored version is read-only here. */
export const PROGRESS_VERSION = 3;

/** The storage key of one lesson. */
export const lessonKey = (lessonId: string) => `${LESSON_KEY_PREFIX}${lessonId}`;

const seconds = z.number({ error: '应为秒数' }).min(0, { error: '秒数不能为负' });
const dateTime = z.iso.datetime({ offset: true, error: '应为带时区的时间，例如 2024-05-01T09:30:00+08:00' });

/** A watched span [start, end) in seconds of the video. */
export const intervalSchema = z
  .tuple([seconds, seconds])
  .refine(([start, end]) => end >= start, { error: '区间的终点不能早于起点' });

/** The result of a lesson's quiz. */
export const quizResultSchema = z.object({
  /** Whether the score reached the lesson's pass mark. */
  passed: z.boolean(),
  /** Share of questions answered correctly, 0-1. */
  score: z.number().min(0).max(1),
  /** When the quiz was taken. */
  at: dateTime,
});
export type QuizResult = z.infer<typeof quizResultSchema>;

/** One lesson's progress, keyed by lesson id (`course/lesson`). */
export const lessonProgressSchema = z.object({
  /** Watched spans, merged; see watched.ts. Default: none. */
  intervals: z.array(intervalSchema).default([]),
  /** Where to resume, in seconds. Default 0. */
  lastPosition: seconds.default(0),
  /**
   * Day the lesson was first completed, `YYYY-MM-DD` in the cadre's own
   * calendar: it decides the year the study hours count in.
   */
  completedAt: isoDate.optional(),
  /** Best quiz result; absent when the lesson has no quiz or it was not taken. */
  quiz: quizResultSchema.optional(),
  /** Last change, to pick the newer resume position when merging. */
  updatedAt: dateTime.optional(),
});
export type LessonProgress = z.infer<typeof lessonProgressSchema>;

/** Player settings remembered between visits. */
export const settingsSchema = z.object({
  /** Playback speed, 0.5-2. Default 1. */
  playbackRate: z.number().min(0.5).max(2).default(1),
  /** Show captions. Default true. */
  captions: z.boolean().default(true),
  /** Go on to the next lesson when one ends. Default false. */
  autoplayNext: z.boolean().default(false),
});
export type Settings = z.infer<typeof settingsSchema>;

/**
 * The whole record as one object: what an export file carries, and what
 * version 2 kept under the head key. Version 3 stores the same lessons one
 * key each.
 */
export const progressSchema = z.object({
  app: z.literal(APP_ID),
  version: z.literal(PROGRESS_VERSION),
  lessons: z.record(z.string().min(1), lessonProgressSchema).default({}),
  settings: settingsSchema.prefault({}),
});
export type Progress = z.infer<typeof progressSchema>;

/** The head key's value in version 3. */
export const headSchema = z.object({
  app: z.literal(APP_ID),
  version: z.literal(PROGRESS_VERSION),
  settings: settingsSchema.prefault({}),
  /** The name the learner typed to print on the record; kept in this browser only, never exported. */
  learnerName: z.string().max(60).optional(),
});
export type Head = z.infer<typeof headSchema>;

/**
 * The record, version 1 (the first pilot): no app marker, and per lesson only
 * the furthest point reached and a done flag, without a date. Kept to migrate.
 */
export const progressV1Schema = z.object({
  version: z.literal(1),
  lessons: z.record(
    z.string().min(1),
    z.object({
      /** Furthest point reached, in seconds. */
      watched: seconds,
      done: z.boolean(),
      /** Where the player stopped, in seconds. */
      position: seconds.optional(),
    }),
  ),
  /** When the record was last saved. */
  savedAt: dateTime.optional(),
});
export type ProgressV1 = z.infer<typeof progressV1Schema>;

/** A fresh, empty record. */
export function emptyProgress(): Progress {
  return progressSchema.parse({ app: APP_ID, version: PROGRESS_VERSION });
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of a moment in the local calendar (the cadre's own day). */
export function localIsoDate(moment: Date): string {
  return `${pad(moment.getFullYear(), 4)}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** ISO date-time in local time with its offset, e.g. `2024-05-01T09:30:00+08:00`. */
export function localIsoDateTime(moment: Date): string {
  const offset = -moment.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const time = `${pad(moment.getHours())}:${pad(moment.getMinutes())}:${pad(moment.getSeconds())}`;
  return `${localIsoDate(moment)}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
