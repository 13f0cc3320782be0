import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { globSync } from 'tinyglobby';
import { MANIFEST_VERSION, assetReferences, type PageManifest } from '../lib/build/page-manifest.ts';
import { isNoindex } from '../lib/feeds/sitemap.ts';
import {
  PAGES_ENV,
  linkFile,
  listingPath,
  makePageFolders,
  nextManifestPath,
  readKeyedPages,
  readPlan,
  removeEmptyFolders,
} from '../lib/node/page-reuse.ts';

/**
 * Completes the site with the pages this build did not render because the
 * last build's are the same (src/lib/build/page-manifest.ts): each is linked
 * from the last output with the `/_astro/` files it references. Then it
 * records every page for the next build and for the sitemap. Register it
 * before the sitemap, which needs every page. Only builds run by
 * scripts/build.ts reuse pages; `astro build` alone renders them all.
 */
export function reusePages(): AstroIntegration {
  let folders: Promise<void> = Promise.resolve();
  let outDir: string | undefined;
  return {
    name: 'zgzj-reuse-pages',
    hooks: {
      // The build's output folder is new each time: Astro need not empty it (the pages' folders are made early).
      'astro:config:setup': ({ updateConfig }) => {
        if (readPlan()) updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      // The pages' folders are made from the end of the content sync on, beside bundling and rendering.
      'astro:config:done': ({ config }) => void (outDir = fileURLToPath(config.outDir)),
      'astro:build:start': () => {
        const plan = readPlan();
        if (plan && outDir) folders = makePageFolders(outDir, Object.keys(plan.pages));
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const pagesDir = process.env[PAGES_ENV];
        const plan = readPlan();
        if (!pagesDir || !plan) return;
        await folders;
        const out = fileURLToPath(dir);
        const keyed = readKeyedPages(pagesDir);
        const next: PageManifest = { version: MANIFEST_VERSION, code: plan.code, pages: {} };
        const listing: Record<string, boolean> = {};
        for (const file of renderedPages(out, assets)) {
          // Read as latin1, one character per byte: only ASCII markup is looked for here, which UTF-8
          // never puts inside a multi-byte character, so it matches as in the decoded page. Decoding
          // the pages as UTF-8 took more than twice as long (16,177 pages read and scanned: 2.0 s,
          // against 0.85 s; the same references and robots tags found in every page).
          const html = readFileSync(path.join(out, file), 'latin1');
          const noindex = isNoindex(html);
          listing[file] = noindex;
          const page = keyed[file];
          if (page) next.pages[file] = { key: page.key, assets: assetReferences(html), noindex };
        }
        let linked = 0;
        // Pages share a few dozen /_astro/ files (270,000 references at 10,000 homes): each is looked for once.
        const present = new Set<string>();
        for (const [file, page] of Object.entries(keyed)) {
          if (page.fate !== 'reused') continue;
          const last = plan.pages[file]!;
          linkFile(path.join(plan.lastOutput, file), path.join(out, file));
          for (const asset of last.assets) {
            if (present.has(asset)) continue;
            present.add(asset);
            if (!existsSync(path.join(out, asset))) linkFile(path.join(plan.lastOutput, asset), path.join(out, asset));
          }
          next.pages[file] = { key: page.key, assets: last.assets, noindex: last.noindex };
          listing[file] = last.noindex;
          linked++;
        }
        removeEmptyFolders(out, Object.keys(plan.pages));
        writeFileSync(nextManifestPath(pagesDir), JSON.stringify(next));
        writeFileSync(listingPath(pagesDir), JSON.stringify(listing));
        logger.info(`${linked} pages taken from the last build`);
      },
    },
  };
}

/**
 * The HTML files Astro wrote in `out`, from the output files it lists by route: walking the folder
 * went through the 16,000 folders made beforehand for the pages to be linked (0.28 s at 10,000 homes).
 */
function renderedPages(out: string, assets: ReadonlyMap<string, readonly URL[]>): string[] {
  const files = [...assets.values()]
    .flat()
    .map((url) => path.relative(out, fileURLToPath(url)).split(path.sep).join('/'))
    .filter((file) => file.endsWith('.html'));
  return files.length ? [...new Set(files)] : globSync('**/*.html', { cwd: out });
}
