import { xmlEscape } from './xml.ts';

/** A sitemap of the given page URLs (absolute), sorted for stable output. */
export function sitemapXml(urls: readonly string[]): string {
  const items = [...new Set(urls)].sort().map((u) => `  <url><loc>${xmlEscape(u)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</urlset>\n`;
}

/** Whether a built page asks to stay out of indexes (`<meta name="robots" content="noindex">`). */
export function isNoindex(html: string): boolean {
  return /<meta\s+name="robots"\s+content="[^"]*noindex/i.test(html);
}
