import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveOnLoopback } from './http-testing.ts';
import { writePrecompressed } from './precompressed.ts';
import { createStaticServer } from './static-server.ts';

let site: string;
let stop: () => Promise<void>;
let port: number;

const runtime = `export const pagefind = ${JSON.stringify('职工书屋 '.repeat(400))};\n`;
const page = `<!doctype html><html lang="zh-CN"><title>职工之家</title><p>${'职工之家是职工的家。'.repeat(200)}</p>`;
const meta = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3]);

/** One GET as a browser sends it, the body left as sent (not decoded). */
function get(target: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: target, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}

beforeAll(async () => {
  site = mkdtempSync(path.join(tmpdir(), 'static-compression-'));
  writeFileSync(path.join(site, 'index.html'), page);
  writeFileSync(path.join(site, 'pagefind.js'), runtime);
  await writePrecompressed(path.join(site, 'pagefind.js'), Buffer.from(runtime), ['br', 'gzip']);
  // a file kept gzipped at rest, with a brotli twin of what it holds
  writeFileSync(path.join(site, 'index.pf_meta'), meta);
  writeFileSync(path.join(site, 'chunk.pf_index'), Buffer.alloc(5000, 7));
  await writePrecompressed(path.join(site, 'index.pf_meta'), Buffer.from('pagefind_dcd meta'), ['br']);
  ({ port, stop } = await serveOnLoopback(createStaticServer(site), site));
});
afterAll(() => stop());

describe('compression in the static server', () => {
  it('sends the brotli twin to a browser that takes brotli, with the original type', async () => {
    const res = await get('/pagefind.js', { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['vary']).toContain('Accept-Encoding');
    expect(brotliDecompressSync(res.body).toString()).toBe(runtime);
    expect(res.body.length).toBeLessThan(runtime.length / 4);
  });

  it('falls back to the gzip twin, then to the file itself', async () => {
    const gz = await get('/pagefind.js', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(runtime);
    const refused = await get('/pagefind.js', { 'Accept-Encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body.toString()).toBe(runtime);
    const none = await get('/pagefind.js');
    expect([none.headers['content-encoding'], none.body.toString()]).toEqual([undefined, runtime]);
  });

  it('keeps a file compressed at rest as it is for a browser without brotli', async () => {
    const br = await get('/index.pf_meta', { 'Accept-Encoding': 'gzip, br' });
    expect([br.headers['content-encoding'], br.headers['content-type']]).toEqual(['br', 'application/octet-stream']);
    expect(brotliDecompressSync(br.body).toString()).toBe('pagefind_dcd meta');
    // not compressed again on the fly: it is gzipped already
    const gz = await get('/index.pf_meta', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBeUndefined();
    expect(gz.body).toEqual(meta);
    const big = await get('/chunk.pf_index', { 'Accept-Encoding': 'gzip, br' });
    expect([big.headers['content-encoding'], big.body.length]).toEqual([undefined, 5000]);
  });

  it('compresses pages on the fly, but not byte ranges', async () => {
    const res = await get('/', { 'Accept-Encoding': 'gzip, br' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(res.body).toString()).toBe(page);
    const range = await get('/index.html', { 'Accept-Encoding': 'gzip, br', Range: 'bytes=0-14' });
    expect([range.status, range.headers['content-encoding'], range.body.toString()]).toEqual([
      206,
      undefined,
      '<!doctype html>',
    ]);
  });
});
