import { describe, expect, it } from 'vitest';
import { aliasOf, markIndexText, queryTerms, segmentQuery, tidyExcerpt } from './segment.ts';

describe('queryTerms', () => {
  it('turns a dictionary word into its alias, whole', () => {
    const t = queryTerms('职工书屋');
    expect(t.words).toEqual(['职工书屋']);
    expect(t.terms).toEqual([aliasOf('职工书屋')]);
  });
  it('drops a particle next to a dictionary word (娘家人的)', () => {
    expect(queryTerms('娘家人的').terms).toEqual([aliasOf('娘家人')]);
  });
  it('cuts other Han text into overlapping pairs', () =>
    expect(queryTerms('防暑降温').terms).toEqual(['防暑', '暑降', '降温']));
  it('keeps a one-character query, such as a rare name character', () => expect(segmentQuery('𠮷')).toBe('𠮷'));
  it('folds full-width letters and keeps Latin words', () => expect(queryTerms('ＡＢＣ 工会').terms[0]).toBe('abc'));
});

describe('markIndexText and tidyExcerpt', () => {
  it('adds an alias beside each dictionary word, and the excerpt takes it out again', () => {
    const marked = markIndexText('他是职工的娘家人的代表');
    expect(marked).toContain(aliasOf('娘家人'));
    const excerpt = tidyExcerpt(`他是职工的<mark>${aliasOf('娘家人')}</mark> 娘家人的代表`, ['娘家人']);
    expect(excerpt).not.toContain(aliasOf('娘家人'));
    expect(excerpt).toContain('<mark>娘家人</mark>');
  });
});
