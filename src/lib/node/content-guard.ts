import { formatProblem, type Problem } from '../content/problem.ts';
import type { CollectionName } from '../content/collections.ts';
import { ContentGuardError } from '../guards/build-guard.ts';
import { checkBody } from '../guards/mdx.ts';
import { readSources } from './read-content.ts';
import { checkedFiles } from './checked-files.ts';
import { fileKey } from './validation-cache.ts';

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
