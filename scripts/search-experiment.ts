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
import { parseArgs } from 'node:util';
import { VARIANTS, type Variant } from '../src/lib/search/experiment/browser-run.ts';
import { runSearchExperiment, type ExperimentResult } from '../src/lib/search/experiment/measure.ts';

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
const kb = (x: number) => `${(x / 1024).toFixed(0)} KB`;

function print({ size, variant, stats, run, domain, general, rows }: ExperimentResult): void {
  console.log(
    `\n## ${size} 页 · ${variant}  （建索引 ${(stats.ms / 1000).toFixed(1)} s，索引 ${stats.files} 个文件 ${kb(stats.bytes)}：` +
      `词块 ${kb(stats.indexBytes)}，页面片段 ${kb(stats.fragmentBytes)}；首次查询 ${kb(run.firstBytes)}、${run.firstMs} ms；` +
      `每次查询 ${run.perQueryMs.toFixed(0)} ms；探测：${run.kept ? '查询词保持完整' : 'Pagefind 自行切分查询'}）`,
  );
  console.log('| 查询 | 召回率均值 | 最低召回率 | 未全召回的查询 | 漏掉的页面 | P@N 均值 | P@N=1 的查询 |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const [name, s] of [
    ['领域词', domain],
    ['普通词', general],
  ] as const) {
    console.log(
      `| ${name} (${s.queries}) | ${pct(s.meanRecall)} | ${pct(s.minRecall)} | ${s.queriesBelowFullRecall} | ` +
        `${s.missedPages} / ${s.pagesContaining} | ${s.meanPrecisionAtN.toFixed(3)} | ${s.queriesRankedPerfectly} |`,
    );
  }
  for (const r of rows.filter((x) => x.recall < 1 || x.precisionAtN < 1)) {
    console.log(
      `   ${r.query} [${r.sent}] 含该词 ${r.containing} 页，结果 ${r.results}，找到 ${r.found}（${pct(r.recall)}），P@N ${r.precisionAtN.toFixed(2)}`,
    );
  }
}

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000,5000' },
    variants: { type: 'string', default: VARIANTS.join(',') },
    out: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const variants = values.variants.split(',') as Variant[];
const unknown = variants.filter((v) => !VARIANTS.includes(v));
if (unknown.length) {
  console.error(`未知的方案 ${unknown.join(', ')}，可选：${VARIANTS.join(', ')}`);
  process.exit(2);
}
const report: ExperimentResult[] = [];
const kept = await runSearchExperiment({
  sizes: values.pages.split(',').map(Number),
  variants,
  keep: values.keep,
  onResult: (result) => {
    report.push(result);
    print(result);
  },
});
if (kept) console.log(`\n生成的网站和索引保留在 ${kept}`);
if (values.out) writeFileSync(values.out, JSON.stringify(report, null, 1));
