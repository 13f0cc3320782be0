/** What `npm run import -- honours` prints, as lines for people or one JSON object for machines. */
import type { ImportResult } from './import.ts';
import { LIST_STATUS_LABELS, summary } from './messages.ts';
import { formatImportProblem, formatSheetProblem, isRuleProblem } from './problem.ts';

export interface ImportMeta {
  sheetFile: string;
  /** The year file as the editor sees it. */
  target: string;
  year: number;
  /** `CSV 文件，编码 GB18030（GBK）` or `工作表“2026年”`. */
  source: string;
  encoding?: string;
  sheetName: string;
  dryRun: boolean;
}

const ACTION_LABELS = { add: '新增', update: '更新', same: '不变' } as const;

export type ImportOutcome = 'problems' | 'dry-run' | 'unchanged' | 'written';

export function outcomeOf(result: ImportResult, dryRun: boolean): ImportOutcome {
  if (result.problems.length || result.text === undefined) return 'problems';
  if (dryRun) return 'dry-run';
  return result.changed ? 'written' : 'unchanged';
}

export function importReportLines(result: ImportResult, meta: ImportMeta): string[] {
  const lines: string[] = [];
  if (result.header !== undefined)
    lines.push(summary.read(meta.sheetFile, meta.source, result.header, result.rowCount));
  lines.push(...result.notes.map((n) => `注意：${formatSheetProblem(n)}`));
  const outcome = outcomeOf(result, meta.dryRun);
  if (outcome === 'problems') {
    lines.push('', ...result.problems.map(formatImportProblem));
    lines.push('', summary.problems(result.problems.length, result.problems.filter(isRuleProblem).length));
    return lines;
  }
  for (const a of result.awards) {
    lines.push(
      `  第 ${a.row} 行 → ${ACTION_LABELS[a.action]} ${String(a.award['id'])}（${String(a.award['serial'])}）`,
    );
  }
  const count = (action: keyof typeof ACTION_LABELS) => result.awards.filter((a) => a.action === action).length;
  lines.push(
    summary.plan(meta.target, count('add'), count('update'), count('same'), LIST_STATUS_LABELS[result.status]),
  );
  lines.push(
    outcome === 'dry-run'
      ? summary.dryRun
      : outcome === 'unchanged'
        ? summary.unchanged(meta.target)
        : summary.written(meta.target),
  );
  return lines;
}

export function importReportJson(result: ImportResult, meta: ImportMeta): Record<string, unknown> {
  const outcome = outcomeOf(result, meta.dryRun);
  return {
    file: meta.sheetFile,
    sheet: meta.sheetName,
    ...(meta.encoding ? { encoding: meta.encoding } : {}),
    year: meta.year,
    target: meta.target,
    status: result.status,
    dryRun: meta.dryRun,
    written: outcome === 'written',
    header: result.header ?? null,
    rows: result.rowCount,
    awards: result.awards.map((a) => ({ row: a.row, action: a.action, id: a.award['id'], serial: a.award['serial'] })),
    notes: result.notes,
    problems: result.problems.map((p) => ('sheet' in p ? p.sheet : p.content)),
  };
}
