import { describe, expect, it } from 'vitest';
import { aliasOf, makeDictionary } from './dictionary.ts';
import { fallbackConcepts, pagefindQuery, plannedSearches, planQuery } from './query.ts';
import { SITE_WORDS } from './words.ts';

const whole = { termsKeptWhole: true };
const terms = (q: string, options = {}) => planQuery(q, options).concepts.flatMap((c) => c.terms);
const texts = (q: string) => planQuery(q).concepts.map((c) => c.text);

describe('planQuery', () => {
  it('turns a dictionary word into its alias, whole', () => {
    expect(terms('职工书屋')).toEqual([aliasOf('职工书屋')]);
    expect(terms('模范职工之家')).toEqual([aliasOf('模范职工之家')]);
  });
  it('drops a particle next to a dictionary word (娘家人的)', () =>
    expect(terms('娘家人的')).toEqual([aliasOf('娘家人')]));
  it('cuts other Han text into overlapping pairs when Pagefind keeps terms whole', () =>
    expect(terms('防暑降温', whole)).toEqual(['防暑', '暑降', '降温']));
  it('mixes the two, in query order', () =>
    expect(pagefindQuery(planQuery('济南职工书屋建设', whole).concepts)).toBe(
      `${aliasOf('济南')} ${aliasOf('职工书屋')} 建设`,
    ));
  it('keeps other pieces as typed otherwise (the default, safe with a plain pagefind.init())', () =>
    expect(terms('济南工作室')).toEqual([aliasOf('济南'), '工作室']));
  it('keeps a one-character query, such as a rare name character', () => expect(terms('𠮷')).toEqual(['𠮷']));
  it('pairs by character, not by UTF-16 unit', () => expect(terms('𠮷野家', whole)).toEqual(['𠮷野', '野家']));
  it('folds full-width letters and keeps Latin words', () => expect(terms('ＡＢＣ 工会')[0]).toBe('abc'));
  it('separates at punctuation and spaces', () =>
    expect(terms('“娘家人”，工作室 Pagefind!', whole)).toEqual([aliasOf('娘家人'), '工作', '作室', 'pagefind']));
  it('gives nothing for a query of punctuation', () => expect(planQuery('，。！').concepts).toEqual([]));

  it('leaves out question words and particles, as people ask', () => {
    expect(texts('满意度不到七成怎么办')).toEqual(['满意度', '不到七成']);
    expect(texts('什么是娘家人')).toEqual(['娘家人']);
    expect(texts('如何申请职工书屋？')).toEqual(['申请', '职工书屋']);
    expect(texts('济南的职工之家有哪些')).toEqual(['济南', '职工之家']);
    expect(texts('工会主席是怎么选出来的呢')).toEqual(['工会主席', '选出来']);
    expect(planQuery('职工书屋在哪里').dropped).toEqual(['哪里']);
  });
  it('keeps a dictionary word whole even when a question word could start inside it', () =>
    expect(texts('会员评家满意度是多少')).toEqual(['会员评家满意度']));

  it('gives a word with synonyms its group’s alias as well, and highlights the synonyms', () => {
    const dict = makeDictionary(SITE_WORDS, [['集装箱卡车司机', '集卡司机']]);
    const plan = planQuery('集卡司机驿站', { dict, termsKeptWhole: true });
    expect(plan.concepts[0]).toEqual({
      text: '集卡司机',
      kind: 'word',
      terms: [aliasOf('集卡司机')],
      synonymTerms: [dict.groupOf.get('集卡司机')!.alias],
    });
    expect(pagefindQuery(plan.concepts, true)).toBe(`${dict.groupOf.get('集卡司机')!.alias} 驿站`);
    expect(plan.highlight).toEqual(['集卡司机', '集装箱卡车司机', '驿站']);
  });
});

describe('plannedSearches', () => {
  it('is the exact search alone for words without synonyms', () =>
    expect(plannedSearches(planQuery('职工书屋'))).toEqual([aliasOf('职工书屋')]));
  it('adds the wider search when a word has synonyms', () => {
    const dict = makeDictionary(SITE_WORDS, [['集装箱卡车司机', '集卡司机']]);
    const plan = planQuery('集卡司机驿站', { dict, termsKeptWhole: true });
    expect(plannedSearches(plan)).toEqual([pagefindQuery(plan.concepts), pagefindQuery(plan.concepts, true)]);
  });
  it('is nothing for a query with nothing to look for', () => expect(plannedSearches(planQuery('，。'))).toEqual([]));
});

describe('fallbackConcepts', () => {
  it('cuts a long piece into words, so a page with some of them can be offered', () =>
    expect(fallbackConcepts(planQuery('满意度不到七成怎么办', whole), true).map((c) => c.text)).toEqual([
      '满意度',
      '不到',
      '七成',
    ]));
  it('keeps dictionary words and short pieces as they are', () =>
    expect(fallbackConcepts(planQuery('济南 工作室', whole), true).map((c) => c.text)).toEqual(['济南', '工作室']));
});
