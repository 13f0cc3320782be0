import { describe, expect, it } from 'vitest';
import { indexedText } from './indexed-text.ts';

const page = (main: string) =>
  `<!doctype html><html lang="zh-CN"><body><header>职工之家网</header>${main}<footer>版权</footer></body></html>`;

describe('indexedText', () => {
  it('is undefined for a page outside the index', () =>
    expect(indexedText(page('<main><p>娘家人</p></main>'))).toBeUndefined());
  it('takes the body’s text without navigation, forms, scripts and ignored parts', () =>
    expect(
      indexedText(
        page(
          '<main data-pagefind-body><h1>济南</h1><nav>上一篇</nav><p>职工<b>书屋</b> &amp; 娘家人</p>' +
            '<form><label>搜索</label></form><script>var a = "十佳";</script>' +
            '<section data-pagefind-ignore><h2>其他职工之家</h2><div><p>青岛</p></div></section><p>完</p></main>',
        ),
      ),
    ).toBe('济南职工书屋 & 娘家人完'));
});
