import path from 'node:path';

/**
 * The content folder the site is built from: `CONTENT_ROOT` (or the
 * `--content` flag the scripts turn into it), else `content/`, so other
 * unions, the tests and the benchmarks build their own content with the
 * same code.
 */
export function contentRoot(cwd = process.cwd()): string {
  return path.resolve(cwd, process.env['CONTENT_ROOT'] || 'content');
}
