import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CITY_LABELS, COURSE_TOPIC_LABELS, SECTOR_LABELS, WORKER_GROUP_LABELS } from '../domain/vocab.ts';
import {
  aliasOf,
  findDictionaryWords,
  groupAliasOf,
  indexAliases,
  isAlias,
  makeDictionary,
  markIndexText,
} from './dictionary.ts';
import { planQuery } from './query.ts';
import { CITY_NAMES, EXTRA_WORDS, SITE_WORDS } from './words.ts';

describe('the site’s words', () => {
  it('hold the vocabulary of DOMAIN.md and the 16 cities', () => {
    for (const w of [
      '职工之家',
      '职工书屋',
      '娘家人',
      '传习所',
      '新时代文明传习所',
      '八有',
      '十佳',
      '模范职工之家',
      '工会主席',
      '第一主席',
      '会员评家满意度',
      '办实事',
      '五一劳动奖章',
      '职业安全与卫生',
      '机关事业',
      '两新组织',
    ])
      expect(SITE_WORDS).toContain(w);
    expect(CITY_NAMES).toHaveLength(16);
    for (const city of CITY_NAMES) expect(SITE_WORDS).toContain(city);
  });
  it('follow the labels the site shows (vocab.ts), so they cannot drift', () => {
    const labels = [
      ...Object.values(CITY_LABELS).map((c) => c.replace(/市$/, '')),
      ...Object.entries(SECTOR_LABELS)
        .filter(([k]) => k !== 'other')
        .map(([, v]) => v.replace(/\P{Script=Han}/gu, '')),
      ...Object.values(WORKER_GROUP_LABELS),
      ...Object.values(COURSE_TOPIC_LABELS),
    ];
    for (const label of labels) expect(SITE_WORDS).toContain(label);
  });
  it('list only words that vocab.ts does not already give', () => {
    const fromVocab = SITE_WORDS.filter((w) => !EXTRA_WORDS.includes(w));
    for (const w of EXTRA_WORDS) expect(fromVocab).not.toContain(w);
  });
  it('have no repeats, only Han words, and an alias of their own for every word', () => {
    expect(new Set(SITE_WORDS).size).toBe(SITE_WORDS.length);
    for (const w of SITE_WORDS) expect(w).toMatch(/^\p{Script=Han}+$/u);
    expect(new Set(SITE_WORDS.map(aliasOf)).size).toBe(SITE_WORDS.length);
  });
});

describe('makeDictionary', () => {
  it('refuses words that are not Han, in Chinese', () =>
    expect(() => makeDictionary(['工会 app'])).toThrow('只能由汉字组成'));
  it('refuses a word in two synonym groups', () =>
    expect(() =>
      makeDictionary(
        [],
        [
          ['快递员', '快递小哥'],
          ['快递小哥', '小哥'],
        ],
      ),
    ).toThrow('同时出现在两组同义词里'));
  it('adds synonyms to the words and knows each one’s group', () => {
    const dict = makeDictionary(['职工之家'], [['集装箱卡车司机', '集卡司机']]);
    expect(dict.words).toEqual(expect.arrayContaining(['职工之家', '集装箱卡车司机', '集卡司机']));
    expect(dict.groupOf.get('集卡司机')).toEqual({
      alias: groupAliasOf('集装箱卡车司机'),
      words: ['集装箱卡车司机', '集卡司机'],
    });
  });
});

describe('aliases', () => {
  it('are fixed-length ASCII tokens, so no alias starts another', () => {
    for (const w of SITE_WORDS) expect(isAlias(aliasOf(w))).toBe(true);
    expect(isAlias(groupAliasOf('娘家人'))).toBe(true);
    expect(groupAliasOf('娘家人')).not.toBe(aliasOf('娘家人'));
  });
  it('do not change between releases (the index and the search page must agree)', () => {
    expect(aliasOf('职工书屋')).toBe('zjw0ureyoy');
    expect(aliasOf('娘家人')).toBe('zjw0rw1h4y');
  });
});

describe('findDictionaryWords', () => {
  it('finds nested and overlapping words', () =>
    expect(findDictionaryWords('争创模范职工之家').map((m) => m.word)).toEqual(['模范职工之家', '模范', '职工之家']));
  it('gives UTF-16 offsets', () =>
    expect(findDictionaryWords('𠮷在济南')).toEqual([{ word: '济南', start: 3, end: 5 }]));
});

describe('markIndexText', () => {
  it('adds aliases after the Han run, keeping the run whole', () =>
    expect(markIndexText('娘家人的关怀，职工书屋里有书。')).toBe(
      `娘家人的关怀 ${aliasOf('娘家人')} ，职工书屋里有书 ${aliasOf('职工书屋')} 。`,
    ));
  it('leaves text without dictionary words alone', () =>
    expect(markIndexText('今天天气很好。')).toBe('今天天气很好。'));
  it('gives one alias per occurrence', () =>
    expect(indexAliases('娘家人，娘家人').flatMap((g) => g.tokens)).toEqual([aliasOf('娘家人'), aliasOf('娘家人')]));

  // The recall guarantee behind the design: whenever a page's text contains
  // the query, every term is in the page's index (a character pair of the
  // text, or an alias that markIndexText added), so Pagefind, taking the
  // terms whole, cannot miss the page. With synonyms, the same holds for the
  // group's alias. A one-character term (a query that is one character once
  // question words are left out, 职怎么办 -> 职) is outside it: no pair can be
  // the term, Pagefind finds it as the start of one.
  it('makes every query term one that every text containing the query has indexed', () => {
    const dict = makeDictionary(SITE_WORDS, [['集装箱卡车司机', '集卡司机']]);
    const pieces = [...SITE_WORDS, '集卡司机', ...'的里们人家书工会职主席劳动吗', '工作室', '读书会', '怎么办'];
    const han = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 5 }).map((x) => x.join(''));
    fc.assert(
      fc.property(han, han, han, fc.boolean(), (before, query, after, synonyms) => {
        const text = `${before}${query}${after}`;
        if (Array.from(query).length < 2) return;
        const pairs = new Set<string>();
        const chars = Array.from(text);
        for (let i = 0; i + 1 < chars.length; i++) pairs.add(`${chars[i]}${chars[i + 1]}`);
        const aliases = new Set(markIndexText(text, dict).match(/zj[ws][0-9a-z]{7}/g) ?? []);
        for (const c of planQuery(query, { dict, termsKeptWhole: true }).concepts)
          for (const term of synonyms && c.synonymTerms ? c.synonymTerms : c.terms)
            if (Array.from(term).length > 1) expect(pairs.has(term) || aliases.has(term)).toBe(true);
      }),
    );
  });
});
