import { describe, expect, it } from 'vitest';
import { checkSources } from '../content/check.ts';
import { parseMarkdownSource } from '../content/source.ts';
import { slugFromTitle, uniqueSlug } from './slug.ts';
import { FOLDERS, TEMPLATES, type ScaffoldKind } from './templates.ts';

describe('slugFromTitle', () => {
  it.each([
    ['职工书屋点亮夜班生活', 'zhi-gong-shu-wu-dian-liang-ye-ban-sheng-huo'],
    ['2025年“娘家人”故事', '2025-nian-niang-jia-ren-gu-shi'],
    ['！！！', 'untitled'],
  ])('%s -> %s', (title, slug) => expect(slugFromTitle(title)).toBe(slug));
  it('cuts long titles at a syllable boundary', () => {
    const slug = slugFromTitle('新时代职工之家建设中可推广可复制的先进典型经验做法汇编');
    expect(slug.length).toBeLessThanOrEqual(48);
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

describe('uniqueSlug', () => {
  it('adds -2, -3 when a name is taken', () => {
    const taken = new Set(['a', 'a-2']);
    expect(uniqueSlug('a', (s) => taken.has(s))).toBe('a-3');
    expect(uniqueSlug('b', (s) => taken.has(s))).toBe('b');
  });
});

describe('templates', () => {
  it.each(Object.keys(TEMPLATES) as ScaffoldKind[])('a new %s passes the content schema as written', (kind) => {
    const text = TEMPLATES[kind]({ title: '测试标题', today: '2025-06-01', photo: '../media/photos/a.jpg' });
    const collection = FOLDERS[kind] as 'stories' | 'lectures' | 'homes';
    const { problems, entries } = checkSources(
      [{ collection, file: `x/${kind}.md`, relativePath: `${kind}.md`, source: parseMarkdownSource(text) }],
      () => true,
    );
    expect(problems).toEqual([]);
    expect(entries[collection]).toHaveLength(1);
  });
  it('gives a story the usual four sections', () => {
    const text = TEMPLATES.story({ title: 't', today: '2025-06-01', photo: 'p.jpg' });
    expect([...text.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual(['背景', '做法', '成效', '职工评价']);
  });
});
