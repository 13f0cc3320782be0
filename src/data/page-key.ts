import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pageKey } from '../lib/build/page-key.ts';
import { contentRoot } from '../lib/node/content-root.ts';
import { judgementDay } from '../lib/node/site-config.ts';

// What every page shows besides its props: the site settings (name, links,
// footer) and the day honour statuses are judged on.
const root = contentRoot();
const salt = `${readFileSync(path.join(root, 'site.yaml'), 'utf8')}\u0000${judgementDay(root)}`;

/** The cache key of a page that renders from `props` alone (see src/lib/build/page-key.ts). */
export const cacheKey = (...props: unknown[]): string => pageKey(salt, ...props);

/** Adds each path's cache key, a digest of its props. */
export function keyed<P extends { props: object }>(paths: P[]): (P & { cacheKey: string })[] {
  return paths.map((p) => ({ ...p, cacheKey: cacheKey(p.props) }));
}
