import type { SourceFile } from '../content/check.ts';
import type { Problem } from '../content/problem.ts';
import { checkBody } from './mdx.ts';
import { checkPrivacy, type PrivacyOptions } from './privacy.ts';
import { checkStoryStructure } from './structure.ts';

/**
 * The guards on what editors write, run before every build: MDX/Markdown
 * held to the allow-list (no code, no raw scripts) and no personal
 * information (ID, mobile and bank card numbers, e-mail addresses); case
 * stories in their four parts.
 */
export function checkGuards(files: readonly SourceFile[], options: PrivacyOptions = {}): Problem[] {
  const problems: Problem[] = [];
  for (const f of files) {
    if (f.text === undefined) continue;
    problems.push(...checkPrivacy(f.file, f.text, options));
    if (f.source.body) problems.push(...checkBody(f.file, f.source.body, f.source.bodyLine, f.file.endsWith('.mdx')));
    if (f.collection === 'stories' && f.source.data)
      problems.push(...checkStoryStructure(f.file, f.source.body, f.source.bodyLine));
  }
  return problems;
}
