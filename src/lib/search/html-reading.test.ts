import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { indexedText } from './index-page.ts';

// The tables in html-reading.ts, checked against the real pagefind_extended
// binary: what it stores as a page's content must be the text we read.
async function pagefindContent(html: string): Promise<string> {
  const { index } = await pagefind.createIndex({});
  await index!.addHTMLFile({ url: '/p/', content: html });
  const { files } = await index!.getFiles();
  await index!.deleteIndex();
  const fragment = files.find((f) => f.path.includes('fragment/'))!;
  // Pagefind's files are gzip with a 12-byte signature in front
  return (JSON.parse(gunzipSync(Buffer.from(fragment.content)).subarray(12).toString()) as { content: string }).content;
}
afterAll(() => pagefind.close());

const normal = (s: string) =>
  s
    .replace(/\u200b/g, '')
    .replace(/\.(\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

describe('what Pagefind indexes', () => {
  it('is what indexedText reads: removed elements, sentence breaks, inline runs', async () => {
    const html =
      '<!doctype html><html lang="zh-CN"><head><title>题</title></head><body><p>外面</p><main data-pagefind-body>' +
      '<h1>标题</h1><nav>导航</nav><p>正文<span>内联</span><a href="/">链接</a><b>粗</b><em>斜</em></p>' +
      '<label>标签</label><footer>页脚</footer><svg><text>图</text></svg><iframe>框</iframe><form><p>表单</p></form>' +
      '<noscript>无脚本</noscript><template><p>模板</p></template><button>按钮</button>' +
      '<details><summary>摘要</summary>细节</details><div data-pagefind-ignore>忽略</div>' +
      '<ul><li>一项</li><li>二项</li></ul><article>文章</article><section>节</section><h6>小标题</h6>' +
      '<p>换<br>行</p><blockquote>引文</blockquote><figure><figcaption>图注</figcaption></figure></main></body></html>';
    expect(normal(indexedText(html) ?? '')).toBe(normal(await pagefindContent(html)));
  }, 30_000);
});
