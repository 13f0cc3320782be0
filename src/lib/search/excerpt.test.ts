import { describe, expect, it } from 'vitest';
import { aliasOf, groupAliasOf } from './dictionary.ts';
import { markWords, tidyText } from './excerpt.ts';

describe('tidyText', () => {
  it('handles Pagefind’s real output: zero-width spaces, aliases, heading dots', () =>
    expect(
      tidyText(
        `济南​某​公司​职工​书​屋. ​${aliasOf('济南')} ​${aliasOf('职工书屋')} ​今年​在​职工​书​屋​里 ${aliasOf('职工书屋')} ${groupAliasOf('职工书屋')} ​。`,
      ),
    ).toBe('济南某公司职工书屋。今年在职工书屋里。'));
  it('keeps a table row’s separators and the spaces people wrote', () =>
    expect(tidyText('田桂芳 · 某某职工之家 · 2025 年度. ')).toBe('田桂芳 · 某某职工之家 · 2025 年度。'));
});

describe('markWords', () => {
  it('marks whole words, longest first', () =>
    expect(markWords('职工书屋里有娘家人', ['书屋', '职工书屋', '娘家人'])).toEqual([
      { text: '职工书屋', mark: true },
      { text: '里有', mark: false },
      { text: '娘家人', mark: true },
    ]));
  it('takes special characters literally and ignores case', () =>
    expect(markWords('a+b 与 App', ['a+b', 'app'])).toEqual([
      { text: 'a+b', mark: true },
      { text: ' 与 ', mark: false },
      { text: 'App', mark: true },
    ]));
  it('gives the text unmarked when there is nothing to mark', () =>
    expect(markWords('正文', [])).toEqual([{ text: '正文', mark: false }]));
});

describe('tidyText between cells', () => {
  it('keeps the space before a row separator that follows an alias', () =>
    expect(tidyText(`毕玉堃 工会主席 ${aliasOf('工会主席')} · 淄博某陶瓷厂 ${aliasOf('淄博')} 职工之家`)).toBe(
      '毕玉堃 工会主席 · 淄博某陶瓷厂职工之家',
    ));
});
