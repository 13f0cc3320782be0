import { z } from 'astro/zod';
import { CITIES } from '../domain/vocab.ts';
import { isoDate, photo, sampleFlag, slug, text, type ImageFactory } from './common.ts';

/** A case story of good practice (典型案例, art. 10). */
export function storySchema<I extends z.ZodType>(image: ImageFactory<I>) {
  return z.strictObject({
    title: text,
    author: text,
    date: isoDate,
    city: z.enum(CITIES).optional(),
    tags: z.array(text).default([]),
    /** Ids of the homes this story is about. */
    homes: z.array(slug).default([]),
    summary: text,
    cover: photo(image).optional(),
    sample: sampleFlag,
  });
}
export type StoryData = z.infer<ReturnType<typeof storySchema<z.ZodString>>>;
