/**
 * Helpers for tests of the static server: a small built site, and one
 * HTTP/1.1 request written byte for byte on a fresh socket, to send what
 * `fetch` and `http.request` would clean up or refuse (`/%`, `/.//evil.com`,
 * control characters). Loopback only.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { SECURITY_HEADERS } from '../security/headers.ts';
import { createStaticServer } from './static-server.ts';

/**
 * Starts `server` (serving the folder `site`) on a free loopback port, for a
 * test file's beforeAll; `stop` closes it and removes the folder.
 */
export async function serveOnLoopback(
  server: Server,
  site: string,
): Promise<{ port: number; stop: () => Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    stop: async () => {
      await new Promise((resolve) => server.close(resolve));
      rmSync(site, { recursive: true, force: true });
    },
  };
}

/**
 * makeSite() served by the static server with the security headers, for one test file: started
 * while the file's tests are collected, stopped and removed after the last of them.
 */
export async function serveSiteForFile(): Promise<{ site: string; port: number }> {
  const site = makeSite();
  const { port, stop } = await serveOnLoopback(createStaticServer(site, SECURITY_HEADERS), site);
  afterAll(stop);
  return { site, port };
}

/** The marker in the files the server must never show: no answer may contain it. */
export const SECRET = 'SECRET';

/** A small built site (in a temporary folder) with the files a real one has, and the ones it must never show. */
export function makeSite(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'static-server-'));
  const files: Record<string, string | Buffer> = {
    'index.html': '<!doctype html><title>首页</title><h1>山东职工之家网</h1>',
    'homes/index.html': '<!doctype html><title>职工之家</title>',
    '404.html': '<!doctype html><title>页面不存在</title><h1>页面不存在</h1>',
    'media/lesson.mp4': Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256)),
    'media/lesson.vtt': 'WEBVTT\n\n00:00.000 --> 00:01.000\n欢迎\n',
    'media/hls/index.m3u8': '#EXTM3U\n',
    'media/hls/seg0.ts': 'ts',
    '_astro/app.js': 'console.log(1)',
    'pagefind/pagefind.wasm': 'wasm',
    'pagefind/pagefind-entry.pf_meta': 'meta',
    _headers: `${SECRET}-HEADERS-FILE`,
    'nginx-security-headers.conf': `${SECRET}-NGINX-FILE`,
    '.env': `${SECRET}-DOTFILE`,
  };
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), body);
  }
  return dir;
}

export interface RawResponse {
  status: number;
  /** Header names in lower case; a repeated header keeps its last value. */
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * Sends `method target` with `headers` to 127.0.0.1:`port` and reads the
 * answer until the server closes. Rejects if the server closes without a
 * status line or takes longer than `timeoutMs`.
 */
export function rawRequest(
  port: number,
  method: string,
  target: string,
  headers: Record<string, string> = {},
  timeoutMs = 5000,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer to ${method} ${JSON.stringify(target)} within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      const raw = Buffer.concat(chunks);
      const end = raw.indexOf('\r\n\r\n');
      const [statusLine = '', ...lines] = raw
        .subarray(0, end === -1 ? raw.length : end)
        .toString('latin1')
        .split('\r\n');
      const status = /^HTTP\/1\.1 (\d{3})/.exec(statusLine);
      if (!status) return reject(new Error(`no status line for ${method} ${JSON.stringify(target)}`));
      const parsed: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        if (colon > 0) parsed[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({
        status: Number(status[1]),
        headers: parsed,
        body: end === -1 ? Buffer.alloc(0) : raw.subarray(end + 4),
      });
    });
    const head = Object.entries({ Host: '127.0.0.1', Connection: 'close', ...headers })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    // Written, not ended: the server closes after its answer (Connection: close); a half-closed
    // socket would let it drop the answer to a request it is still reading a file for.
    socket.write(Buffer.from(`${method} ${target} HTTP/1.1\r\n${head}\r\n`, 'latin1'));
  });
}
