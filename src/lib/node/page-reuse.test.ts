import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makePageFolders, removeEmptyFolders } from './page-reuse.ts';

let out: string;
afterEach(() => rmSync(out, { recursive: true, force: true }));

const lastPages = [
  'index.html',
  'homes/a/index.html',
  'homes/b/index.html',
  'stories/old/index.html',
  'x/y/z/index.html',
];

describe('the folders of the last build’s pages', () => {
  it('are made before the pages come', async () => {
    out = path.join(mkdtempSync(path.join(tmpdir(), 'reuse-')), 'site');
    await makePageFolders(out, lastPages);
    for (const dir of ['homes/a', 'homes/b', 'stories/old', 'x/y/z'])
      expect(existsSync(path.join(out, dir))).toBe(true);
  });

  it('go again where no page came (a deleted entry), and nothing else does', async () => {
    out = path.join(mkdtempSync(path.join(tmpdir(), 'reuse-')), 'site');
    await makePageFolders(out, lastPages);
    // This build wrote every page but the deleted story's and x/y/z's; x/y holds a file of its own.
    for (const file of ['index.html', 'homes/a/index.html', 'homes/b/index.html'])
      writeFileSync(path.join(out, file), '<p>');
    mkdirSync(path.join(out, 'x/y'), { recursive: true });
    writeFileSync(path.join(out, 'x/y/data.json'), '{}');
    removeEmptyFolders(out, lastPages);
    expect(readdirSync(out).sort()).toEqual(['homes', 'index.html', 'x']);
    expect(readdirSync(path.join(out, 'x/y'))).toEqual(['data.json']);
  });
});
