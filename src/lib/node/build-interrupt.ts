/**
 * A build that is stopped (Ctrl+C, SIGTERM from a CI runner or `kill`)
 * stops everything it started and leaves no half-written folder: child
 * processes run in their own process group, killed as a group; temporary
 * folders are removed on every way out (success, failure, signal, crash);
 * what a killed or crashed earlier run left behind is removed at the next
 * build. build.ts keeps only a few hook lines; the rest is here.
 */
import { spawn, type SpawnOptions } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const temps = new Set<string>();
const groups = new Set<number>();
let exitHookInstalled = false;
/** Set once a signal arrived: children killed from then on do not report back (the build must not go on). */
let stopping = false;

function removeTemps(): void {
  // Writes already handed to libuv's thread pool (certificate files) may still land while the
  // folder is being removed (ENOTEMPTY); the main thread is blocked here, so no new write can
  // start, and a few retries finish the job.
  for (const dir of temps) {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 20 });
    } catch (error) {
      console.error(`无法删除临时文件夹 ${dir}：${(error as Error).message}。下一次构建会再删除它。`);
    }
  }
  temps.clear();
}

function killGroups(signal: NodeJS.Signals): void {
  for (const pid of groups) {
    try {
      process.kill(-pid, signal);
    } catch {
      // Already gone.
    }
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Synchronous, so it runs on process.exit() and after an uncaught exception too.
  process.on('exit', () => {
    killGroups('SIGKILL');
    removeTemps();
  });
}

/** Removes `dir` if the process ends before the returned `release()` is called (the folder was used). */
export function removeOnExit(dir: string): () => void {
  installExitHook();
  temps.add(dir);
  return () => void temps.delete(dir);
}

/**
 * Removes the temporary folders of `<name>-<pid>-<time>` form (and their
 * `-old` twins) in `tmpParent` whose build process is gone: what a build
 * killed with SIGKILL or a power cut left. A running build's folder stays.
 * Returns how many were removed.
 */
export function removeStaleTemps(tmpParent: string, name: string): number {
  if (!existsSync(tmpParent)) return 0;
  let removed = 0;
  for (const entry of readdirSync(tmpParent)) {
    const match = entry.startsWith(`${name}-`) ? /^(\d+)-\d+(-old)?$/.exec(entry.slice(name.length + 1)) : null;
    if (!match || (Number(match[1]) !== process.pid && isRunning(Number(match[1])))) continue;
    if (temps.has(path.join(tmpParent, entry))) continue;
    try {
      rmSync(path.join(tmpParent, entry), { recursive: true, force: true });
      removed++;
    } catch {
      // A last site that a finished build's remover (removeInBackground) is deleting at the same time.
    }
  }
  return removed;
}

/** Run by removeInBackground's process: takes the folder under its own pid (so removeStaleTemps leaves it), then removes it. */
const REMOVER = `const fs = require('node:fs');
const from = process.argv[1];
const to = from.replace(/-\\d+(-\\d+-old)$/, '-' + process.pid + '$1');
try { fs.renameSync(from, to); fs.rmSync(to, { recursive: true, force: true }); } catch {}`;

/**
 * Removes the replaced site (`<name>-<pid>-<time>-old`) in a process of its own that
 * outlives the build: at 10,000 homes deleting its 40,000 files and 16,000 folders took
 * 3 s after the new site was already in place. Should that process be stopped, the
 * folder is a stale temporary folder the next build removes.
 */
export function removeInBackground(dir: string): void {
  try {
    spawn(process.execPath, ['-e', REMOVER, dir], { detached: true, stdio: 'ignore' }).unref();
  } catch {
    rmSync(dir, { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface ChildResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * spawnSync's replacement for long children: the same result, but the event
 * loop keeps running (so a signal is handled at once) and the child gets its
 * own process group, so that an interruption stops it and everything it
 * started (Vite's esbuild, workers). Output is collected when `stdio` is 'pipe'.
 */
export function runChild(
  command: string,
  args: string[],
  {
    echo,
    gate,
    ...options
  }: SpawnOptions & {
    /** Also show piped output as it comes. */
    echo?: boolean;
    /** Until this settles, what is to be shown is kept back; then shown if it is true, else dropped and the child and its group killed. */
    gate?: Promise<boolean>;
  },
): Promise<ChildResult> {
  installExitHook();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, detached: true });
    let stdout = '';
    let stderr = '';
    let held: [NodeJS.WriteStream, string][] | null = gate ? [] : null;
    let silent = false;
    void gate?.then((open) => {
      if (open) for (const [stream, d] of held ?? []) stream.write(d);
      held = null;
      silent = !open;
      try {
        if (!open && child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    });
    const show = (stream: NodeJS.WriteStream, d: string) => (held ? held.push([stream, d]) : silent || stream.write(d));
    child.stdout?.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      if (echo) show(process.stdout, d);
    });
    child.stderr?.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      if (echo) show(process.stderr, d);
    });
    if (child.pid !== undefined) groups.add(child.pid);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      if (child.pid !== undefined) groups.delete(child.pid);
      if (!stopping) resolve({ status, signal, stdout, stderr });
    });
  });
}

const EXIT_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

/**
 * Makes SIGINT, SIGTERM and SIGHUP stop the process cleanly: every child
 * group gets SIGTERM (SIGKILL after `graceMs`), temporary folders are
 * removed, `message` is printed, and the process exits 128 + the signal's
 * number. A second signal while stopping is ignored; stopping is quick.
 */
export function stopCleanlyOnSignals(message: (signal: NodeJS.Signals) => string, graceMs = 5000): void {
  installExitHook();
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    killGroups('SIGTERM');
    const deadline = Date.now() + graceMs;
    while (groups.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    killGroups('SIGKILL');
    removeTemps();
    console.error(message(signal));
    process.exit(EXIT_CODES[signal] ?? 1);
  };
  for (const signal of Object.keys(EXIT_CODES) as NodeJS.Signals[]) process.on(signal, (s) => void stop(s));
}
