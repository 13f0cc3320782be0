import { existsSync } from 'node:fs';
import sharp from 'sharp';
import type { Problem } from '../content/problem.ts';

/** An image some content shows, with where it is referenced. */
export interface ImageReference {
  file: string;
  /** Where it is written: found only for a message (finding it parses the file's YAML again). */
  where: () => { line: number; col: number };
  field?: string;
  /** As written. */
  src: string;
  /** The file it resolves to. */
  absolute: string;
  /** Report a missing file here (body images; entry fields are reported with the entry's references). */
  reportMissing?: boolean;
}

/** Why an image file cannot be shown, or undefined when it decodes. */
async function decodeError(absolute: string): Promise<string | undefined> {
  try {
    // Decoding a small rendition reads every byte (a cut-off JPEG fails) at a fraction of the cost.
    await sharp(absolute, { failOn: 'truncated' }).resize(32, 32, { fit: 'inside' }).raw().toBuffer();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * Every referenced image exists and decodes (sharp, the same library Astro's
 * image service uses), so a corrupt photo fails here in Chinese, not inside
 * Astro in English. Each file is decoded once however often it is used.
 */
export async function checkImages(references: readonly ImageReference[]): Promise<Problem[]> {
  const problems: Problem[] = [];
  const verdicts = new Map<string, Promise<string | undefined>>();
  const at = (r: ImageReference) => ({
    file: r.file,
    ...r.where(),
    ...(r.field ? { field: r.field } : {}),
  });
  for (const r of references) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(r.src) && !/^https?:/i.test(r.src)) continue; // the allow-list refuses other schemes
    if (/^https?:/i.test(r.src) || r.src.startsWith('//')) {
      problems.push({
        ...at(r),
        message: `图片“${r.src}”在其他网站上：网站不从外部加载图片`,
        hint: '把图片文件放进 content/media/photos/，再用 /media/photos/文件名 引用',
      });
      continue;
    }
    if (!existsSync(r.absolute)) {
      if (r.reportMissing)
        problems.push({
          ...at(r),
          message: `找不到图片文件 ${r.src}`,
          hint: '检查文件名和路径（区分大小写），图片放在 content/media/ 下',
        });
      continue;
    }
    if (!verdicts.has(r.absolute)) verdicts.set(r.absolute, decodeError(r.absolute));
  }
  for (const r of references) {
    const verdict = verdicts.get(r.absolute);
    const error = verdict && (await verdict);
    if (error) {
      problems.push({
        ...at(r),
        message: `图片文件 ${r.src} 已损坏或不是图片，无法显示`,
        hint: `用看图软件打开检查，重新导出为 JPEG 或 PNG 后替换（图片库的说明：${error}）`,
      });
    }
  }
  return problems;
}
