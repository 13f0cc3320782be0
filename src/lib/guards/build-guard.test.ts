import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fileKey } from '../node/validation-cache.ts';
import { ContentGuardError, guardDocument } from './build-guard.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'zgzj-guard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function doc(name: string, text: string) {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const body = text.replace(/^---[\s\S]*?---\n/, '');
  return {
    fileURL: pathToFileURL(file),
    source: body,
    sourceFormat: name.endsWith('.mdx') ? 'mdx' : 'markdown',
  } as const;
}

describe('guardDocument, inside Astro’s Markdown pipeline', () => {
  it('lets a clean document through', () => {
    expect(() => guardDocument(doc('ok.md', '---\ntitle: a\n---\n正文 [链接](/a/)\n'))).not.toThrow();
  });
  it('stops on an MDX expression with the file’s own line, no stack trace', () => {
    const ctx = doc('bad.mdx', '---\ntitle: a\n---\n\n共 {process.env.HOME} 人\n');
    expect(() => guardDocument(ctx)).toThrow(ContentGuardError);
    try {
      guardDocument(ctx);
    } catch (error) {
      expect((error as Error).message).toMatch(/bad\.mdx:5:3 正文中不能使用 \{…\} 表达式/);
      expect((error as Error).stack).not.toMatch(/\.ts:\d+/);
    }
  });
});

describe('guardDocument in a build whose validation passed the files', () => {
  const bad = '---\ntitle: a\n---\n\n共 {process.env.HOME} 人\n';
  /** The keys the build's validation hands Astro, here naming the file's bytes as they are now. */
  const passedNow = (ctx: ReturnType<typeof doc>) =>
    new Set([fileKey(new URL(ctx.fileURL).pathname, readFileSync(ctx.fileURL))]);

  it('does not check again a file whose very bytes the validation passed', () => {
    // A verdict the validation cannot give for this file: it shows that the guard takes the verdict as it is.
    const ctx = doc('passed.mdx', bad);
    expect(() => guardDocument({ ...ctx, source: ctx.source.trim() }, passedNow(ctx))).not.toThrow();
  });
  it('checks a file changed since the validation passed it', () => {
    const ctx = doc('changed.mdx', '---\ntitle: a\n---\n\n共 3 人\n');
    const passed = passedNow(ctx);
    const edited = doc('changed.mdx', bad);
    expect(() => guardDocument({ ...edited, source: edited.source.trim() }, passed)).toThrow(ContentGuardError);
  });
  it('checks what Astro renders when it is not the body of the file the validation passed', () => {
    const ctx = doc('other.md', '---\ntitle: a\n---\n正文\n');
    expect(() => guardDocument({ ...ctx, source: '<div onmouseover="x()">书</div>' }, passedNow(ctx))).toThrow(
      /不能使用 onmouseover/,
    );
  });
});
