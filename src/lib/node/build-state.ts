/**
 * What a build leaves for the next one (Node only): a fingerprint of its
 * inputs, so that a build with nothing changed stops at once, and the
 * staging folder the next build writes into.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { judgementDay, todayInChina } from './site-config.ts';

/** What the project's code is: every file the build reads besides the content. */
const CODE = ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
// Videos and downloads can be large: their size and time stand for them.
const LARGE = 1 << 20;

/** Files under `dir`, sorted; hidden files and folders (.git, .DS_Store) are nobody's content and are skipped. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (d.name.startsWith('.')) continue;
    const full = path.join(dir, d.name);
    if (d.isDirectory()) out.push(...filesUnder(full));
    else if (d.isFile()) out.push(full);
  }
  return out.sort();
}

function hashTree(hash: ReturnType<typeof createHash>, base: string, name: string) {
  const full = path.join(base, name);
  if (!existsSync(full)) return;
  const files = statSync(full).isDirectory() ? filesUnder(full) : [full];
  for (const f of files) {
    hash.update(`${path.relative(base, f)}\u0000`);
    const { size, mtimeMs } = statSync(f);
    hash.update(size > LARGE ? `${size} ${mtimeMs}` : readFileSync(f)).update('\u0000');
  }
}

/** The project's code and packages (by the lock file) and the Node version: a change renders every page again. */
export function codeFingerprint(cwd: string): string {
  const hash = createHash('sha256').update(`${process.version}\u0000`);
  for (const name of CODE) hashTree(hash, cwd, name);
  return hash.digest('hex');
}

/**
 * Everything a build's output depends on: the content files, the project's
 * code (`codeFingerprint`), the day award
 * statuses are judged on and today's date (validation judges "not in the
 * future" on it). Reading and hashing 11,000 content files takes well under a second.
 */
export function buildFingerprint(root: string, code: string): string {
  const hash = createHash('sha256');
  hash.update(`${code}\u0000${judgementDay(root)}\u0000${todayInChina()}\u0000`);
  hashTree(hash, root, '.');
  return hash.digest('hex');
}

interface State {
  fingerprint: string;
  /** The output folder as the build left it (a removed or replaced folder has another inode). */
  ino: number;
  mtimeMs: number;
}

const outId = (out: string) => createHash('sha256').update(out).digest('hex').slice(0, 16);

/** Where the state of the build into `out` is kept. */
export function stateFile(cacheHome: string, out: string): string {
  return path.join(cacheHome, 'zgzj-build', `${outId(out)}.json`);
}

/** Where the pages of the site in `out` are recorded for the next build (src/lib/build/page-manifest.ts). */
export function pageManifestFile(cacheHome: string, out: string): string {
  return path.join(cacheHome, 'zgzj-build', `${outId(out)}.pages.json`);
}

/** True when `out` is what the last build with this fingerprint left. */
export function upToDate(file: string, out: string, fingerprint: string): boolean {
  if (!existsSync(file) || !existsSync(out)) return false;
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as State;
    const now = statSync(out);
    return state.fingerprint === fingerprint && state.ino === now.ino && state.mtimeMs === now.mtimeMs;
  } catch {
    return false;
  }
}

export function saveState(file: string, out: string, fingerprint: string): void {
  const { ino, mtimeMs } = statSync(out);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ fingerprint, ino, mtimeMs } satisfies State));
}

export function forgetState(file: string): void {
  rmSync(file, { force: true });
}

/**
 * Keeps two builds of the same site apart: a lock file `<name>.lock` in the
 * build's temporary folder, holding the process id; one left by a build that
 * was killed is taken over.
 */
export function lockOutput(tmpParent: string, name: string): { file: string; release: () => void } | { busy: number } {
  const lock = path.join(tmpParent, `${name}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      // Released only while it is still this process's: a holder that has been taken over for dead
      // must not remove its successor's lock.
      const release = () => {
        if (existsSync(lock) && readFileSync(lock, 'utf8') === String(process.pid)) rmSync(lock, { force: true });
      };
      return { file: lock, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(lock, 'utf8'));
      if (pid && pid !== process.pid && alive(pid)) return { busy: pid };
      rmSync(lock, { force: true });
    }
  }
  return { busy: 0 };
}

/**
 * Waits for the lock `name` in `dir` (lockOutput's kind), telling `waiting` once which process
 * holds it; a lock whose process has died is taken over.
 */
export async function waitForLock(
  dir: string,
  name: string,
  waiting: (pid: number) => void,
): Promise<{ file: string; release: () => void }> {
  mkdirSync(dir, { recursive: true });
  let told = false;
  for (;;) {
    const lock = lockOutput(dir, name);
    if (!('busy' in lock)) return lock;
    if (!told) waiting(lock.busy);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
