import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, slugFromTitle, uniqueSlug } from './slug.ts';

describe('slugFromTitle', () => {
  // One hyphen between syllables: predictable for editors, and 职工之家 never
  // runs together into ambiguous strings like "zhigongzhijia".
  it.each([
    ['职工书屋点亮夜班', 'zhi-gong-shu-wu-dian-liang-ye-ban'],
    ['职工书屋点亮夜班生活', 'zhi-gong-shu-wu-dian-liang-ye-ban-sheng-huo'],
    ['2025年“娘家人”故事', '2025-nian-niang-jia-ren-gu-shi'],
    ['AI赋能工会', 'ai-fu-neng-gong-hui'],
    ['银行职工之家', 'yin-hang-zhi-gong-zhi-jia'],
    ['女职工绿色通道', 'nv-zhi-gong-lv-se-tong-dao'],
    ['王𠮷的故事', 'wang-de-gu-shi'],
    ['  职工 之家  ', 'zhi-gong-zhi-jia'],
    ['！！！', 'untitled'],
    ['', 'untitled'],
  ])('%s -> %s', (title, slug) => expect(slugFromTitle(title)).toBe(slug));

  it('cuts a long title after a whole syllable', () => {
    const slug = slugFromTitle('新时代职工之家建设中可推广可复制的先进典型经验做法汇编');
    expect(slug).toBe('xin-shi-dai-zhi-gong-zhi-jia-jian-she-zhong-ke');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
  });

  it('cuts a single over-long word where it must', () => {
    expect(slugFromTitle('a'.repeat(60))).toBe('a'.repeat(MAX_SLUG_LENGTH));
  });

  it.each(['职工之家', '“两新”组织建会', '2024年度十佳职工之家（第一批）', 'Ａｂｃ全角字母', '𠮷'])(
    'always gives a valid id for %s',
    (title) => expect(slugFromTitle(title)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  );
});

describe('uniqueSlug', () => {
  it('keeps a free name and adds -2, -3 … to a taken one', () => {
    const taken = new Set(['a', 'a-2', 'b-2']);
    expect(uniqueSlug('a', (s) => taken.has(s))).toBe('a-3');
    expect(uniqueSlug('b', (s) => taken.has(s))).toBe('b');
    expect(uniqueSlug('c', (s) => taken.has(s) || s === 'c')).toBe('c-2');
  });
});
