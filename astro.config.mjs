// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { astroCacheDir } from './src/lib/node/cache-dirs.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { contentRoot } from './src/lib/node/content-root.ts';
import { readSiteConfig } from './src/lib/node/site-config.ts';
import { cmsAdmin } from './src/integrations/cms.ts';
import { contentAssetsOnce } from './src/integrations/content-assets-once.ts';
import { contentMedia } from './src/integrations/content-media.ts';
import { cspDigests } from './src/integrations/csp-digests.ts';
import { dataStoreFile } from './src/integrations/data-store-file.ts';
import { reusePages } from './src/integrations/reuse-pages.ts';
import { PAGES_AT_ONCE } from './src/lib/build/astro-pages.ts';
import { contentGuard } from './src/lib/guards/build-guard.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { MODE_SCRIPT_HASH } from './src/lib/ui/mode-script.ts';

const root = contentRoot();
const site = readSiteConfig(root);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: site.baseUrl,
  output: 'static',
  trailingSlash: 'always',
  // scripts/build.ts builds into a fresh folder and swaps it in only when every step passed.
  outDir: process.env['ASTRO_OUT_DIR'] || 'dist',
  build: { format: 'directory', concurrency: PAGES_AT_ONCE },
  // One cache per content root, so builds of different content (tests, benchmarks) never share a data store.
  cacheDir: astroCacheDir(root),
  // No code blocks in editors' content; Shiki's inline styles would break the CSP.
  // The content guard holds every Markdown and MDX file to the editors' allow-list
  // inside Astro itself, so nothing an editor writes runs even when validation is skipped.
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [contentGuard()] }) },
  // reusePages completes the site with the pages the last build already made (src/lib/build/page-manifest.ts); before the sitemap.
  integrations: [
    mdx({ syntaxHighlight: false }),
    contentMedia(root),
    dataStoreFile(),
    contentAssetsOnce(),
    cspDigests(),
    securityHeaders(),
    cmsAdmin(root),
    reusePages(),
    sitemap(site.baseUrl),
  ],
  // video.js is one large island (about 700 KB, 200 KB compressed) loaded on lesson pages only.
  vite: { build: { chunkSizeWarningLimit: 1000 } },
  devToolbar: { enabled: false },
  // A Content-Security-Policy on every page without 'unsafe-inline' for
  // scripts: Astro hashes what it bundles; the display-mode script's hash is
  // added here; Pagefind compiles WebAssembly ('wasm-unsafe-eval'); video
  // players play HLS from blob: URLs.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "media-src 'self' blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [MODE_SCRIPT_HASH] },
    },
  },
});
