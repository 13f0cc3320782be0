import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { globSync } from 'tinyglobby';
import { isNoindex, sitemapXml } from '../lib/feeds/sitemap.ts';

/**
 * Writes /sitemap.xml from the pages the build actually produced, so a new
 * page type is listed without anyone remembering to add it; pages marked
 * noindex (search, presentation views, the personal study record) and the
 * 404 page are left out.
 */
export function sitemap(baseUrl: string): AstroIntegration {
  return {
    name: 'sitemap',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const urls = globSync('**/index.html', { cwd: out })
          .filter((file) => !isNoindex(readFileSync(path.join(out, file), 'utf8')))
          .map((file) => new URL(`/${file.replace(/index\.html$/, '')}`, baseUrl).href);
        writeFileSync(path.join(out, 'sitemap.xml'), sitemapXml(urls));
        writeFileSync(
          path.join(out, 'robots.txt'),
          `User-agent: *\nAllow: /\nSitemap: ${new URL('/sitemap.xml', baseUrl).href}\n`,
        );
      },
    },
  };
}
