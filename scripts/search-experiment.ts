#!/usr/bin/env node
/**
 * Measures Chinese search with Pagefind on generated pages, in Chromium with
 * the real pagefind.js and WebAssembly (src/lib/search/README.md).
 *
 *   node scripts/search-experiment.ts [--pages 1000,5000] [--variants stock,ours,degraded,pairs]
 *                                     [--out report.json] [--keep]
 *
 * For each page count it writes pages into a temporary folder, indexes them
 * once per variant with buildSearchIndex, serves the folder on 127.0.0.1,
 * runs every query in a fresh Chromium page and compares the results with
 * the pages whose text contains the query:
 *   recall  share of the pages containing the query that are found
 *   P@N     share of the first N results that contain the query, N = the
 *           number of pages containing it (1 = every page with the whole word
 *           ranks above every page with only a part of it)
 * The experiment itself is src/lib/search/experiment/. Variants:
 *   stock     pages as built, query as typed (Pagefind alone)
 *   ours      alias tokens, initPagefindForSegmentedQueries, segmentQuery
 *   degraded  alias tokens, Pagefind started normally (it splits queries);
 *             segmentQuery told so by the probe
 *   pairs     no alias tokens, whole-term start, character pairs only
 */
import { writeFileSync } from 'node:fs';
import { commandLine } from '../src/lib/node/command-line.ts';
import { VARIANTS } from '../src/lib/search/experiment/browser-run.ts';
import { runSearchExperiment, type ExperimentResult } from '../src/lib/search/experiment/measure.ts';
import { experimentReport, parseVariants } from '../src/lib/search/experiment/report.ts';

const { values } = commandLine({
  usage:
    '用法：node scripts/search-experiment.ts [--pages 1000,5000] [--variants stock,ours,degraded,pairs] [--out report.json] [--keep]',
  options: {
    pages: { type: 'string', default: '1000,5000' },
    variants: { type: 'string', default: VARIANTS.join(',') },
    out: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const chosen = parseVariants(values.variants, VARIANTS);
if ('error' in chosen) {
  console.error(chosen.error);
  process.exit(2);
}
const report: ExperimentResult[] = [];
const kept = await runSearchExperiment({
  sizes: values.pages.split(',').map(Number),
  variants: chosen.variants,
  keep: values.keep,
  onResult: (result) => {
    report.push(result);
    console.log(experimentReport(result));
  },
});
if (kept) console.log(`\n生成的网站和索引保留在 ${kept}`);
if (values.out) writeFileSync(values.out, JSON.stringify(report, null, 1));
