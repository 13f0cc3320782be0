import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockOutput, waitForLock } from './build-state.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zgzj-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the build locks', () => {
  it('refuse a second holder while the first one’s process lives, and give way once it has died', async () => {
    const dir = tempDir();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
    await new Promise((resolve) => other.once('spawn', resolve));
    writeFileSync(path.join(dir, 'site.lock'), String(other.pid));
    expect(lockOutput(dir, 'site')).toEqual({ busy: other.pid });
    other.kill();
    await new Promise((resolve) => other.once('exit', resolve));
    const lock = lockOutput(dir, 'site');
    expect('file' in lock && readFileSync(lock.file, 'utf8')).toBe(String(process.pid));
  });

  it('wait for a lock held by a living process, say once who holds it, and take it when it goes', async () => {
    const dir = tempDir();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
    await new Promise((resolve) => other.once('spawn', resolve));
    writeFileSync(path.join(dir, 'zgzj-build.lock'), String(other.pid));
    const told: number[] = [];
    let taken = false;
    const waiting = waitForLock(dir, 'zgzj-build', (pid) => told.push(pid)).then((lock) => {
      taken = true;
      return lock;
    });
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(taken).toBe(false);
    other.kill();
    const lock = await waiting;
    expect(told).toEqual([other.pid]);
    expect(readFileSync(lock.file, 'utf8')).toBe(String(process.pid));
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
  });

  it('leave a successor’s lock alone when released late', async () => {
    const dir = tempDir();
    const mine = lockOutput(dir, 'site');
    if (!('file' in mine)) throw new Error('the lock was not taken');
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
    await new Promise((resolve) => other.once('spawn', resolve));
    writeFileSync(mine.file, String(other.pid));
    mine.release();
    expect(readFileSync(mine.file, 'utf8')).toBe(String(other.pid));
    other.kill();
  });
});
