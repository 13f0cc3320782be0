/**
 * Built file <-> URL, written once: the sitemap, the search index, the link
 * checker, the page-reuse manifest, the benchmark and the tests all map a
 * file of `dist/` to the URL it is served at (and back) through here. Paths
 * are relative to the site's root, with `/` (a Windows `\` is read as `/`).
 */

const slashes = (file: string) => file.replace(/\\/g, '/').replace(/^\/+/, '');

/** Whether a built file is a page of its own, served at its folder's URL (`homes/x/index.html`). */
export const isPageFile = (file: string): boolean => /(^|\/)index\.html$/.test(slashes(file));

/**
 * The URL path a built file is served at: `homes/x/index.html` -> `/homes/x/`,
 * `index.html` -> `/`; any other file keeps its name (`404.html` -> `/404.html`).
 */
export function fileUrl(file: string): string {
  return `/${slashes(file).replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * The built file a URL path is served from: `/homes/x/` -> `homes/x/index.html`,
 * `/rss.xml` -> `rss.xml`. The query and hash are dropped and %-escapes decoded.
 */
export function urlFile(url: string): string {
  const pathOnly = decodeURIComponent(url.replace(/[?#].*$/, '')).replace(/^\/+/, '');
  return pathOnly === '' || pathOnly.endsWith('/') ? `${pathOnly}index.html` : pathOnly;
}

/**
 * The file a route's path is written to: `/homes/[id]/` with `{ id: 'x' }`
 * -> `homes/x/index.html`; a rest parameter may be empty (`/homes/[...list]/` -> `homes/index.html`).
 */
export function routeFile(pattern: string, params: Record<string, string | number | undefined>): string {
  const url = pattern.replace(/\[(\.\.\.)?([^\]]+)\]/g, (_, _rest: string | undefined, name: string) =>
    String(params[name] ?? ''),
  );
  const folder = url.replace(/\/{2,}/g, '/').replace(/^\/|\/$/g, '');
  return folder ? `${folder}/index.html` : 'index.html';
}
