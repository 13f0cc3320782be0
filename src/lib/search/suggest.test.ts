import { describe, expect, it } from 'vitest';
import { makeDictionary } from './dictionary.ts';
import { relatedWords } from './suggest.ts';
import { SITE_WORDS } from './words.ts';

describe('relatedWords', () => {
  const dict = makeDictionary(SITE_WORDS, [['职工书屋', '职工书房']]);
  it('offers the dictionary words a mistyped or unknown query is close to', () => {
    expect(relatedWords('职工读书屋', dict)).toContain('职工书屋');
    expect(relatedWords('娘家的人', dict)).toContain('娘家人');
  });
  it('offers nothing for a query without Chinese words in common', () =>
    expect(relatedWords('量子计算机', dict)).toEqual([]));
});
