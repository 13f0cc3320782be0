#!/usr/bin/env node
/**
 * One build step after Astro, run in its own process so the benchmark can
 * time it and read its peak memory apart from the others (Node only):
 *   node src/lib/bench/step.ts search <siteDir>
 *   node src/lib/bench/step.ts images <siteDir> <contentRoot> <cacheHome>
 * `images` draws the certificates and share cards as the build does, with
 * its cache under <cacheHome>/node_modules/.cache, so a benchmark starts
 * cold and never touches the project's own cache. The last line printed is
 * `BENCH_RESULT <json>`; exit code 3 means the step does not exist yet.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export const RESULT_PREFIX = 'BENCH_RESULT ';
export const NOT_AVAILABLE = 3;

const LIB = path.resolve(import.meta.dirname, '..');

/** True when the module exists and exports `name`. */
export async function hasExport(relative: string, name: string): Promise<boolean> {
  const file = path.join(LIB, relative);
  if (!existsSync(file)) return false;
  try {
    return typeof ((await import(file)) as Record<string, unknown>)[name] === 'function';
  } catch {
    return false;
  }
}

async function main(argv: string[]): Promise<number> {
  const [step, siteDir, root, cacheHome] = argv;
  if (step === 'search' && siteDir) {
    if (!(await hasExport('search/indexing.ts', 'buildSearchIndex'))) return NOT_AVAILABLE;
    const { buildSearchIndex } = await import('../search/indexing.ts');
    const s = await buildSearchIndex({ siteDir });
    const { pages, skipped, files, bytes, indexBytes, fragmentBytes, errors } = s;
    console.log(RESULT_PREFIX + JSON.stringify({ pages, skipped, files, bytes, indexBytes, fragmentBytes, errors }));
    return 0;
  }
  if (step === 'images' && siteDir && root && cacheHome) {
    if (!(await hasExport('certificates/batch.ts', 'makeCertificates'))) return NOT_AVAILABLE;
    if (!(await hasExport('node/certificates.ts', 'renderImages'))) return NOT_AVAILABLE;
    const { renderImages } = await import('../node/certificates.ts');
    const r = await renderImages(siteDir, root, cacheHome);
    const { total, rendered, cached, seconds, peakRssMb, workersStarted } = r.certificates;
    console.log(
      RESULT_PREFIX +
        JSON.stringify({
          certificates: { total, rendered, cached, seconds, peakRssMb, workersStarted },
          shareRendered: r.shareRendered,
          shareCached: r.shareCached,
        }),
    );
    return 0;
  }
  console.error('usage: step.ts search <siteDir> | images <siteDir> <contentRoot> <cacheHome>');
  return 2;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
