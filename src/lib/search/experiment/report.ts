/** The search experiment's printed report (pure): a Markdown table a result, with the queries not fully found below it. */
import type { Variant } from './browser-run.ts';
import type { ExperimentResult } from './measure.ts';

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
const kb = (x: number) => `${(x / 1024).toFixed(0)} KB`;

/** One page count and variant: index figures, recall and P@N by kind of query, then each query short of 1 on either. */
export function experimentReport({ size, variant, stats, run, domain, general, rows }: ExperimentResult): string {
  const lines = [
    `\n## ${size} 页 · ${variant}  （建索引 ${(stats.ms / 1000).toFixed(1)} s，索引 ${stats.files} 个文件 ${kb(stats.bytes)}：` +
      `词块 ${kb(stats.indexBytes)}，页面片段 ${kb(stats.fragmentBytes)}；首次查询 ${kb(run.firstBytes)}、${run.firstMs} ms；` +
      `每次查询 ${run.perQueryMs.toFixed(0)} ms；探测：${run.kept ? '查询词保持完整' : 'Pagefind 自行切分查询'}）`,
    '| 查询 | 召回率均值 | 最低召回率 | 未全召回的查询 | 漏掉的页面 | P@N 均值 | P@N=1 的查询 |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const [name, s] of [
    ['领域词', domain],
    ['普通词', general],
  ] as const)
    lines.push(
      `| ${name} (${s.queries}) | ${pct(s.meanRecall)} | ${pct(s.minRecall)} | ${s.queriesBelowFullRecall} | ` +
        `${s.missedPages} / ${s.pagesContaining} | ${s.meanPrecisionAtN.toFixed(3)} | ${s.queriesRankedPerfectly} |`,
    );
  for (const r of rows.filter((x) => x.recall < 1 || x.precisionAtN < 1))
    lines.push(
      `   ${r.query} [${r.sent}] 含该词 ${r.containing} 页，结果 ${r.results}，找到 ${r.found}（${pct(r.recall)}），P@N ${r.precisionAtN.toFixed(2)}`,
    );
  return lines.join('\n');
}

/** The variants a comma-separated list names, or the message for the names that are not variants. */
export function parseVariants(list: string, known: readonly Variant[]): { variants: Variant[] } | { error: string } {
  const names = list.split(',');
  const unknown = names.filter((v) => !known.includes(v as Variant));
  return unknown.length
    ? { error: `未知的方案 ${unknown.join(', ')}，可选：${known.join(', ')}` }
    : { variants: names as Variant[] };
}
