#!/usr/bin/env node
/**
 * One build step after Astro, run in its own process so the benchmark can
 * time it and read its peak memory apart from the others (Node only):
 *   node src/lib/bench/step.ts search <siteDir> [<searchCacheDir>]
 *   node src/lib/bench/step.ts images <siteDir> <contentRoot> <imageCacheDir>
 * `images` draws the certificates and share cards as the build does, with
 * its cache in <imageCacheDir>, so a measurement can start cold and never
 * touch the project's own cache; so does `search` with its shard cache when
 * given one (without, it keeps no cache). The last line printed is `BENCH_RESULT <json>`.
 */
export const RESULT_PREFIX = 'BENCH_RESULT ';

async function main(argv: string[]): Promise<number> {
  const [step, siteDir, root, imageCache] = argv;
  if (step === 'search' && siteDir) {
    const { buildSearchIndex } = await import('../search/indexing.ts');
    // for `search` the third argument is the shard cache
    const s = await buildSearchIndex({ siteDir, cacheDir: root ?? false });
    const { pages, skipped, files, bytes, indexBytes, fragmentBytes, shards, rebuilt, reused, merge, errors } = s;
    console.log(
      RESULT_PREFIX +
        JSON.stringify({
          pages,
          skipped,
          files,
          bytes,
          indexBytes,
          fragmentBytes,
          shards,
          rebuilt,
          reused,
          merge,
          errors,
        }),
    );
    return 0;
  }
  if (step === 'images' && siteDir && root && imageCache) {
    const { renderImages } = await import('../node/certificates.ts');
    const r = await renderImages(siteDir, root, imageCache);
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
  console.error('usage: step.ts search <siteDir> [<searchCacheDir>] | images <siteDir> <contentRoot> <imageCacheDir>');
  return 2;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
