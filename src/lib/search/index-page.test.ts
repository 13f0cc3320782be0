import { describe, expect, it } from 'vitest';
import { aliasOf, makeDictionary } from './dictionary.ts';
import { indexedText, prepareForIndex, readIndexedPage, renderIndexedPage, SUMMARY_WEIGHT } from './index-page.ts';
import { SITE_WORDS } from './words.ts';

const page = (main: string, head = '', mainAttrs = '') =>
  `<!doctype html><html lang="zh-CN"><head><title>标题 - 网站</title>${head}</head><body><header>职工之家网</header>` +
  `<main data-pagefind-body${mainAttrs}>${main}</main><footer>版权</footer></body></html>`;
const a = aliasOf;
const body = (html: string | undefined) => /<body>([\s\S]*)<\/body>/.exec(html ?? '')?.[1] ?? '';

describe('readIndexedPage', () => {
  it('is undefined for a page outside the index', () =>
    expect(readIndexedPage('<html><body><p>娘家人</p></body></html>')).toBeUndefined());

  it('gives Pagefind only the language, the title and the searchable element', () => {
    const out = renderIndexedPage(readIndexedPage(page('<h1>济南</h1>'))!);
    expect(out).toBe(
      '<!doctype html><html lang="zh-CN"><head><title>标题 - 网站</title></head><body><main data-pagefind-body=""><h1>济南</h1></main></body></html>',
    );
  });

  it('turns a table into one line per row, without the row of column labels', () => {
    const table =
      '<table><caption>2025 年度十佳“娘家人”</caption><thead><tr><th>姓名</th><th>所在职工之家</th><th>命名单位</th></tr></thead>' +
      '<tbody><tr><th scope="row"><a href="/h/">田桂芳</a></th><td>某某职工之家</td><td></td><td>2025</td></tr></tbody></table>';
    expect(indexedText(page(table))).toBe('2025 年度十佳“娘家人” 田桂芳 · 某某职工之家 · 2025');
  });

  it('turns a description list into lines of “term：details”', () =>
    expect(indexedText(page('<dl><dt>所在市</dt><dd>济南市</dd><dd>历城区</dd><dt>等级</dt><dd>模范</dd></dl>'))).toBe(
      '所在市：济南市、历城区 等级：模范',
    ));

  it('indexes the page’s own summary after its title, weighted', () => {
    const head = '<meta name="description" content="工会把职工书屋改为全天开放" data-search-summary>';
    const out = body(prepareForIndex(page('<h1>夜班书屋</h1><p>正文</p>', head), { dict: makeDictionary([]) }));
    expect(out).toContain(
      `<h1>夜班书屋</h1><p data-pagefind-weight="${SUMMARY_WEIGHT}">工会把职工书屋改为全天开放</p><p>正文</p>`,
    );
  });

  it('leaves out a summary that is the site’s default, or already in the text', () => {
    expect(indexedText(page('<h1>题</h1>', '<meta name="description" content="网站简介">'))).toBe('题');
    expect(
      indexedText(page('<h1>题</h1><p>简介</p>', '<meta name="description" content="简介" data-search-summary>')),
    ).toBe('题 简介');
  });

  it('weighs every word of a page that weighs itself down the same, its headings’ aliases too', () => {
    const head = '<meta name="description" content="名单简介" data-search-summary>';
    const out = body(prepareForIndex(page('<h1>荣誉榜</h1><p>十佳</p>', head, ' data-pagefind-weight="0.4"')));
    expect(out).toContain(`<h1>荣誉榜</h1><p>名单简介</p><p>十佳 ${a('十佳')} </p>`);
    expect(prepareForIndex(page('<h2>十佳</h2>', '', ' data-pagefind-weight="0.4"'))).toContain(
      `<h2>十佳</h2><span> ${a('十佳')} </span>`,
    );
  });

  it('reads text as Pagefind joins it: sentences apart, inline elements run on, skipped parts out', () =>
    expect(
      indexedText(
        page(
          '<h1>济南</h1><nav>上一篇</nav><p>职工<b>书屋</b> &amp; 娘家人</p><form><label>搜索</label></form>' +
            '<script>var a = "十佳";</script><section data-pagefind-ignore><h2>其他</h2></section><p>完<br>了</p>',
        ),
      ),
    ).toBe('济南 职工书屋 & 娘家人 完 了'));
});

describe('prepareForIndex (aliases)', () => {
  const mark = (main: string, excludeSelectors?: string[]) =>
    body(prepareForIndex(page(main), excludeSelectors ? { excludeSelectors } : {}));
  it('adds aliases after the Han run, keeping the run whole', () =>
    expect(mark('<p>在职工书屋里</p>')).toContain(`<p>在职工书屋里 ${a('职工书屋')} </p>`));
  it('puts a heading’s aliases after it, with the heading’s weight, so titles stay clean', () =>
    expect(mark('<h1 id="t">济南的娘家人</h1><h3 data-pagefind-weight="9">十佳</h3>')).toContain(
      `<h1 id="t">济南的娘家人</h1><span data-pagefind-weight="7"> ${a('济南')} ${a('娘家人')} </span>` +
        `<h3 data-pagefind-weight="9">十佳</h3><span data-pagefind-weight="9"> ${a('十佳')} </span>`,
    ));
  it('keeps filter and meta values clean', () =>
    expect(
      mark('<p>城市：<span data-pagefind-filter="城市">济南</span>，<b data-pagefind-meta="role">工会主席</b></p>'),
    ).toContain(
      `<span data-pagefind-filter="城市">济南</span><span> ${a('济南')} </span>，<b data-pagefind-meta="role">工会主席</b><span> ${a('工会主席')} </span>`,
    ));
  it('finds words across inline markup, as Pagefind joins it', () =>
    expect(mark('<p>在<a href="/x">职工</a>书屋里</p>')).toContain(
      `<p>在<a href="/x">职工</a>书屋里 ${a('职工书屋')} </p>`,
    ));
  it('does not join blocks that Pagefind separates', () =>
    expect(mark('<p>职工</p><p>书屋</p>')).not.toContain(a('职工书屋')));
  it('skips ignored and excluded elements', () => {
    const out = mark('<div data-pagefind-ignore>娘家人<p>十佳</p></div><aside class="note">济南</aside><p>青岛</p>', [
      'aside.note',
    ]);
    expect(out).not.toContain(a('娘家人'));
    expect(out).not.toContain(a('十佳'));
    expect(out).not.toContain(a('济南'));
    expect(out).toContain(a('青岛'));
  });
  it('adds the group alias of a word that has synonyms', () => {
    const dict = makeDictionary(SITE_WORDS, [['集装箱卡车司机', '集卡司机']]);
    const out = body(prepareForIndex(page('<p>集卡司机之家</p>'), { dict }));
    expect(out).toContain(`集卡司机之家 ${a('集卡司机')} ${dict.groupOf.get('集卡司机')!.alias} `);
  });
});
