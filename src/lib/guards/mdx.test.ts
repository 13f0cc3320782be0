import { describe, expect, it } from 'vitest';
import { checkBody } from './mdx.ts';

const mdx = (body: string, allowed: string[] = []) => checkBody('content/stories/a.mdx', body, 10, true, allowed);
const md = (body: string) => checkBody('content/stories/a.md', body, 10, false);

describe('checkBody', () => {
  it('accepts plain Markdown with links, emphasis and lists', () => {
    expect(mdx('## 做法\n\n职工**书屋**延长开放。\n\n- [政策](/policy/ten-opinions/#art-2)\n')).toEqual([]);
  });
  it('reports import and export in MDX with the file line', () => {
    const problems = mdx('正文\nimport X from "./x.js"\nexport const a = 1');
    expect(problems.map((p) => [p.line, p.col])).toEqual([
      [11, 1],
      [12, 1],
    ]);
    expect(problems[0]!.message).toContain('import');
  });
  it('reports {expressions} in MDX but not a {/* comment */}', () => {
    expect(mdx('共 {1 + 1} 人')).toHaveLength(1);
    expect(mdx('说明 {/* privacy-allow */}')).toEqual([]);
  });
  it('leaves braces alone in .md files, where they are text', () => expect(md('共 {1 + 1} 人')).toEqual([]));
  it('reports script, iframe, style attributes, event handlers and javascript: links in both', () => {
    for (const check of [mdx, md]) {
      expect(check('<script>alert(1)</script>')).toHaveLength(1);
      expect(check('<iframe src="https://x.cn"></iframe>')).toHaveLength(1);
      expect(check('<span style="color:red">红</span>')).toHaveLength(1);
      expect(check('<a href="/x" onclick="steal()">点</a>')).toHaveLength(1);
      expect(check('[点这里](javascript:alert(1))')).toHaveLength(1);
    }
  });
  it('allows only listed components', () => {
    expect(mdx('<Quiz />')[0]!.message).toContain('<Quiz>');
    expect(mdx('<Figure />', ['Figure'])).toEqual([]);
  });
  it('ignores code blocks and inline code', () => {
    expect(mdx('```html\n<script>x</script>\n```\n并用 `{x}` 表示变量')).toEqual([]);
  });
});
