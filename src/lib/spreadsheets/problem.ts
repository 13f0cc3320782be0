/**
 * A problem found in a sheet, said where the editor will look for it:
 * `<file> 第 N 行 <列名>：…`, with the award rule and its article when one
 * is broken, and the candidates when a row's home or person is unclear.
 */
import { formatProblem, type Problem } from '../content/problem.ts';
import type { Candidate } from './match.ts';
import { cell } from './messages.ts';

export interface SheetProblem {
  /** The sheet file as given on the command line. */
  file: string;
  /** The row's number in the sheet; none for the sheet as a whole. */
  row?: number;
  /** The column's header as the sheet writes it. */
  column?: string;
  message: string;
  rule?: string;
  article?: string;
  hint?: string;
  candidates?: Candidate[];
  /** A problem in another content file that this row caused or touches (a person's missing consent). */
  source?: { file: string; line: number; col: number };
}

/** Either kind of problem the import reports: one in the sheet, or one elsewhere in the content. */
export type ImportProblem = { sheet: SheetProblem } | { content: Problem };

export function formatSheetProblem(p: SheetProblem): string {
  const where = [p.file, p.row === undefined ? '' : ` 第 ${p.row} 行`, p.column ? ` ${p.column}` : ''].join('');
  const rule = p.rule ? `（${p.rule}，${p.article ?? '第五条'}）` : p.article ? `（${p.article}）` : '';
  const lines = [`${where}：${p.message}${rule}`];
  if (p.source) lines.push(`    位置：${p.source.file}:${p.source.line}:${p.source.col}`);
  if (p.candidates)
    lines.push(`    ${p.candidates.length ? cell.candidates(p.candidates.map((c) => c.label)) : cell.noCandidates}`);
  if (p.hint) lines.push(`    提示：${p.hint}`);
  return lines.join('\n');
}

export function formatImportProblem(p: ImportProblem): string {
  return 'sheet' in p ? formatSheetProblem(p.sheet) : formatProblem(p.content);
}

/** True when the problem breaks an award rule (R1-R9), as `npm run validate` counts them. */
export function isRuleProblem(p: ImportProblem): boolean {
  return Boolean(('sheet' in p ? p.sheet : p.content).rule);
}

/** The sheet's problems first, the sheet as a whole then row by row, then other files' by file and line. */
export function sortImportProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  const rank = (p: ImportProblem) =>
    'sheet' in p
      ? { kind: 0, file: '', line: p.sheet.row ?? 0 }
      : { kind: 1, file: p.content.file, line: p.content.line };
  return [...problems].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x.kind - y.kind || x.file.localeCompare(y.file) || x.line - y.line;
  });
}
