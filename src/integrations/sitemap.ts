import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { globSync } from 'tinyglobby';
import { sitemapUrls, sitemapXml } from '../lib/feeds/sitemap.ts';
import { PAGES_ENV, listingPath, readJson } from '../lib/node/page-reuse.ts';

/**
 * Writes /sitemap.xml (and robots.txt pointing at it) from the pages the
 * build actually produced, so a page type added later is listed without
 * anyone remembering to add it; pages marked noindex (search, presentation
 * views, the personal study record) and the 404 page are left out.
 * Register it in astro.config.mjs: `integrations: [..., sitemap(site.baseUrl)]`.
 */
export function sitemap(baseUrl: string): AstroIntegration {
  return {
    name: 'zgzj-sitemap',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // Each page's noindex flag as the reuse-pages integration read it (a build by
        // scripts/build.ts), so the 16,000 pages are not read a second time.
        const pagesDir = process.env[PAGES_ENV];
        const known = pagesDir ? readJson<Record<string, boolean>>(listingPath(pagesDir)) : null;
        const pages = globSync('**/*.html', { cwd: out })
          .sort()
          .map((file) =>
            known?.[file] !== undefined
              ? { file, noindex: known[file] }
              : { file, html: readFileSync(path.join(out, file), 'utf8') },
          );
        const urls = sitemapUrls(pages, baseUrl);
        writeFileSync(path.join(out, 'sitemap.xml'), sitemapXml(urls));
        writeFileSync(
          path.join(out, 'robots.txt'),
          `User-agent: *\nAllow: /\nSitemap: ${new URL('/sitemap.xml', baseUrl).href}\n`,
        );
        logger.info(`sitemap.xml: ${urls.length} of ${pages.length} pages`);
      },
    },
  };
}
