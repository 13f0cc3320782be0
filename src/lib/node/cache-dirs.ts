import { createHash } from 'node:crypto';
import path from 'node:path';

/**
 * Where builds keep what they reuse (Node only): `ZGZJ_CACHE_DIR` when set
 * (the benchmark and the cold builds of tests use a folder of their own),
 * else the project's `node_modules/.cache`.
 */
export function cacheHome(cwd = process.cwd()): string {
  const dir = process.env['ZGZJ_CACHE_DIR'];
  return dir ? path.resolve(cwd, dir) : path.join(cwd, 'node_modules', '.cache');
}

/**
 * Astro's cache (content layer, images, incremental build): one per content root and project folder, so
 * builds of different content never share a data store, nor do two checkouts sharing ZGZJ_CACHE_DIR
 * (the store keeps file paths relative to the project: from another folder its images are not found).
 */
export function astroCacheDir(root: string, cwd = process.cwd()): string {
  const id = createHash('sha256').update(root).update('\0').update(path.resolve(cwd)).digest('hex').slice(0, 12);
  return process.env['ZGZJ_CACHE_DIR']
    ? path.join(cacheHome(cwd), 'astro', id)
    : path.join(cwd, 'node_modules', '.astro', id);
}

/** Rendered certificates and share cards, keyed by a hash of everything that draws them. */
export function imageCacheDir(cwd = process.cwd()): string {
  return path.join(cacheHome(cwd), 'zgzj-images');
}

/** The search index's shards and their merge (src/lib/search/indexing.ts): one folder per content root. */
export function searchIndexCacheDir(root: string, cwd = process.cwd()): string {
  return path.join(cacheHome(cwd), 'search-index', createHash('sha256').update(root).digest('hex').slice(0, 12));
}
