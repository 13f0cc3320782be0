import { fileUrl, isPageFile } from '../routes/files.ts';
import { xmlEscape } from './xml.ts';

/** A sitemap of the given page URLs (absolute), each once, sorted so that an unchanged site gives the same file. */
export function sitemapXml(urls: readonly string[]): string {
  const items = [...new Set(urls)].sort().map((u) => `  <url><loc>${xmlEscape(u)}</loc></url>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...items,
    '</urlset>',
    '',
  ].join('\n');
}

/** Whether a built page asks to stay out of indexes: `<meta name="robots" content="…noindex…">`, attributes in any order. */
export function isNoindex(html: string): boolean {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attr = (name: string) =>
      new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag)?.slice(1).find(Boolean);
    if (/^robots$/i.test(attr('name') ?? '') && /\bnoindex\b/i.test(attr('content') ?? '')) return true;
  }
  return false;
}

/**
 * The public URL of a built HTML file (`homes/x/index.html` -> `<base>/homes/x/`),
 * or undefined for a file that is not a page of its own (the 404 page).
 */
export function pageUrl(file: string, baseUrl: string): string | undefined {
  return isPageFile(file) ? new URL(fileUrl(file), baseUrl).href : undefined;
}

/**
 * The URLs a sitemap lists: every built page that is a page of its own and
 * not marked noindex (given as read before, or read from its HTML).
 */
export function sitemapUrls(
  pages: readonly ({ file: string; html: string } | { file: string; noindex: boolean })[],
  baseUrl: string,
): string[] {
  return pages.flatMap((page) => {
    const url = pageUrl(page.file, baseUrl);
    return url && !('noindex' in page ? page.noindex : isNoindex(page.html)) ? [url] : [];
  });
}
