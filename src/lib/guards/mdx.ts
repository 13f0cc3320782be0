import type { Problem } from '../content/problem.ts';

/**
 * Components editors may use in MDX, by name (the project's own, with
 * literal props). None are needed by the sample content yet; a component
 * added for editors is listed here.
 */
export const EDITOR_COMPONENTS: readonly string[] = [];

interface Rule {
  test: RegExp;
  message: string;
  hint: string;
  mdxOnly?: boolean;
}

// MDX from editors is code: imports, exports and {expressions} run at build
// time, raw HTML can carry scripts. Editors' content is held to plain
// Markdown plus the components above. Checked line by line outside code.
const RULES: Rule[] = [
  {
    test: /^\s*(import|export)\b/,
    mdxOnly: true,
    message: '正文中不能使用 import 或 export 语句',
    hint: '删除这一行；如需使用组件，请联系技术人员加入允许名单',
  },
  {
    test: /<\s*script\b/i,
    message: '正文中不能包含 <script> 脚本',
    hint: '删除脚本；网页功能由技术人员在网站代码中实现',
  },
  {
    test: /<\s*(iframe|object|embed|frame|style|link|meta|form|base)\b/i,
    message: '正文中不能嵌入 <iframe>、<object>、<style> 等元素',
    hint: '视频请放在课程的 videos 字段，外部网页请使用普通链接',
  },
  { test: /<[^>]*\sstyle\s*=/i, message: '不能使用 style= 行内样式', hint: '删除 style 属性；版式由网站统一设置' },
  { test: /<[^>]*\son[a-z]+\s*=/i, message: '不能使用 onclick 等事件属性', hint: '删除这个属性' },
  { test: /javascript\s*:/i, message: '链接不能以 javascript: 开头', hint: '改为 https:// 开头的网址或站内路径' },
];

function stripInlineCode(line: string): string {
  return line.replace(/(`+)[\s\S]*?\1/g, (m) => ' '.repeat(m.length));
}

/**
 * Checks a Markdown or MDX body against the allow-list. `bodyLine` is the
 * line of the file where the body starts, so problems point into the file.
 */
export function checkBody(
  file: string,
  body: string,
  bodyLine: number,
  mdx: boolean,
  allowed = EDITOR_COMPONENTS,
): Problem[] {
  const problems: Problem[] = [];
  let fence: string | null = null;
  body.split('\n').forEach((raw, i) => {
    const fenceMark = /^\s*(```+|~~~+)/.exec(raw)?.[1];
    if (fenceMark) {
      if (fence === null) fence = fenceMark[0]!;
      else if (fenceMark.startsWith(fence)) fence = null;
      return;
    }
    if (fence !== null) return;
    const line = stripInlineCode(raw);
    const at = (col: number, message: string, hint: string) =>
      problems.push({ file, line: bodyLine + i, col: col + 1, message, hint });
    for (const rule of RULES) {
      if (rule.mdxOnly && !mdx) continue;
      const m = rule.test.exec(line);
      if (m) at(m.index, rule.message, rule.hint);
    }
    if (!mdx) return;
    // MDX evaluates {…}; only a comment {/* … */} is harmless.
    for (const m of line.matchAll(/\{(?!\/\*[\s\S]*?\*\/\})/g)) {
      at(
        m.index!,
        'MDX 正文中不能使用 {表达式}（会在构建时作为代码执行）',
        '删除花括号；要写花括号本身请用 \\{ 转义，或把文件改为 .md',
      );
    }
    for (const m of line.matchAll(/<([A-Z][A-Za-z0-9]*)/g)) {
      if (!allowed.includes(m[1]!)) {
        at(
          m.index!,
          `不能使用组件 <${m[1]}>：不在允许使用的组件名单中`,
          `可用的组件：${allowed.length ? allowed.join('、') : '（暂无）'}`,
        );
      }
    }
  });
  return problems;
}
