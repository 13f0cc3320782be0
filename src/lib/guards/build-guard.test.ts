import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
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
