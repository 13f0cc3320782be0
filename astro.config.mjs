// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentRoot } from './src/lib/node/content-root.ts';
import { readSiteConfig } from './src/lib/node/site-config.ts';
import { contentMedia } from './src/integrations/content-media.ts';

const root = contentRoot();
const site = readSiteConfig(root);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: site.baseUrl,
  output: 'static',
  trailingSlash: 'always',
  // scripts/build.ts builds into a fresh folder and swaps it in only when every step passed.
  outDir: process.env['ASTRO_OUT_DIR'] || 'dist',
  build: { format: 'directory' },
  // One cache per content root, so builds of different content (tests, benchmarks) never share a data store.
  cacheDir: `node_modules/.astro/${createHash('sha256').update(root).digest('hex').slice(0, 12)}`,
  integrations: [mdx(), contentMedia(root)],
  devToolbar: { enabled: false },
});
