import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { globSync } from 'tinyglobby';
import { sitemapUrls, sitemapXml } from '../lib/feeds/sitemap.ts';

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
        const pages = globSync('**/*.html', { cwd: out })
          .sort()
          .map((file) => ({ file, html: readFileSync(path.join(out, file), 'utf8') }));
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
