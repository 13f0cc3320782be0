import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readingModule } from './data-store-file.ts';

const node = path.resolve(import.meta.dirname, '../../node_modules/.bin/node');
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the generated module as the server bundle would, printing what it exports. */
function run(storeFile: string) {
  const module = path.join(dir, 'store.mjs');
  writeFileSync(module, readingModule(storeFile));
  const script = `import store from ${JSON.stringify(module)}; console.log(JSON.stringify(store));`;
  return spawnSync(node, ['--input-type=module', '-e', script], { encoding: 'utf8' });
}

describe('the data store read when pages are rendered', () => {
  it('exports the store Astro wrote, as the bundled module did', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'data-store-'));
    const stored = [['Map', 1], [['homes', 2]], 'homes'];
    writeFileSync(path.join(dir, 'data-store.json'), JSON.stringify(stored));
    const result = run(path.join(dir, 'data-store.json'));
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(stored);
  });

  it('fails the build with a Chinese message when the store cannot be read (Astro would take it for empty)', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'data-store-'));
    const result = run(path.join(dir, 'missing.json'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('读不到 Astro 的内容数据');
    expect(result.stderr).toContain('missing.json');
  });
});
