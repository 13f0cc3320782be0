import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CITY_LABELS, COURSE_TOPIC_LABELS, SECTOR_LABELS, WORKER_GROUP_LABELS } from '../domain/vocab.ts';
import {
  aliasOf,
  aliasTokens,
  CITY_NAMES,
  DICTIONARY,
  findDictionaryWords,
  initPagefindForSegmentedQueries,
  isAlias,
  makeDictionary,
  markIndexHtml,
  markIndexText,
  queryTerms,
  segmentQuery,
  SPLIT_PROBE,
  tidyExcerpt,
  UNSPLIT_LANGUAGE,
} from './segment.ts';

describe('the dictionary', () => {
  it('holds the vocabulary of DOMAIN.md and the 16 cities', () => {
    for (const w of [
      '职工之家',
      '职工书屋',
      '娘家人',
      '传习所',
      '新时代文明传习所',
      '八有',
      '六有',
      '十佳',
      '模范职工之家',
      '工会主席',
      '第一主席',
      '建会率',
      '入会率',
      '会员评家满意度',
      '办实事',
      '富民兴鲁劳动奖章',
      '五一劳动奖章',
      '劳动关系协调',
      '职业安全与卫生',
      '心理咨询',
      '工会业务',
    ])
      expect(DICTIONARY).toContain(w);
    expect(CITY_NAMES).toHaveLength(16);
    for (const city of CITY_NAMES) expect(DICTIONARY).toContain(city);
  });
  it('keeps up with the labels the site shows (vocab.ts)', () => {
    const labels = [
      ...Object.values(CITY_LABELS).map((c) => c.replace(/市$/, '')),
      ...Object.entries(SECTOR_LABELS)
        .filter(([k]) => k !== 'other')
        .map(([, v]) => v.replace(/\P{Script=Han}/gu, '')),
      ...Object.values(WORKER_GROUP_LABELS),
      ...Object.values(COURSE_TOPIC_LABELS),
    ];
    for (const label of labels) expect(DICTIONARY).toContain(label);
  });
  it('has no repeats, only Han words, and an alias of its own for every word', () => {
    expect(new Set(DICTIONARY).size).toBe(DICTIONARY.length);
    for (const w of DICTIONARY) expect(w).toMatch(/^\p{Script=Han}+$/u);
    expect(new Set(DICTIONARY.map(aliasOf)).size).toBe(DICTIONARY.length);
    expect(() => makeDictionary(DICTIONARY)).not.toThrow();
  });
  it('refuses words that are not Han', () => expect(() => makeDictionary(['工会 app'])).toThrow());
});

describe('aliasOf', () => {
  it('is a fixed-length ASCII token, so no alias starts another', () => {
    for (const w of DICTIONARY) expect(isAlias(aliasOf(w))).toBe(true);
  });
  it('does not change between releases (the index and the search page must agree)', () => {
    expect(aliasOf('职工书屋')).toBe('zjw0ureyoy');
    expect(aliasOf('娘家人')).toBe('zjw0rw1h4y');
  });
});

describe('findDictionaryWords', () => {
  it('finds nested and overlapping words', () =>
    expect(findDictionaryWords('争创模范职工之家').map((m) => m.word)).toEqual(['模范职工之家', '职工之家']));
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
    expect(aliasTokens('娘家人，娘家人')).toEqual([aliasOf('娘家人'), aliasOf('娘家人')]));
});

