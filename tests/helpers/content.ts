import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { parse } from 'yaml';

/** The sample content folder, read directly (tests recompute what pages should show). */
export const CONTENT = path.resolve(import.meta.dirname, '../../content');

/** Frontmatter of every Markdown/MDX file in a collection folder, with its id (file name). */
export function frontmatters(dir: string): { id: string; file: string; data: Record<string, unknown> }[] {
  return globSync('**/[^_]*.{md,mdx}', { cwd: path.join(CONTENT, dir) })
    .sort()
    .map((rel) => {
      const text = readFileSync(path.join(CONTENT, dir, rel), 'utf8');
      const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
      return { id: path.basename(rel).replace(/\.mdx?$/, ''), file: rel, data: parse(yaml) as Record<string, unknown> };
    });
}
