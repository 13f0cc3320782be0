import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { removeInBackground, removeStaleTemps, runChild } from './build-interrupt.ts';

const module = pathToFileURL(path.join(import.meta.dirname, 'build-interrupt.ts')).href;
const node = path.resolve(import.meta.dirname, '../../../node_modules/.bin/node');
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('removeStaleTemps', () => {
  it("removes the folders of builds that are gone, keeps a running build's and anything else", () => {
    dir = mkdtempSync(path.join(tmpdir(), 'build-tmp-'));
    const dead = deadPid();
    const names = [
      `dist-${dead}-1700000000000`,
      `dist-${dead}-1700000000000-old`,
      `dist-${process.ppid}-1700000000001`,
      `other-${dead}-1700000000000`,
      'dist-notes',
    ];
    for (const name of names) mkdirSync(path.join(dir, name));
    expect(removeStaleTemps(dir, 'dist')).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(names.slice(2).sort());
  });

  it('does nothing when there is no temporary folder yet', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'build-tmp-'));
    expect(removeStaleTemps(path.join(dir, 'none'), 'dist')).toBe(0);
  });
});

describe('removeOnExit', () => {
  it.each([
    ['a crash', "throw new Error('boom')", 1],
    ['process.exit()', 'process.exit(3)', 3],
  ])('removes the folder on %s', (_, ending, code) => {
    dir = mkdtempSync(path.join(tmpdir(), 'build-tmp-'));
    const temp = path.join(dir, 'dist-1-1');
    const script = `import { mkdirSync } from 'node:fs';
      import { removeOnExit } from ${JSON.stringify(module)};
      mkdirSync(${JSON.stringify(temp)});
      removeOnExit(${JSON.stringify(temp)});
      ${ending};`;
    const run = spawnSync(node, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(code);
    expect(existsSync(temp)).toBe(false);
  });

  it('keeps the folder once released (it became the site)', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'build-tmp-'));
    const temp = path.join(dir, 'dist-1-1');
    const script = `import { mkdirSync } from 'node:fs';
      import { removeOnExit } from ${JSON.stringify(module)};
      mkdirSync(${JSON.stringify(temp)});
      removeOnExit(${JSON.stringify(temp)})();`;
    const run = spawnSync(node, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(temp)).toBe(true);
  });
});

describe('removeInBackground', () => {
  it('removes the replaced site in a process of its own, after the build has returned', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'build-tmp-'));
    const old = path.join(dir, `dist-${deadPid()}-1700000000000-old`);
    mkdirSync(path.join(old, 'homes', 'a'), { recursive: true });
    writeFileSync(path.join(old, 'homes', 'a', 'index.html'), '<h1>上一次的网站</h1>');
    removeInBackground(old);
    await expect.poll(() => readdirSync(dir), { timeout: 10_000 }).toEqual([]);
  });
});

describe('runChild', () => {
  it('kills the child when told to stop (a build whose content check failed stops Astro)', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'build-tmp-'));
    const gate = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 200));
    const started = Date.now();
    const result = await runChild(node, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore', gate });
    expect(result.signal).toBe('SIGKILL');
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('keeps what it says while held, and still gathers it', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'build-tmp-'));
    const result = await runChild(node, ['-e', "console.log('第一行')"], {
      stdio: ['ignore', 'pipe', 'pipe'],
      gate: new Promise<boolean>(() => {}),
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('第一行\n');
  });
});