describe('markIndexHtml', () => {
  const page = (body: string) =>
    `<!doctype html><html lang="zh-CN"><head><title>职工书屋</title></head><body>${body}</body></html>`;
  const a = aliasOf;
  it('marks text in the body, not the head, scripts or comments', () => {
    const html = page('<p>在职工书屋里</p><script>const s = "娘家人<p>";</script><!-- 娘家人 -->');
    const out = markIndexHtml(html);
    expect(out).toContain(`<p>在职工书屋里 ${a('职工书屋')} </p>`);
    expect(out).toContain('<title>职工书屋</title>');
    expect(out).toContain('<script>const s = "娘家人<p>";</script><!-- 娘家人 -->');
  });
  it('puts a heading’s aliases after it, with the heading’s weight, so titles stay clean', () =>
    expect(markIndexHtml(page('<h1 id="t">济南的娘家人</h1><h3 data-pagefind-weight="9">十佳</h3>'))).toContain(
      `<h1 id="t">济南的娘家人</h1><span data-pagefind-weight="7"> ${a('济南')} ${a('娘家人')} </span>` +
        `<h3 data-pagefind-weight="9">十佳</h3><span data-pagefind-weight="9"> ${a('十佳')} </span>`,
    ));
  it('keeps filter, meta and sort values clean', () => {
    const out = markIndexHtml(
      page('<p>城市：<span data-pagefind-filter="城市">济南</span>，<b data-pagefind-meta="role">工会主席</b></p>'),
    );
    expect(out).toContain(`<span data-pagefind-filter="城市">济南</span><span> ${a('济南')} </span>`);
    expect(out).toContain(`<b data-pagefind-meta="role">工会主席</b><span> ${a('工会主席')} </span>`);
  });
  it('finds words across inline markup, as Pagefind joins it', () =>
    expect(markIndexHtml(page('<p>在<a href="/x">职工</a>书屋里</p>'))).toContain(
      `<p>在<a href="/x">职工</a>书屋里 ${a('职工书屋')} </p>`,
    ));
  it('does not join blocks that Pagefind separates', () =>
    expect(markIndexHtml(page('<p>职工</p><p>书屋</p>'))).not.toContain(a('职工书屋')));
  it('joins elements Pagefind does not separate (dt, dd)', () =>
    expect(markIndexHtml(page('<dl><dt>职工</dt><dd>书屋</dd></dl>'))).toContain(a('职工书屋')));
  it('skips ignored and excluded elements', () => {
    const html = page('<div data-pagefind-ignore>娘家人<p>十佳</p></div><aside class="note">济南</aside><p>青岛</p>');
    const out = markIndexHtml(html, { excludeSelectors: ['aside.note'] });
    expect(out).not.toContain(a('娘家人'));
    expect(out).not.toContain(a('十佳'));
    expect(out).not.toContain(a('济南'));
    expect(out).toContain(a('青岛'));
  });
  it('copes with attributes holding > and with void elements', () =>
    expect(markIndexHtml(page('<p title="a>b">娘家人<br>的<img alt="x">关怀</p>'))).toContain(
      `<p title="a>b">娘家人<br>的<img alt="x">关怀 ${a('娘家人')} </p>`,
    ));
  it('leaves a page without dictionary words byte for byte', () => {
    const html = page('<main data-pagefind-body><h1>通知</h1><p>明天开会。</p></main>');
    expect(markIndexHtml(html)).toBe(html);
  });
});

describe('queryTerms', () => {
  it('turns a dictionary word into its alias, whole', () => {
    const t = queryTerms('职工书屋');
    expect(t.words).toEqual(['职工书屋']);
    expect(t.terms).toEqual([aliasOf('职工书屋')]);
  });
  it('takes the longest dictionary word', () =>
    expect(queryTerms('模范职工之家').terms).toEqual([aliasOf('模范职工之家')]));
  it('drops a particle next to a dictionary word (娘家人的)', () => {
    expect(queryTerms('娘家人的').terms).toEqual([aliasOf('娘家人')]);
  });
  const whole = { termsKeptWhole: true };
  it('cuts other Han text into overlapping pairs when Pagefind keeps terms whole', () =>
    expect(queryTerms('防暑降温', whole).terms).toEqual(['防暑', '暑降', '降温']));
  it('mixes the two, in query order', () =>
    expect(segmentQuery('济南职工书屋建设', whole)).toBe(`${aliasOf('济南')} ${aliasOf('职工书屋')} 建设`));
  it('keeps other pieces as typed otherwise (the default, safe with a plain pagefind.init())', () => {
    expect(queryTerms('济南工作室').terms).toEqual([aliasOf('济南'), '工作室']);
    expect(queryTerms('济南工作室', { termsKeptWhole: false }).terms).toEqual([aliasOf('济南'), '工作室']);
  });
  it('keeps a one-character query, such as a rare name character', () => expect(segmentQuery('𠮷')).toBe('𠮷'));
  it('pairs by character, not by UTF-16 unit', () =>
    expect(queryTerms('𠮷野家', whole).terms).toEqual(['𠮷野', '野家']));
  it('folds full-width letters and keeps Latin words', () => expect(queryTerms('ＡＢＣ 工会').terms[0]).toBe('abc'));
  it('separates at punctuation and spaces', () =>
    expect(queryTerms('“娘家人”，工作室 Pagefind!', whole).terms).toEqual([
      aliasOf('娘家人'),
      '工作',
      '作室',
      'pagefind',
    ]));
  it('lists what to highlight', () =>
    expect(queryTerms('济南的工作室 app').highlight).toEqual(['济南', '工作室', 'app']));
  it('gives nothing for a query of punctuation', () => expect(segmentQuery('，。！')).toBe(''));

  // The recall guarantee behind the design: whenever a page's text contains
  // the query, every term is in the page's index (a character pair of the
  // text, or an alias that markIndexText added), so Pagefind, taking the
  // terms whole, cannot miss the page.
  it('only makes terms that every text containing the query has indexed', () => {
    const pieces = [...DICTIONARY, ...'的里们人家书工会职主席劳动', '工作室', '读书会'];
    const han = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 5 }).map((a) => a.join(''));
    fc.assert(
      fc.property(han, han, han, (before, query, after) => {
        const text = `${before}${query}${after}`;
        if (Array.from(query).length < 2) return;
        const pairs = new Set<string>();
        const chars = Array.from(text);
        for (let i = 0; i + 1 < chars.length; i++) pairs.add(`${chars[i]}${chars[i + 1]}`);
        const aliases = new Set(markIndexText(text).match(/zjw[0-9a-z]{7}/g) ?? []);
        for (const term of queryTerms(query, whole).terms) expect(pairs.has(term) || aliases.has(term)).toBe(true);
      }),
    );
  });
});

