import { z } from 'astro/zod';
import { LECTURE_THEMES } from '../domain/vocab.ts';
import { isoDate, sampleFlag, text } from './common.ts';

/** Lecture-hall material (新时代文明传习所, art. 7). */
export const lectureSchema = z.strictObject({
  title: text,
  /** One of the four themes (四个讲解). */
  theme: z.enum(LECTURE_THEMES),
  /** Speaker or author. */
  speaker: text,
  date: isoDate,
  summary: text,
  /** Reading list shown at the end. */
  references: z.array(z.strictObject({ title: text, href: z.string().optional() })).default([]),
  /** Planned length of the talk in minutes. */
  minutes: z.number().int().positive().optional(),
  sample: sampleFlag,
});
export type LectureData = z.infer<typeof lectureSchema>;
