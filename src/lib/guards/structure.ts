import type { Problem } from '../content/problem.ts';

/**
 * The four parts every case story is written in (art. 10: good practice
 * "that can be spread and copied" needs the problem, what was done, what it
 * achieved and what workers say), as second-level headings, in this order.
 */
export const STORY_SECTIONS = ['背景', '做法', '成效', '职工评价'] as const;

/** The `## ` headings of a Markdown body, outside code blocks, with their line (from 0). */
function headings(body: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let fenced = false;
  body.split('\n').forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const m = fenced ? null : /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (m) out.push({ text: m[1]!, line: i });
  });
  return out;
}

/** The story sections a body lacks, or has out of order, in the order they should come. */
export function missingStorySections(body: string): string[] {
  const found = headings(body).map((h) => h.text);
  let at = -1;
  const missing: string[] = [];
  for (const section of STORY_SECTIONS) {
    const i = found.indexOf(section, at + 1);
    if (i === -1) missing.push(section);
    else at = i;
  }
  return missing;
}

/** The message for a story body that lacks sections, or undefined when all four are there in order. */
export function storyStructureMessage(body: string): string | undefined {
  const missing = missingStorySections(body);
  if (!missing.length) return undefined;
  return `典型案例缺少小标题${missing.map((s) => `“## ${s}”`).join('、')}：案例按“${STORY_SECTIONS.join('、')}”四部分写，顺序不变`;
}

/** The structure check on a story file, located at the start of its body. */
export function checkStoryStructure(file: string, body: string, bodyLine: number): Problem[] {
  const message = storyStructureMessage(body);
  return message
    ? [
        {
          file,
          line: bodyLine,
          col: 1,
          field: 'body',
          message,
          hint: `在正文里写上这几个二级标题（以“## ”开头的一行），每个标题下写一段：${STORY_SECTIONS.join('、')}`,
        },
      ]
    : [];
}
