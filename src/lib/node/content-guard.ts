import { formatProblem, type Problem } from '../content/problem.ts';
import type { CollectionName } from '../content/collections.ts';
import { ContentGuardError } from '../guards/build-guard.ts';
import { checkBody } from '../guards/mdx.ts';
import { readSources } from './read-content.ts';

/**
 * The allow-list as a content-loader guard: Astro's glob loader logs a
 * Markdown file that fails to render and carries on, so the collection's
 * loader checks every body itself first and stops the build with the
 * validator's messages when one breaks the allow-list.
 */
export function guardCollection(root: string, collection: CollectionName, cwd = process.cwd()): void {
  const problems: Problem[] = [];
  for (const f of readSources(root, cwd, [collection])) {
    if (f.unreadable || f.source.syntaxErrors.length || !f.source.body) continue; // the schemas' to report
    problems.push(...checkBody(f.file, f.source.body, f.source.bodyLine, f.file.endsWith('.mdx')));
  }
  if (problems.length) {
    throw new ContentGuardError(
      `内容不安全，构建已停止（${problems.length} 个问题）：\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
    );
  }
}
