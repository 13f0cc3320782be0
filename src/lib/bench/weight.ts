/**
 * What a page transfers before images (Node only): its HTML, the stylesheets
 * it links and the scripts it loads (with the chunks they import), raw and
 * compressed with gzip and Brotli at the levels a server would use.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { urlFile } from '../routes/files.ts';

export interface Bytes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageWeight {
  url: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  total: Bytes;
}

function bytesOf(buffers: readonly Buffer[]): Bytes {
  const sum = (f: (b: Buffer) => number) => buffers.reduce((n, b) => n + f(b), 0);
  return {
    raw: sum((b) => b.length),
    gzip: sum((b) => gzipSync(b, { level: 6 }).length),
    brotli: sum((b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length),
  };
}

const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });

/** Local asset paths named by `re` in `html`. */
function assets(html: string, re: RegExp): string[] {
  return [...html.matchAll(re)].map((m) => m[1]!).filter((href) => href.startsWith('/') && !href.startsWith('//'));
}

/** Scripts and the modules they import, followed through `import`/`from` of relative chunks. */
function scriptClosure(siteDir: string, entries: readonly string[]): string[] {
  const seen = new Set(entries);
  for (const file of seen) {
    const text = readFileSync(path.join(siteDir, file), 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g))
      seen.add(path.posix.join(path.posix.dirname(file), m[1]!));
  }
  return [...seen];
}

/** The weight of the page at `url` (a directory URL such as `/homes/`) in the built site. */
export function pageWeight(siteDir: string, url: string): PageWeight {
  const file = path.join(siteDir, urlFile(url));
  if (!existsSync(file)) throw new Error(`no page ${url} in ${siteDir}`);
  const html = readFileSync(file, 'utf8');
  const css = assets(html, /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const js = scriptClosure(siteDir, [
    ...assets(html, /<script[^>]+src="([^"]+)"/g),
    ...assets(html, /<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ]);
  const read = (files: string[]) => files.map((f) => readFileSync(path.join(siteDir, f)));
  const w = { html: bytesOf([Buffer.from(html)]), css: bytesOf(read(css)), js: bytesOf(read(js)) };
  return { url, ...w, total: add(add(w.html, w.css), w.js) };
}
