import { describe, expect, it } from 'vitest';
import { checkSources, type SourceFile } from '../content/check.ts';
import { parseMarkdownSource } from '../content/source.ts';
import { MAX_IMAGE_BYTES, checkEditorial } from './editorial.ts';

const story = (fields: string): SourceFile => ({
  collection: 'stories',
  file: 'content/stories/s.md',
  relativePath: 's.md',
  source: parseMarkdownSource(`---\ntitle: 案例\nauthor: 作者\nsummary: 摘要\n${fields}\n---\n正文`),
});
const run = (fields: string, size = 100_000) =>
  checkEditorial(checkSources([story(fields)], () => true).entries, {
    today: '2025-06-01',
    tags: ['职工书屋', '办实事'],
    imageSize: () => size,
  });

describe('checkEditorial', () => {
  it('accepts a story dated today with known tags', () =>
    expect(run('date: 2025-06-01\ntags: [职工书屋]')).toEqual([]));
  it('refuses a date in the future, naming the field and line', () => {
    const [p] = run('date: 2025-06-02');
    expect(p).toMatchObject({ file: 'content/stories/s.md', line: 5, field: 'date' });
    expect(p!.message).toContain('晚于今天');
  });
  it('refuses an unknown tag and lists the known ones', () => {
    const [p] = run('date: 2025-01-01\ntags: [职工书屋, 读书会]');
    expect(p).toMatchObject({ field: 'tags[1]', line: 6 });
    expect(p!.hint).toContain('职工书屋、办实事');
  });
  it('refuses an image over the size limit', () => {
    const [p] = run('date: 2025-01-01\ncover: { src: ../media/big.jpg, alt: 大图的描述文字 }', MAX_IMAGE_BYTES + 1);
    expect(p).toMatchObject({ field: 'cover.src' });
    expect(p!.message).toContain('图片太大');
  });
});
