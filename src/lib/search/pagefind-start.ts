/**
 * Starting Pagefind in the browser so that it searches the site's own terms
 * as given (README.md beside this file). Pure and browser-safe: the only
 * DOM it touches is the element passed in.
 */

/** The part of Pagefind's browser API (`pagefind.js`) that `initPagefindForSegmentedQueries` uses. */
export interface PagefindInit {
  init(): Promise<unknown>;
  search(term: string): Promise<{ results: readonly unknown[] } | null>;
}

/** The language Pagefind is told the page has while it starts: one it does not split words for. */
export const UNSPLIT_LANGUAGE = 'zxx';

/**
 * A query that finds pages only when Pagefind splits it (ꙮ | 的: the unknown
 * Cyrillic word is dropped, 的 is on every Chinese page) and nothing when it
 * keeps it whole (no word starts with ꙮ).
 */
export const SPLIT_PROBE = 'ꙮ的';

/**
 * Starts Pagefind so that it searches `planQuery`'s terms as given, and
 * says whether that worked (pass the answer to `planQuery` as
 * `termsKeptWhole`).
 *
 * Pagefind reads the page's `<html lang>` once, when it starts, and for
 * zh/ja/th pages splits every query with Intl.Segmenter, which would cut the
 * character pairs apart again (书屋 → 书 + 屋). So the attribute is set to
 * `zxx` for the moment Pagefind reads it and put back at once, before this
 * function awaits anything; Pagefind then falls back to its only (Chinese)
 * index. A probe search (`SPLIT_PROBE`) then checks that the terms really are
 * kept whole. Call it after `pagefind.options()` and before any other search,
 * preload or filters call, passing `document.documentElement`.
 *
 * If a later Pagefind ignores the trick, the answer is false and searches
 * still work: dictionary words are aliases, which no segmenter splits; only
 * other words fall back to Pagefind's own recall (README.md).
 */
export async function initPagefindForSegmentedQueries(
  pagefind: PagefindInit,
  root: { lang: string },
  probe = true,
): Promise<boolean> {
  const lang = root.lang;
  root.lang = UNSPLIT_LANGUAGE;
  let started: Promise<unknown>;
  try {
    started = pagefind.init();
  } finally {
    root.lang = lang;
  }
  await started;
  if (!probe) return true;
  const found = await pagefind.search(SPLIT_PROBE);
  return (found?.results.length ?? 0) === 0;
}
