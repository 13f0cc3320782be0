import type { z } from 'astro/zod';
import { courseSchema, lessonSchema } from '../schemas/courses.ts';
import type { ImageFactory } from '../schemas/common.ts';
import { honourYearSchema, personSchema } from '../schemas/honours.ts';
import { homeSchema } from '../schemas/homes.ts';
import { lectureSchema } from '../schemas/lectures.ts';
import { policySchema } from '../schemas/policies.ts';
import { storySchema } from '../schemas/stories.ts';

/**
 * The content collections, described once: Astro's loaders
 * (src/content.config.ts) and the pre-build validator both read this table,
 * so a file is found, named and checked the same way by both.
 */
export interface CollectionSpec {
  /** Folder under the content root. */
  dir: string;
  /** Glob of entry files inside `dir` (files and folders starting with `_` are drafts). */
  pattern: string;
  /** Markdown entries have a body; data entries are YAML only. */
  kind: 'markdown' | 'data';
  /** Chinese name used in messages. */
  label: string;
  schema: (image: ImageFactory) => z.ZodType;
}

const MD = '**/[^_]*.{md,mdx}';

export const COLLECTIONS = {
  homes: { dir: 'homes', pattern: MD, kind: 'markdown', label: '职工之家', schema: homeSchema },
  courses: { dir: 'courses', pattern: '[^_]*/index.{md,mdx}', kind: 'markdown', label: '培训课程', schema: () => courseSchema },
  lessons: {
    dir: 'courses',
    pattern: '[^_]*/!(index|_*).{md,mdx}',
    kind: 'markdown',
    label: '课程课时',
    schema: () => lessonSchema,
  },
  lectures: { dir: 'lectures', pattern: MD, kind: 'markdown', label: '传习所讲稿', schema: () => lectureSchema },
  stories: { dir: 'stories', pattern: MD, kind: 'markdown', label: '典型案例', schema: storySchema },
  policies: { dir: 'policies', pattern: MD, kind: 'markdown', label: '政策文件', schema: () => policySchema },
  // The collection keeps its folder's name, as the URL /honors/ does; the code's own names say "honours".
  honors: { dir: 'honors', pattern: '[^_]*.{yaml,yml}', kind: 'data', label: '荣誉名单', schema: () => honourYearSchema },
  people: { dir: 'people', pattern: '[^_]*.{yaml,yml}', kind: 'data', label: '娘家人', schema: () => personSchema },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/**
 * The id of an entry from its path relative to the collection folder.
 * Homes, stories and the like are named by their file name alone, so editors
 * may sort them into sub-folders (by city, by year) without changing URLs;
 * a course is named by its folder and a lesson by `course/lesson`.
 */
export function entryId(collection: CollectionName, relativePath: string): string {
  const parts = relativePath.replace(/\\/g, '/').split('/');
  const base = (parts.at(-1) ?? '').replace(/\.(mdx?|ya?ml)$/, '');
  if (collection === 'courses') return parts[0] ?? base;
  if (collection === 'lessons') return `${parts[0]}/${base}`;
  return base;
}
