import { existsSync, readFileSync } from 'node:fs';
import { formatProblem, type Problem } from '../content/problem.ts';
import type { CollectionName } from '../content/collections.ts';
import { ContentGuardError } from '../guards/build-guard.ts';
import { checkBody } from '../guards/mdx.ts';
import { readSources } from './read-content.ts';
import { fileKey } from './validation-cache.ts';

/**
 * Names a file listing the keys (validation-cache.ts: path and bytes) of the
 * files the build's own validation has just found clean — allow-list
 * included — so that the guard in Astro's process need not read and check
 * them again. Set only by scripts/build.ts (build-astro.ts); `astro build`
 * alone checks every file.
 */
export const CHECKED_FILES_ENV = 'ZGZJ_CHECKED_FILES';

let checked: ReadonlySet<string> | null | undefined;

/**
 * In a build run by scripts/build.ts, Astro starts while the build's validation runs: the loaders
 * wait for its verdict, the list of clean files (written whole), before they read any content.
 * A failed validation stops Astro instead; an ended build process ends the wait.
 */
export async function validationPassed(): Promise<void> {
  const file = process.env[CHECKED_FILES_ENV];
  if (!file) return;
  const parent = process.ppid;
  while (!existsSync(file)) {
    if (process.ppid !== parent) throw new Error('构建进程已经结束，不再等内容检查的结果');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The keys the build's validation passed, or null outside a build run by scripts/build.ts. */
export function checkedFiles(): ReadonlySet<string> | null {
  if (checked !== undefined) return checked;
  const file = process.env[CHECKED_FILES_ENV];
  checked = file && existsSync(file) ? new Set(JSON.parse(readFileSync(file, 'utf8')) as string[]) : null;
  return checked;
}

/**
 * The allow-list as a content-loader guard: Astro's glob loader logs a
 * Markdown file that fails to render and carries on, so the collection's
 * loader checks every body itself first and stops the build with the
 * validator's messages when one breaks the allow-list. A file whose very
 * bytes the build's validation passed (`passed`) is not checked twice.
 */
export function guardCollection(
  root: string,
  collection: CollectionName,
  cwd = process.cwd(),
  passed: ReadonlySet<string> | null = checkedFiles(),
): void {
  const problems: Problem[] = [];
  const skip = passed ? (file: string, bytes: Buffer) => passed.has(fileKey(file, bytes)) : undefined;
  for (const f of readSources(root, cwd, [collection], undefined, skip)) {
    if (f.unreadable || f.source.syntaxErrors.length || !f.source.body) continue; // the schemas' to report
    problems.push(...checkBody(f.file, f.source.body, f.source.bodyLine, f.file.endsWith('.mdx')));
  }
  if (problems.length) {
    throw new ContentGuardError(
      `内容不安全，构建已停止（${problems.length} 个问题）：\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
    );
  }
}
