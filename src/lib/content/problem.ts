import type { Position } from './source.ts';

/** One thing wrong with the content, said so that an editor can fix it. */
export interface Problem extends Position {
  /** File path as the editor sees it (relative to the project). */
  file: string;
  /** Field path, e.g. `photos[0].alt`. */
  field?: string;
  /** What is wrong and what is allowed, in Chinese. */
  message: string;
  /** Award rule id (R1-R9) and its article, when a rule is broken. */
  rule?: string;
  article?: string;
  /** What to do about it. */
  hint?: string;
  /** A warning is printed but does not stop the build. */
  severity?: 'warning';
}

/** `path:line:col  R6  field: message` — the compiler-like line editors' tools can jump to. */
export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}:${p.col}`;
  const rule = p.rule ? `  ${p.rule}（${p.article ?? '第五条'}）` : '';
  const field = p.field ? `  「${p.field}」` : '';
  const hint = p.hint ? `\n    提示：${p.hint}` : '';
  const warning = p.severity === 'warning' ? '  警告' : '';
  return `${where}${warning}${rule}${field} ${p.message}${hint}`;
}

/** Sorts problems by file, then line, then column. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
}
