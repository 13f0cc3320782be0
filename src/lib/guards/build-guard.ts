/**
 * The allow-list of mdx.ts inside Astro's own Markdown and MDX pipeline, so
 * that nothing an editor writes runs on the build machine even when
 * `npm run validate` is skipped (`astro build`, `astro dev`): a Sätteri
 * plugin factory that checks each document before it is parsed for
 * rendering and stops the build with the validator's own messages.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PluginFactoryContext } from 'satteri';
import { formatProblem } from '../content/problem.ts';
import { shownPath } from '../node/read-content.ts';
import { parseMarkdownSource } from '../content/source.ts';
import { checkBody } from './mdx.ts';

/** Thrown when a document breaks the allow-list: the message lists every problem, located in the file. */
export class ContentGuardError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentGuardError';
    this.stack = message; // an editor's mistake, not a program error: no stack trace
  }
}

/** Checks one document; throws a ContentGuardError listing its problems, or returns nothing. */
export function guardDocument(ctx: Pick<PluginFactoryContext, 'fileURL' | 'source' | 'sourceFormat'>): void {
  const filePath = ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
  const mdx = ctx.sourceFormat === 'mdx' || !!filePath?.endsWith('.mdx');
  // The file as written gives the lines an editor sees; the source Astro passes may lack its frontmatter.
  let text: string | undefined;
  try {
    text = filePath ? readFileSync(filePath, 'utf8') : undefined;
  } catch {
    text = undefined;
  }
  const parsed = text === undefined ? undefined : parseMarkdownSource(text);
  const file = filePath ? shownPath(process.cwd(), filePath) : '（未知文件）';
  const problems =
    parsed?.syntaxErrors.length === 0
      ? checkBody(file, parsed.body, parsed.bodyLine, mdx)
      : checkBody(file, ctx.source, 1, mdx);
  if (problems.length) {
    throw new ContentGuardError(
      `内容不安全，构建已停止（${problems.length} 个问题）：\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
    );
  }
}

/** The Sätteri `mdastPlugins` entry: runs the guard, adds no plugin. */
export function contentGuard() {
  return (ctx: PluginFactoryContext): null => {
    guardDocument(ctx);
    return null;
  };
}
