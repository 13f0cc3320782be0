/**
 * The checks of one content folder that read files beside the entries:
 * oversize entries, lesson captions (published as transcripts), images shown
 * in bodies and fields, and the characters certificates print.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Entries, SourceFile } from '../content/check.ts';
import type { Problem } from '../content/problem.ts';
import { bodyImages } from '../guards/body-images.ts';
import { checkPrivacy, type PrivacyOptions } from '../guards/privacy.ts';
import { parseVtt } from '../courses/vtt.ts';
import { decodeText } from './encoding.ts';
import type { ImageReference } from './images.ts';
import type { ValidationCache } from './validation-cache.ts';
import { resolveReference, shownPath } from './read-content.ts';

/** An entry this large slows every build; past the hard limit it is not an article but pasted data. */
export const ENTRY_WARN_BYTES = 256 * 1024;
export const ENTRY_MAX_BYTES = 4 * 1024 * 1024;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** Oversize entries: a warning with the size, an error past the hard limit. */
export function sizeProblems(file: string, bytes: number): Problem[] {
  if (bytes <= ENTRY_WARN_BYTES) return [];
  const over = bytes > ENTRY_MAX_BYTES;
  return [
    {
      file,
      line: 1,
      col: 1,
      message: `文件有 ${kb(bytes)}，${over ? `超过上限 ${kb(ENTRY_MAX_BYTES)}` : `超过建议的 ${kb(ENTRY_WARN_BYTES)}`}：一篇内容不应这么大`,
      hint: '长文请分成几篇；表格数据请放到 content/data/；图片和附件请放进 content/media/ 后引用',
      ...(over ? {} : { severity: 'warning' as const }),
    },
  ];
}

/** Captions of every lesson: readable WebVTT in UTF-8 with no personal information (they are published as transcripts). */
export function captionProblems(
  root: string,
  entries: Entries,
  privacy: PrivacyOptions,
  cwd = process.cwd(),
): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const lesson of entries.lessons) {
    for (const c of (lesson.data as { captions: { src: string }[] }).captions) {
      const absolute = resolveReference(root, cwd, c.src, lesson.file);
      if (seen.has(absolute) || !existsSync(absolute)) continue;
      seen.add(absolute);
      const file = shownPath(cwd, absolute);
      const decoded = decodeText(readFileSync(absolute), file);
      if (decoded.problem) {
        problems.push(decoded.problem);
        continue;
      }
      try {
        parseVtt(decoded.text);
      } catch (error) {
        problems.push({
          file,
          line: 1,
          col: 1,
          message: `字幕文件无法读取：${(error as Error).message}`,
          hint: '字幕须是 WebVTT 格式（.vtt），第一行写 WEBVTT',
        });
        continue;
      }
      problems.push(...checkPrivacy(file, decoded.text, privacy));
    }
  }
  return problems;
}

function decoded(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}

/** Every image the content shows, from fields and bodies, resolved to its file; `cache` keeps each body's images. */
export function imageReferences(
  root: string,
  sources: readonly SourceFile[],
  entries: Entries,
  cwd = process.cwd(),
  cache?: ValidationCache,
): ImageReference[] {
  const refs: ImageReference[] = [];
  const add = (
    file: string,
    where: () => { line: number; col: number },
    src: string,
    field?: string,
    reportMissing = false,
  ) =>
    refs.push({
      file,
      where,
      src,
      absolute: resolveReference(root, cwd, decoded(src), file),
      ...(field ? { field } : {}),
      reportMissing,
    });
  for (const h of entries.homes) {
    (h.data as { photos: { src: string }[] }).photos.forEach((p, i) =>
      add(h.file, () => h.locate(['photos', i, 'src']), p.src, `photos[${i}].src`),
    );
  }
  for (const s of entries.stories) {
    const cover = (s.data as { cover?: { src: string } }).cover;
    if (cover) add(s.file, () => s.locate(['cover', 'src']), cover.src, 'cover.src');
  }
  for (const l of entries.lessons) {
    const poster = (l.data as { poster?: string }).poster;
    if (poster) add(l.file, () => l.locate(['poster']), poster, 'poster');
  }
  for (const f of sources) {
    if (!f.source.body || f.unreadable) continue;
    const body = f.source.body;
    const find = () => bodyImages(body, f.source.bodyLine, f.file.endsWith('.mdx'));
    for (const img of f.key && cache ? cache.bodyImages(f.key, find) : find()) {
      add(f.file, () => ({ line: img.line, col: img.col }), img.src, undefined, true);
    }
  }
  return refs;
}
