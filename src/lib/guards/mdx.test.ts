import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkBody } from './mdx.ts';
import { isAllowedUrl, urlScheme } from './url.ts';

const mdx = (body: string, allowed: Record<string, readonly string[]> = {}) =>
  checkBody('content/stories/a.mdx', body, 10, true, allowed);
const md = (body: string) => checkBody('content/stories/a.md', body, 10, false);

interface HostileCase {
  name: string;
  mdx: boolean;
  body: string;
  line: number;
  says: string;
}
const corpus = parse(
  readFileSync(path.resolve(import.meta.dirname, '../../../tests/fixtures/hostile/bodies.yaml'), 'utf8'),
) as HostileCase[];

describe('the hostile-content corpus', () => {
  it('has cases for MDX and for Markdown', () => {
    expect(corpus.filter((c) => c.mdx).length).toBeGreaterThan(10);
    expect(corpus.filter((c) => !c.mdx).length).toBeGreaterThan(10);
  });
  it.each(corpus.map((c) => [c.name, c] as const))('refuses %s, at its line, in Chinese', (_name, c) => {
    const problems = checkBody('content/stories/x.md', c.body, 10, c.mdx);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.line).toBe(9 + c.line);
    expect(problems[0]!.col).toBeGreaterThan(0);
    expect(problems.map((p) => p.message).join('\n')).toContain(c.says);
    for (const p of problems) expect(p.message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('checkBody near misses', () => {
  it('accepts plain Markdown with links, emphasis, lists, tables, footnotes and task lists', () => {
    const body =
      '## 做法\n\n职工**书屋**延长开放。\n\n- [政策](/policy/ten-opinions/#art-2)\n- [邮件](mailto:office@x.cn) [电话](tel:12351)\n\n' +
      '| 项目 | 数量 |\n|:-|-:|\n| 书 | 3 |\n\n- [x] 完成\n\n见注[^1]\n\n[^1]: 说明\n';
    expect(md(body)).toEqual([]);
    expect(mdx(body)).toEqual([]);
  });
  it('accepts allowed raw HTML with safe attributes in both', () => {
    const body =
      '<figure>\n<img src="/media/a.jpg" alt="阅览区" width="600" />\n<figcaption>说明</figcaption>\n</figure>\n';
    expect(md(body)).toEqual([]);
    expect(mdx(body)).toEqual([]);
  });
  it('leaves braces and tags alone in .md files and in code, where they are text', () => {
    expect(md('共 {1 + 1} 人，import 一词')).toEqual([]);
    expect(mdx('```html\n<script>x</script>\n```\n\n并用 `{x}` 表示变量，写 \\{ 和 \\< 也行')).toEqual([]);
  });
  it('allows only listed components, with their listed props', () => {
    expect(mdx('<Figure src="/media/a.jpg" />', { Figure: ['src'] })).toEqual([]);
    const [p] = mdx('<Figure src="/media/a.jpg" onLoad="x" />', { Figure: ['src'] });
    expect(p!.message).toContain('Figure.onLoad');
    expect(p!.col).toBe(28);
  });
  it('points at the attribute, not the tag', () => {
    const [p] = md('<p title="说明" onclick="x">字</p>');
    expect([p!.line, p!.col]).toEqual([10, 15]);
  });
});

describe('urlScheme', () => {
  it.each([
    ['https://x.cn/a', 'https'],
    ['/policy/', ''],
    ['../media/a.jpg', ''],
    ['#art-5', ''],
    ['a:b', 'a'],
    ['jav&#x61;script:x', 'javascript'],
    ['%6A%61vascript:x', 'javascript'],
    ['&amp;#x6A;avascript:x', 'javascript'],
    ['\u0001 java\nscript:x', 'javascript'],
  ])('%j -> %j', (url, scheme) => expect(urlScheme(url)).toBe(scheme));
  it('allows http, https, mailto, tel and relative addresses only', () => {
    expect(['http://a', 'HTTPS://a', 'mailto:a@b.cn', 'tel:12351', '/a', 'a/b', '?q=1'].every(isAllowedUrl)).toBe(true);
    expect(['javascript:1', 'data:text/html,x', 'vbscript:1', 'file:///x', 'blob:x'].some(isAllowedUrl)).toBe(false);
  });
});
