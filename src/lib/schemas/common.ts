import { z } from 'astro/zod';

/** True when `y-m-d` names a day that exists (2024-02-30 does not). */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date, kept as the string `YYYY-MM-DD` so that no time zone or
 * JavaScript roll-over (30 Feb -> 1 Mar) can change it. YAML parsers that
 * turn dates into Date objects are accepted and converted back.
 */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: '应为日期，格式 YYYY-MM-DD' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 YYYY-MM-DD，例如 2024-04-28' })
    .refine(isRealDate, { error: '这一天不存在（请核对月份和日期）' }),
);

/** A year of the programme: from the policy's year (2018) on (R9). */
export const programmeYear = z
  .number({ error: '应为四位数年份' })
  .int({ error: '应为整数年份' })
  .min(2018, { error: '年份不能早于 2018 年（政策发布之年）' })
  .max(2100, { error: '年份不合理' });

/** A non-empty line of text. */
export const text = z.string({ error: '应为文字' }).trim().min(1, { error: '不能为空' });

/** A URL-safe id: lower-case letters, digits and hyphens. */
export const slug = z
  .string({ error: '应为编号（小写字母、数字和连字符）' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: '编号只能包含小写字母、数字和连字符，例如 jinan-steel-union' });

/** A percentage from 0 to 100. */
export const percent = z
  .number({ error: '应为 0 到 100 之间的数字' })
  .min(0, { error: '不能小于 0' })
  .max(100, { error: '不能大于 100' });

/** Marks invented sample entries so that the site labels them 示例. */
export const sampleFlag = z.boolean({ error: '应为 true 或 false' }).default(false);

/** A path to a media file under the content root's `media/` folder, e.g. `/media/lessons/a.mp4`. */
export const mediaPath = z
  .string({ error: '应为媒体文件路径' })
  .regex(/^\/media\/[^\s]+$/, { error: '媒体文件路径应以 /media/ 开头，例如 /media/lessons/law-01.mp4' });

/**
 * The factory Astro passes to a schema for local images; the Node validator
 * passes one that checks the path is a string (and the file exists, later).
 */
export type ImageFactory<I extends z.ZodType = z.ZodType> = () => I;

/** A photo with its mandatory alternative text (WCAG 1.1.1). */
export function photo<I extends z.ZodType>(image: ImageFactory<I>) {
  return z.strictObject({
    /** Path of the image file, relative to the content file. */
    src: image(),
    /** What the photo shows, for readers who cannot see it. Required. */
    alt: z
      .string({ error: '每张图片都必须有替代文字 alt（描述图片内容，供视障读者使用）' })
      .trim()
      .min(2, { error: '替代文字 alt 太短，请描述图片内容' }),
    /** Optional caption shown under the photo. */
    caption: z.string().optional(),
  });
}
