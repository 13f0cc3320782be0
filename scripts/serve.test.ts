import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSite } from '../src/lib/node/http-testing.ts';

const root = path.resolve(import.meta.dirname, '..');
// The pinned Node that `npm run` uses (the shell's may be too old for .ts files).
const node = path.join(root, 'node_modules', '.bin', 'node');

/** Runs `scripts/serve.ts` until it prints `until` or exits; returns what it printed and its exit code. */
function serve(args: string[], until?: string) {
  const child = spawn(node, ['scripts/serve.ts', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  return new Promise<{ out: string; err: string; code: number | null; stop: () => void }>((resolve) => {
    const stop = () => child.kill('SIGTERM');
    child.stdout.on('data', () => until && out.includes(until) && resolve({ out, err, code: null, stop }));
    child.on('exit', (code) => resolve({ out, err, code, stop }));
  });
}

let site: string;
beforeAll(() => {
  site = makeSite();
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('npm run serve', () => {
  it('serves the site with the production headers but HSTS', async () => {
    const run = await serve(['--dir', site, '--port', '0'], '网站已启动');
    try {
      const port = /:(\d+)\//.exec(run.out)?.[1];
      expect(port).toBeDefined();
      const res = await fetch(`http://127.0.0.1:${port}/`);
      expect(res.status).toBe(200);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('strict-transport-security')).toBeNull();
    } finally {
      run.stop();
    }
  });

  it('says in Chinese that the port is taken, without a stack trace', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as AddressInfo;
    try {
      const run = await serve(['--dir', site, '--port', String(port)]);
      expect(run.code).toBe(1);
      expect(run.err).toContain(`端口 ${port} 已被占用`);
      expect(run.err).toContain('--port');
      expect(run.err).not.toMatch(/^\s+at /m);
      expect(run.err).not.toMatch(/Error|EADDRINUSE/);
    } finally {
      busy.close();
    }
  });

  it('says so when there is no built site, or the port is not a number', async () => {
    const missing = await serve(['--dir', path.join(site, 'nothing-here')]);
    expect([missing.code, missing.err]).toEqual([1, expect.stringContaining('请先运行 npm run build')]);
    const bad = await serve(['--dir', site, '--port', 'http']);
    expect([bad.code, bad.err]).toEqual([2, expect.stringContaining('端口“http”无效')]);
  });
});
