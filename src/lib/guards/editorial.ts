import type { Entries, Entry } from '../content/check.ts';
import { describeField } from '../content/field-labels.ts';
import type { Problem } from '../content/problem.ts';

/** Largest photo file an editor may add: bigger ones slow every build and add nothing on screen. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

export interface EditorialOptions {
  /** The day content is judged on, `YYYY-MM-DD`: nothing may be dated after it. */
  today: string;
  /** The story tags in use (site.yaml `tags`); when given, others are refused. */
  tags?: readonly string[];
  /** Size in bytes of an image referenced from a file, or undefined when unknown. */
  imageSize: (reference: string, fromFile: string) => number | undefined;
}

const at = (e: Entry, path: PropertyKey[], message: string, hint: string): Problem => ({
  file: e.file,
  ...e.locate(path),
  field: describeField(path).field,
  message,
  hint,
});

/** Mistakes an editor can make that the schemas cannot see: future dates, unknown tags, huge images. */
export function checkEditorial(entries: Entries, options: EditorialOptions): Problem[] {
  const problems: Problem[] = [];
  const future = (e: Entry, field: string, value: unknown) => {
    if (typeof value === 'string' && value > options.today) {
      problems.push(
        at(e, [field], `日期 ${value} 晚于今天（${options.today}）`, '发布日期不能是将来的日子，请核对年份和月份'),
      );
    }
  };
  const image = (e: Entry, path: PropertyKey[], ref: unknown) => {
    const size = typeof ref === 'string' ? options.imageSize(ref, e.file) : undefined;
    if (size !== undefined && size > MAX_IMAGE_BYTES) {
      problems.push(
        at(
          e,
          path,
          `图片太大（${(size / 1024 / 1024).toFixed(1)} MB，上限 ${MAX_IMAGE_BYTES / 1024 / 1024} MB）`,
          '把图片缩小到长边不超过 2400 像素、JPEG 质量 80 左右再放入',
        ),
      );
    }
  };
  for (const e of entries.stories) {
    const d = e.data as { date: string; tags: string[]; cover?: { src: string } };
    future(e, 'date', d.date);
    if (d.cover) image(e, ['cover', 'src'], d.cover.src);
    if (options.tags) {
      d.tags.forEach((tag, i) => {
        if (!options.tags!.includes(tag)) {
          problems.push(
            at(
              e,
              ['tags', i],
              `未知的标签“${tag}”`,
              `请从已有标签中选用：${options.tags!.join('、')}；需要新标签请在 site.yaml 的 tags 中添加`,
            ),
          );
        }
      });
    }
  }
  for (const e of entries.lectures) future(e, 'date', (e.data as { date: string }).date);
  for (const e of [...entries.courses, ...entries.lessons])
    future(e, 'published', (e.data as { published: string }).published);
  for (const e of entries.homes) {
    (e.data as { photos: { src: string }[] }).photos.forEach((p, i) => image(e, ['photos', i, 'src'], p.src));
  }
  return problems;
}
