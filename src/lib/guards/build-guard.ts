/**
 * The allow-list of mdx.ts inside Astro's own Markdown and MDX pipeline, so
 * that nothing an editor writes runs on the build machine even when
 * `npm run validate` is skipped (`astro build`, `astro dev`): a Sätteri
 * plugin factory that checks each document before it is parsed for
 * rendering and stops the build with the validator's own messages.
 * In a build run by scripts/build.ts, a document whose file the build's own
 * validation passed byte for byte is not checked again: at 10,000 homes the
 * check (chiefly parsing each file's frontmatter again for its lines) took
 * 5.8 s of the 6.6 s Astro spent rendering Markdown in a cold build.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PluginFactoryContext } from 'satteri';
import { formatProblem } from '../content/problem.ts';
import { shownPath } from '../node/read-content.ts';
import { FRONTMATTER, parseMarkdownSource } from '../content/source.ts';
import { checkedFiles } from '../node/checked-files.ts';
import { fileKey } from '../node/validation-cache.ts';
import { checkBody } from './mdx.ts';

/** Thrown when a document breaks the allow-list: the message lists every problem, located in the file. */
export class ContentGuardError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentGuardError';
    this.stack = message; // an editor's mistake, not a program error: no stack trace
  }
}

/**
 * Checks one document; throws a ContentGuardError listing its problems, or returns nothing.
 * `passed`: the keys of the files the build's validation found clean (checked-files.ts).
 */
export function guardDocument(
  ctx: Pick<PluginFactoryContext, 'fileURL' | 'source' | 'sourceFormat'>,
  passed: ReadonlySet<string> | null = checkedFiles(),
): void {
  const filePath = ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
  const mdx = ctx.sourceFormat === 'mdx' || !!filePath?.endsWith('.mdx');
  // The file as written gives the lines an editor sees; the source Astro passes may lack its frontmatter.
  let bytes: Buffer | undefined;
  try {
    bytes = filePath ? readFileSync(filePath) : undefined;
  } catch {
    bytes = undefined;
  }
  const text = bytes?.toString('utf8');
  const file = filePath ? shownPath(process.cwd(), filePath) : '（未知文件）';
  if (bytes && text !== undefined && passed?.has(fileKey(file, bytes)) && renders(text, ctx.source)) return;
  const parsed = text === undefined ? undefined : parseMarkdownSource(text);
  // What is checked is what Astro renders: the file's body, with its lines, when that is it.
  const problems =
    parsed?.syntaxErrors.length === 0 && parsed.body.trim() === ctx.source.trim()
      ? checkBody(file, parsed.body, parsed.bodyLine, mdx)
      : checkBody(file, ctx.source, 1, mdx);
  if (problems.length) {
    throw new ContentGuardError(
      `内容不安全，构建已停止（${problems.length} 个问题）：\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
    );
  }
}

/** Whether `source` is exactly the body of the file `text` (Astro renders the body trimmed), which the validation checked. */
function renders(text: string, source: string): boolean {
  const m = FRONTMATTER.exec(text);
  return !!m && text.slice(m[0].length).trim() === source;
}

/** The Sätteri `mdastPlugins` entry: runs the guard, adds no plugin. */
export function contentGuard() {
  return (ctx: PluginFactoryContext): null => {
    guardDocument(ctx);
    return null;
  };
}
