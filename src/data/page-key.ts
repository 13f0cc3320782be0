import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pageFate } from '../lib/build/page-manifest.ts';
import { pageKey } from '../lib/build/page-key.ts';
import { contentRoot } from '../lib/node/content-root.ts';
import { readPlan, recordKeyedPages, type KeyedPage } from '../lib/node/page-reuse.ts';
import { judgementDay } from '../lib/node/site-config.ts';
import { routeFile } from '../lib/routes/files.ts';

// What every page shows besides its props: the site settings (name, links,
// footer) and the day honour statuses are judged on.
const root = contentRoot();
const salt = `${readFileSync(path.join(root, 'site.yaml'), 'utf8')}\u0000${judgementDay(root)}`;

/** The cache key of a page that renders from `props` alone (see src/lib/build/page-key.ts). */
export const cacheKey = (...props: unknown[]): string => pageKey(salt, ...props);

type Path = { params: Record<string, string | number | undefined>; props: object; cacheKey?: string };

/**
 * The paths of a route (`pattern`, e.g. `/homes/[id]/`) that this build
 * must render: a page whose cache key (`cacheKey`, else a digest of its props)
 * is the last build's is left out, and the build links the last one in
 * (src/lib/build/page-manifest.ts). Outside scripts/build.ts every path is rendered.
 */
export function keyed<P extends Path>(pattern: string, paths: P[]): Omit<P, 'cacheKey'>[] {
  const plan = readPlan();
  if (!plan) return paths;
  const decided: Record<string, KeyedPage> = {};
  const render: Omit<P, 'cacheKey'>[] = [];
  for (const { cacheKey: given, ...p } of paths) {
    const key = given ?? cacheKey(p.props);
    const file = routeFile(pattern, p.params);
    const fate = pageFate(plan, file, key);
    decided[file] = { key, fate };
    if (fate !== 'reused') render.push(p);
  }
  recordKeyedPages(pattern, decided);
  return render;
}
