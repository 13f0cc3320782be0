import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

// `npm run build` on the small fixture, stopped for real by a signal to the
// npm process while Astro runs, and again while the images are drawn.

const project = path.resolve(import.meta.dirname, '../..');
const fixture = path.join(project, 'tests/fixtures/mini');

interface Run {
  /** Resolves when the output has a line containing `text`. */
  printed: (text: string) => Promise<void>;
  signal: (signal: NodeJS.Signals) => void;
  /** Ends the build if a failed assertion left it running. */
  stop: () => void;
  exited: Promise<{ code: number | null; output: string }>;
}

const runs: Run[] = [];

function startBuild(out: string, tag: string): Run {
  const child = spawn('npm', ['run', 'build', '--', '--content', fixture, '--out', out], {
    cwd: project,
    // Every process of the build inherits the tag, so the test can find any that outlive it.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BUILD_TEST_TAG: tag },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const waiting: Array<{ text: string; resolve: () => void }> = [];
  const take = (chunk: Buffer) => {
    output += chunk.toString();
    for (const w of waiting.filter((w) => output.includes(w.text))) w.resolve();
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const run: Run = {
    printed: (text) =>
      new Promise((resolve, reject) => {
        if (output.includes(text)) return resolve();
        waiting.push({ text, resolve });
        child.on('exit', () => reject(new Error(`the build ended before printing “${text}”:\n${output}`)));
      }),
    signal: (signal) => child.kill(signal),
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    },
    exited: new Promise((resolve) => child.on('close', (code) => resolve({ code, output }))),
  };
  runs.push(run);
  return run;
}

/** Processes still running with the tag in their environment (Linux /proc). */
function tagged(tag: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (readFileSync(`/proc/${pid}/environ`, 'latin1').includes(`BUILD_TEST_TAG=${tag}`)) {
        found.push(`${pid} ${readFileSync(`/proc/${pid}/cmdline`, 'latin1').replace(/\0/g, ' ')}`);
      }
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return found;
}

/** Every file under `dir` with a hash of its contents: what "left as it was" compares. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      files[path.relative(dir, file)] = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
    }
  }
  return files;
}

/** A process id that is certainly not running now: one that has just exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

describe('a build stopped by a signal', () => {
  let dir: string;
  let out: string;
  let tmp: string;
  let lastGood: Record<string, string>;
  let stale: number;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'zgzj-interrupt-'));
    out = path.join(dir, 'dist');
    tmp = path.join(dir, '.build-tmp');
    // The last good site (any files will do), and the leftovers of a build killed with SIGKILL.
    mkdirSync(path.join(out, 'homes'), { recursive: true });
    writeFileSync(path.join(out, 'index.html'), '<h1>上一次构建的网站</h1>');
    writeFileSync(path.join(out, 'homes', 'index.html'), '<h1>职工之家</h1>');
    lastGood = snapshot(out);
    stale = deadPid();
    for (const name of [`dist-${stale}-1`, `dist-${stale}-1-old`]) {
      mkdirSync(path.join(tmp, name, '_astro'), { recursive: true });
      writeFileSync(path.join(tmp, name, 'index.html'), 'half-written');
    }
  });
  afterEach(async () => {
    for (const run of runs.splice(0)) {
      run.stop();
      await run.exited;
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stops on SIGINT to npm while Astro runs, and leaves the last good site and no temporary folder', async () => {
    const tag = randomUUID();
    const run = startBuild(out, tag);
    await run.printed('② 生成网站（Astro）');
    // The leftovers of the killed run are gone before Astro starts.
    expect(readdirSync(tmp).filter((name) => name.includes(`-${stale}-`))).toEqual([]);
    await run.printed('[build]');
    run.signal('SIGINT');
    const { code, output } = await run.exited;
    expect(code, output).toBe(130);
    expect(output).toContain('构建已中断（SIGINT）');
    expect(output).toContain(`上一次构建的网站（${out}）保持不变`);
    expect(output).not.toContain('构建完成');
    expect(snapshot(out)).toEqual(lastGood);
    expect(readdirSync(tmp)).toEqual([]);
    expect(tagged(tag)).toEqual([]);
  }, 120_000);

  it('stops on SIGTERM to npm while the images are drawn, and leaves the same', async () => {
    const tag = randomUUID();
    const run = startBuild(out, tag);
    await run.printed('同时生成荣誉证书和分享图');
    run.signal('SIGTERM');
    const { code, output } = await run.exited;
    expect(code, output).toBe(143);
    expect(output).toContain('构建已中断（SIGTERM）');
    expect(output).not.toContain('构建完成');
    expect(snapshot(out)).toEqual(lastGood);
    expect(readdirSync(tmp)).toEqual([]);
    expect(tagged(tag)).toEqual([]);
  }, 180_000);
});
