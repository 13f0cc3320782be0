import path from 'node:path';
import { globSync } from 'tinyglobby';
import { fileUrl } from '../../src/lib/routes/files.ts';

/** URL paths of every HTML page of a built site, e.g. `/homes/jinan-steel-works/`. */
export function builtPages(siteDir: string): string[] {
  return (
    globSync('**/*.html', { cwd: siteDir })
      .map(fileUrl)
      .filter((p) => p !== '/404.html')
      // The content editor is an application of its own, tested in tests/browser/cms-editor.test.ts.
      .filter((p) => !p.startsWith('/admin/'))
      .sort()
  );
}

const PAGES = path.resolve(import.meta.dirname, '../../src/pages');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The page routes of src/pages as URL patterns, most specific first (Astro's
 * order: a fixed segment wins over a parameter, a parameter over a rest).
 */
function routes(): { file: string; pattern: RegExp }[] {
  return globSync('**/*.astro', { cwd: PAGES })
    .map((file) => {
      const segments = file
        .replace(/\.astro$/, '')
        .split('/')
        .filter((s) => s !== 'index');
      const source = segments
        .map((s) => (s.startsWith('[...') ? '(?:.+/)?' : s.startsWith('[') ? '[^/]+/' : `${escape(s)}/`))
        .join('');
      const rank = segments.map((s) => (s.startsWith('[...') ? 2 : s.startsWith('[') ? 1 : 0));
      return { file, pattern: new RegExp(`^/${source}$`), rank };
    })
    .sort((a, b) => {
      for (let i = 0; i < Math.max(a.rank.length, b.rank.length); i++) {
        const d = (a.rank[i] ?? -1) - (b.rank[i] ?? -1);
        if (d !== 0) return d;
      }
      return 0;
    });
}

/**
 * One page of each page type: the first built page of each page file in
 * src/pages (`/homes/` for homes/[...list].astro, one lesson for
 * courses/[course]/[lesson].astro, …).
 */
export function onePerType(pages: string[]): string[] {
  const table = routes();
  const seen = new Map<string, string>();
  for (const p of pages) {
    const route = table.find((r) => r.pattern.test(p));
    if (route && !seen.has(route.file)) seen.set(route.file, p);
  }
  return [...seen.values()];
}

export const rel = (from: string, to: string) => path.relative(from, to);
