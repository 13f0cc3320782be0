import path from 'node:path';
import { globSync } from 'tinyglobby';

/** URL paths of every HTML page of a built site, e.g. `/homes/jinan-steel-works/`. */
export function builtPages(siteDir: string): string[] {
  return (
    globSync('**/*.html', { cwd: siteDir })
      .map((f) => `/${f.replace(/\\/g, '/')}`.replace(/index\.html$/, ''))
      .filter((p) => p !== '/404.html')
      // The content editor is an application of its own, tested in tests/browser/cms-editor.test.ts.
      .filter((p) => !p.startsWith('/admin/'))
      .sort()
  );
}

/** One page of each page type: the first page of each route shape. */
export function onePerType(pages: string[]): string[] {
  const seen = new Map<string, string>();
  for (const p of pages) {
    const parts = p.split('/').filter(Boolean);
    const key = parts.length <= 1 ? p : `${parts[0]}:${parts.length}:${parts.length > 2 ? parts[1] : ''}`;
    if (!seen.has(key)) seen.set(key, p);
  }
  return [...seen.values()];
}

export const rel = (from: string, to: string) => path.relative(from, to);