describe('tidyExcerpt', () => {
  it('takes the aliases out and highlights whole words instead', () => {
    const excerpt = tidyExcerpt(`他是职工的<mark>${aliasOf('娘家人')}</mark> 娘家人的代表`, ['娘家人']);
    expect(excerpt).not.toContain(aliasOf('娘家人'));
    expect(excerpt).toContain('<mark>娘家人</mark>');
  });
  it('handles Pagefind’s real output: zero-width spaces, marks with a space, heading dots', () => {
    const raw = `济南​某​公司​职工​书​屋. ​${aliasOf('济南')} ​${aliasOf('职工书屋')} ​今年​在​职工​<mark>书</mark>​<mark>屋</mark>​里 <mark>${aliasOf('职工书屋')} </mark>​。`;
    expect(tidyExcerpt(raw, ['书屋里'])).toBe('济南某公司职工书屋。今年在职工<mark>书屋里</mark>。');
  });
  it('never highlights inside an entity or a tag', () =>
    expect(tidyExcerpt('a &lt; b <b class="lt">lt</b>', ['lt'])).toBe('a &lt; b <b class="lt"><mark>lt</mark></b>'));
  it('cleans a title too', () => expect(tidyExcerpt(`十佳 ${aliasOf('十佳')}`)).toBe('十佳'));
});

describe('initPagefindForSegmentedQueries', () => {
  function fakePagefind(root: { lang: string }, splits: boolean) {
    const seen: string[] = [];
    return {
      seen,
      init: async () => {
        seen.push(`init:${root.lang}`);
      },
      search: async (term: string) => {
        seen.push(`search:${term}`);
        return { results: splits ? [{}] : [] };
      },
    };
  }
  it('starts Pagefind while the page claims an unsplit language, then puts the language back', async () => {
    const root = { lang: 'zh-CN' };
    const pf = fakePagefind(root, false);
    expect(await initPagefindForSegmentedQueries(pf, root)).toBe(true);
    expect(pf.seen).toEqual([`init:${UNSPLIT_LANGUAGE}`, `search:${SPLIT_PROBE}`]);
    expect(root.lang).toBe('zh-CN');
  });
  it('reports false when the probe shows that Pagefind still splits queries', async () => {
    const root = { lang: 'zh-CN' };
    expect(await initPagefindForSegmentedQueries(fakePagefind(root, true), root)).toBe(false);
  });
  it('puts the language back even when Pagefind fails to start', async () => {
    const root = { lang: 'zh-CN' };
    const failing = {
      init: () => {
        throw new Error('no index');
      },
      search: async () => null,
    };
    await expect(initPagefindForSegmentedQueries(failing, root)).rejects.toThrow('no index');
    expect(root.lang).toBe('zh-CN');
  });
});
