/** The benchmark's results as printed and as written to bench/results/<date>-<mode>.{json,md} (pure). */
import type { CorpusSize } from './options.ts';
import { MET_LABEL, markdownTable, textTable, type Figures, type Row, type TargetResult } from './report.ts';

/** The run and the machine it ran on: two runs are compared with these beside them. */
export interface BenchMeta {
  /** ISO time of the end of the run. */
  date: string;
  mode: 'quick' | 'full';
  cores: number;
  cpu: string;
  memoryGb: number;
  node: string;
  /** Load averages (1, 5, 15 min) at the start and the end: other work on the machine slows every step. */
  loadStart: number[];
  loadEnd: number[];
  command: string;
  corpus: CorpusSize;
}

export interface BenchResult {
  meta: BenchMeta;
  rows: Row[];
  figures: Figures;
  targets: TargetResult[];
  details: Record<string, unknown>;
}

/** How the run was started, as written in the report. */
export const benchCommand = (args: readonly string[]) => `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`;

const ROW_HEADERS = ['section', 'item', 'value', 'note'];
const cells = (r: BenchResult) => ({
  rows: r.rows.map((x) => [x.section, x.item, x.value, x.note ?? '']),
  targets: r.targets.map((t) => [t.target, t.measured, MET_LABEL(t.met), t.margin]),
});

/** The two tables the run prints: every row, then the targets. */
export function printedResult(r: BenchResult): string {
  const { rows, targets } = cells(r);
  return `\n${textTable(ROW_HEADERS, rows)}\n\n${textTable(['target (issues 14 and 10)', 'measured', '', 'margin'], targets)}\n`;
}

/** `<date>-<mode>`, the results' file name without its ending. */
export const resultName = (meta: BenchMeta) => `${meta.date.slice(0, 10)}-${meta.mode}`;

export function resultJson(r: BenchResult): string {
  return `${JSON.stringify({ ...r.meta, rows: r.rows, figures: r.figures, targets: r.targets, details: r.details }, null, 2)}\n`;
}

export function resultMarkdown(r: BenchResult): string {
  const { meta } = r;
  const { rows, targets } = cells(r);
  return `# Benchmark, ${meta.mode} run, ${meta.date.slice(0, 16).replace('T', ' ')} UTC

Machine: ${meta.cores} cores (${meta.cpu}), ${meta.memoryGb} GB memory, Node ${meta.node};
load average ${meta.loadStart.join(' / ')} at the start, ${meta.loadEnd.join(' / ')} at the end.
Command: \`${meta.command}\`. What each figure means: [bench/README.md](../README.md).

## Targets (issue 14; certificates and recall: issue 10)

${markdownTable(['target', 'measured', 'result', 'margin'], targets)}

## Figures

${markdownTable(ROW_HEADERS, rows)}
`;
}
