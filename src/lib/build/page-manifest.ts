/**
 * Which pages a build can take from the last one (pure). Each keyed page
 * (a route's getStaticPaths gives a cache key: a digest of its props) is
 * recorded with its key, the `/_astro/` files its HTML references and
 * whether it asks to stay out of indexes. The next build renders a page
 * again unless the project's code is unchanged, the page's key is the same
 * and the last output still has the file; a reused page is linked from the
 * last output together with the files it references.
 *
 * Why not Astro 7's `experimental.incrementalBuild`: its manifest records
 * every image transform of every page, pretty-printed; at 10,000 homes it is
 * 550 MB, longer than the longest string V8 can hold (0x1fffffe8 characters),
 * so it cannot be read back and every build renders everything (measured;
 * bench/README.md, "Rendering only what changed").
 */

export interface PageRecord {
  key: string;
  /** Root-relative paths of the `/_astro/` files (images, scripts, styles) the page's HTML references. */
  assets: string[];
  noindex: boolean;
}

export interface PageManifest {
  version: typeof MANIFEST_VERSION;
  /** Digest of the project's code (src, public, configuration, packages): a change renders every page. */
  code: string;
  /** By output file, relative to the site's root: `homes/x/index.html`. */
  pages: Record<string, PageRecord>;
}
export const MANIFEST_VERSION = 1;

/** Why a page was rendered rather than taken from the last build. */
export type RenderReason = 'first' | 'code' | 'new' | 'data' | 'missing' | 'unkeyed';

/**
 * What the Astro step is told before it starts: where the last output is,
 * whether its pages can be reused at all (`first`: no last build or a build
 * from nothing, `code`: the code changed) and the last build's pages, each
 * with whether its file is still in the last output.
 */
export interface ReusePlan {
  /** The code digest of this build, for the next manifest. */
  code: string;
  lastOutput: string;
  blocked: 'first' | 'code' | null;
  pages: Record<string, PageRecord & { present: boolean }>;
}

export function reusePlan(
  last: PageManifest | null,
  code: string,
  lastOutput: string,
  inLastOutput: (file: string) => boolean,
): ReusePlan {
  if (!last || last.version !== MANIFEST_VERSION) return { code, lastOutput, blocked: 'first', pages: {} };
  if (last.code !== code) return { code, lastOutput, blocked: 'code', pages: {} };
  const pages: ReusePlan['pages'] = {};
  for (const [file, page] of Object.entries(last.pages)) pages[file] = { ...page, present: inLastOutput(file) };
  return { code, lastOutput, blocked: null, pages };
}

/** Whether a keyed page is taken from the last build (`reused`) or rendered, and why. */
export function pageFate(plan: ReusePlan | null, file: string, key: string): 'reused' | RenderReason {
  if (!plan || plan.blocked) return plan?.blocked ?? 'first';
  const last = plan.pages[file];
  if (!last) return 'new';
  if (last.key !== key) return 'data';
  return last.present ? 'reused' : 'missing';
}

/** The `/_astro/` files an HTML page references (src, srcset, href, url()), each once, sorted. */
export function assetReferences(html: string): string[] {
  return [...new Set(html.match(/\/_astro\/[^"'\s,)>?#]+/g) ?? [])].sort();
}
