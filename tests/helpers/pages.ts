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

/** A route file of src/pages as a pattern over URL paths, with how specific it is. */
function routePattern(file: string): { route: string; pattern: RegExp; literals: number; rest: boolean } {
  const segments = file
    .replace(/\.astro$/, '')
    .split('/')
    .filter((s) => s && s !== 'index');
  const parts = segments.map((s) => {
    if (/^\[\.\.\..+\]$/.test(s)) return '(?:.+/)?';
    if (/^\[.+\]$/.test(s)) return '[^/]+/';
    return `${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`;
  });
  return {
    route: file,
    pattern: new RegExp(`^/${parts.join('')}$`),
    literals: segments.filter((s) => !s.startsWith('[')).length,
    rest: segments.some((s) => s.startsWith('[...')),
  };
}

/**
 * One page of each page type, a type being a route file of src/pages (the most
 * specific one that builds the page, as Astro chooses): the first built page
 * of each (a catch-all's list and one of its filtered lists). Throws for a
 * page no route file explains.
 */
export function onePerType(pages: string[]): string[] {
  const routes = globSync('**/*.astro', { cwd: PAGES })
    .filter((f) => f !== '404.astro' && !f.startsWith('admin/'))
    .map(routePattern)
    .sort((a, b) => b.literals - a.literals || Number(a.rest) - Number(b.rest));
  const seen = new Map<string, string>();
  for (const p of pages) {
    const route = routes.find((r) => r.pattern.test(p.split('?')[0]!));
    if (!route) throw new Error(`No route file in src/pages builds ${p}`);
    // A catch-all route builds both its list and its filtered lists: one of each.
    const filtered = route.rest && p.split('/').filter(Boolean).length > route.literals;
    const type = `${route.route}${filtered ? ' (filtered)' : ''}`;
    if (!seen.has(type)) seen.set(type, p);
  }
  return [...seen.values()];
}

export const rel = (from: string, to: string) => path.relative(from, to);
