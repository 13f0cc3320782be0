import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { precompressIndex } from './compress-index.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'compress-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('precompressIndex', () => {
  const data = (text: string) => gzipSync(Buffer.from(`pagefind_dcd${text}`));
  mkdirSync(path.join(dir, 'filter'));
  mkdirSync(path.join(dir, 'index'));
  const files: Record<string, Buffer> = {
    'pagefind.js': Buffer.from('export const x = 1;\n'.repeat(50)),
    'pagefind-worker.js': Buffer.from('onmessage = () => {};\n'.repeat(50)),
    'pagefind-ui.js': Buffer.from('unused'),
    'wasm.unknown.pagefind': data('wasm'),
    'pagefind.zh-cn_0123456789abc.pf_meta': data('meta'),
    'filter/zh-cn_0123456.pf_filter': data('filter'),
    'facets.json': Buffer.from(JSON.stringify({ pages: Array(100).fill('zh-cn_0123456'), filters: {} })),
    'index/zh-cn_0123456.pf_index': data('chunk'),
  };
  for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, name), body);

  it('gives the runtime and the facet table brotli and gzip twins of themselves', async () => {
    expect(await precompressIndex(dir)).toBe(5);
    expect(readdirSync(path.join(dir, 'filter'))).toEqual(['zh-cn_0123456.pf_filter']);
    const js = readFileSync(path.join(dir, 'pagefind.js'));
    expect(brotliDecompressSync(readFileSync(path.join(dir, 'pagefind.js.br')))).toEqual(js);
    expect(gunzipSync(readFileSync(path.join(dir, 'pagefind.js.gz')))).toEqual(js);
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(['facets.json.br', 'facets.json.gz']));
  });

  it('gives the data loaded before any result a brotli twin of what it holds, signature first', () => {
    for (const [name, text] of [
      ['wasm.unknown.pagefind', 'wasm'],
      ['pagefind.zh-cn_0123456789abc.pf_meta', 'meta'],
    ])
      expect(brotliDecompressSync(readFileSync(path.join(dir, `${name}.br`))).toString()).toBe(`pagefind_dcd${text}`);
  });

  it('leaves the rest alone', () => {
    expect(readdirSync(path.join(dir, 'index'))).toEqual(['zh-cn_0123456.pf_index']);
    expect(readdirSync(dir).filter((f) => f.startsWith('pagefind-ui'))).toEqual(['pagefind-ui.js']);
  });

  it('takes the twins of an unchanged file from an earlier index, and makes a changed file’s own', async () => {
    const next = path.join(os.tmpdir(), `${path.basename(dir)}-next`);
    try {
      mkdirSync(next);
      for (const name of ['pagefind.js', 'pagefind-worker.js', 'wasm.unknown.pagefind'])
        cpSync(path.join(dir, name), path.join(next, name));
      const facets = Buffer.from(JSON.stringify({ pages: Array(100).fill('zh-cn_6543210'), filters: {} }));
      writeFileSync(path.join(next, 'facets.json'), facets);
      const before = readFileSync(path.join(dir, 'facets.json.br'));
      expect(await precompressIndex(next, dir)).toBe(4);
      for (const twin of ['pagefind.js.br', 'pagefind.js.gz', 'wasm.unknown.pagefind.br'])
        expect(readFileSync(path.join(next, twin))).toEqual(readFileSync(path.join(dir, twin)));
      expect(brotliDecompressSync(readFileSync(path.join(next, 'facets.json.br')))).toEqual(facets);
      expect(gunzipSync(readFileSync(path.join(next, 'facets.json.gz')))).toEqual(facets);
      expect(readFileSync(path.join(dir, 'facets.json.br'))).toEqual(before);
    } finally {
      rmSync(next, { recursive: true, force: true });
    }
  });
});
