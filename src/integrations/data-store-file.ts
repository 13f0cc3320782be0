/**
 * Lets `astro build` read the content data store from its file when pages are
 * rendered, instead of bundling it. Astro puts the whole store into its server
 * bundle as one string literal (`export default JSON.parse("…")`); at 10,000
 * homes that is a 39 MB module which Vite parses and writes on every build,
 * most of the bundle's time (4.7 s of Vite's 5.0 s at 10,000 homes; 0.7 s for
 * the sample site). The file is the one Astro's content sync has just written,
 * in this build's own cache folder (astro.config.mjs `cacheDir`), and the
 * server bundle is thrown away once the pages are written.
 */
import { existsSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** Astro's resolved id of the data store's virtual module (astro/dist/content/consts.js). */
const DATA_STORE_MODULE = /^\0astro:data-layer-content$/;

/** The module that reads the store when it is first imported. */
export function readingModule(file: string): string {
  // Astro takes a store that fails to load for an empty one (and so a site without content pages):
  // a store that cannot be read fails the build instead.
  return [
    `import { readFileSync } from 'node:fs';`,
    `let store = [];`,
    `try {`,
    `  store = JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
    `} catch (error) {`,
    `  console.error('读不到 Astro 的内容数据（' + ${JSON.stringify(file)} + '）：' + error.message);`,
    `  process.exitCode = 1;`,
    `}`,
    `export default store;`,
  ].join('\n');
}

export function dataStoreFile(): AstroIntegration {
  return {
    name: 'zgzj-data-store-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const storage = config.experimental.collectionStorage;
        if (command !== 'build' || (storage !== undefined && storage !== 'single-file')) return;
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'zgzj-data-store-file',
                enforce: 'pre',
                // Loaded before Astro's own loader (`order`: its plugin comes first), which would read
                // the store and quote it (0.3 s at 10,000 homes); without a store Astro's loader makes
                // the empty one (`new Map()`).
                load: {
                  order: 'pre',
                  filter: { id: DATA_STORE_MODULE },
                  handler: () => (existsSync(file) ? { code: readingModule(file), map: null } : null),
                },
              },
            ],
          },
        });
      },
    },
  };
}
