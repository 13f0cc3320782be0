import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../security/headers.ts';
import { SECRET, rawRequest, serveSiteForFile } from './http-testing.ts';
import { staticHandler } from './static-server.ts';

const { site, port } = await serveSiteForFile();
const get = (target: string, headers: Record<string, string> = {}, method = 'GET') =>
  rawRequest(port, method, target, headers);

describe('the static server', () => {
  it('serves pages, folders and the site 404 page', async () => {
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(home.body.toString()).toContain('山东职工之家网');
    expect((await get('/homes/')).status).toBe(200);
    const missing = await get('/no-such-page/');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('页面不存在');
  });

  it.each(['/%', '/%ff', '/homes/%E0%A4%A', '/a%00b', '/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd'])(
    'answers %s with 400 and stays up',
    async (target) => {
      const res = await get(target);
      expect(res.status).toBe(400);
      expect(res.body.toString()).toContain('请求的地址无效');
      expect((await get('/')).status).toBe(200);
    },
  );

  it('never redirects to another host', async () => {
    for (const target of [
      '/.//evil.com/..%2fhomes',
      '//evil.com/homes',
      '///evil.com/',
      '/\\evil.com/',
      '//evil.com',
    ]) {
      const res = await get(target);
      expect(res.headers['location'] ?? '/', target).toMatch(/^\/(?![/\\])/);
    }
    // A folder without its slash goes to the same path with one, the query kept.
    const folder = await get('/homes?city=jinan');
    expect([folder.status, folder.headers['location']]).toEqual([301, '/homes/?city=jinan']);
    const merged = await get('//homes');
    expect([merged.status, merged.headers['location']]).toEqual([301, '/homes/']);
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE'])('refuses %s with 405', async (method) => {
    const res = await get('/', { 'Content-Length': '0' }, method);
    expect(res.status).toBe(405);
    expect(res.headers['allow']).toBe('GET, HEAD');
  });

  it('refuses CONNECT and unreadable request lines with the security headers', async () => {
    const connect = await get('127.0.0.1:22', {}, 'CONNECT');
    expect(connect.status).toBe(405);
    const bad = await get('/a b');
    expect(bad.status).toBe(400);
    expect(bad.headers['x-frame-options']).toBe('DENY');
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const res = await get('/media/lesson.mp4', {}, 'HEAD');
    expect([res.status, res.headers['content-length'], res.body.length]).toEqual([200, '1000', 0]);
  });

  it('serves byte ranges as RFC 9110 asks', async () => {
    const first = await get('/media/lesson.mp4', { Range: 'bytes=0-0' });
    expect([first.status, first.headers['content-range'], [...first.body]]).toEqual([206, 'bytes 0-0/1000', [0]]);
    const tail = await get('/media/lesson.mp4', { Range: 'bytes=-3' });
    expect([tail.headers['content-range'], [...tail.body]]).toEqual(['bytes 997-999/1000', [229, 230, 231]]);
    const open = await get('/media/lesson.mp4', { Range: 'bytes=990-' });
    expect([open.status, open.body.length]).toEqual([206, 10]);
    for (const range of ['bytes=5-2', 'bytes=1000-', 'bytes=5000-6000']) {
      const res = await get('/media/lesson.mp4', { Range: range });
      expect([res.status, res.headers['content-range']], range).toEqual([416, 'bytes */1000']);
    }
    // A range the server need not honour is ignored: the whole file.
    for (const range of ['bytes=0-1,5-6', 'pages=1-2', 'bytes=abc']) {
      expect((await get('/media/lesson.mp4', { Range: range })).status, range).toBe(200);
    }
  });

  it('does not show the server configuration files or dotfiles', async () => {
    for (const target of ['/_headers', '/nginx-security-headers.conf', '/.env', '/%5Fheaders', '/_headers/']) {
      const res = await get(target);
      expect(res.status, target).toBe(404);
      expect(res.body.toString(), target).not.toContain(SECRET);
    }
  });

  it('sends the MIME types the site relies on', async () => {
    const types: Record<string, string> = {
      '/media/lesson.vtt': 'text/vtt; charset=utf-8',
      '/media/lesson.mp4': 'video/mp4',
      '/media/hls/index.m3u8': 'application/vnd.apple.mpegurl',
      '/media/hls/seg0.ts': 'video/mp2t',
      '/_astro/app.js': 'text/javascript; charset=utf-8',
      '/pagefind/pagefind.wasm': 'application/wasm',
      '/pagefind/pagefind-entry.pf_meta': 'application/octet-stream',
    };
    for (const [target, type] of Object.entries(types)) expect((await get(target)).headers['content-type']).toBe(type);
  });

  it('sends the security headers with every kind of answer', async () => {
    const answers = await Promise.all([
      get('/'),
      get('/homes'),
      get('/nope'),
      get('/%'),
      get('/', {}, 'DELETE'),
      get('/media/lesson.mp4', { Range: 'bytes=5000-' }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 301, 404, 400, 405, 416]);
    for (const answer of answers) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        // A redirect carries send's own stricter page policy; the rest are ours.
        if (answer.status === 301 && name === 'Content-Security-Policy') continue;
        expect(answer.headers[name.toLowerCase()], `${answer.status} ${name}`).toBe(value);
      }
    }
  });
});

describe('staticHandler for the dev server', () => {
  it('hands on what it does not have, refuses what it cannot read', async () => {
    const media = path.join(site, 'media');
    const handler = staticHandler(media, { notFound: 'next', redirect: false });
    const dev = createServer((req, res) => handler(req, res, () => res.writeHead(404, { 'X-Handed-On': 'yes' }).end()));
    await new Promise<void>((resolve) => dev.listen(0, '127.0.0.1', resolve));
    const devPort = (dev.address() as AddressInfo).port;
    try {
      const found = await rawRequest(devPort, 'GET', '/lesson.vtt', { Range: 'bytes=0-5' });
      expect([found.status, found.body.toString()]).toEqual([206, 'WEBVTT']);
      expect((await rawRequest(devPort, 'GET', '/missing.mp4')).headers['x-handed-on']).toBe('yes');
      expect((await rawRequest(devPort, 'GET', '/%ff')).status).toBe(400);
    } finally {
      await new Promise((resolve) => dev.close(resolve));
    }
  });
});
