/**
 * The Astro step of the build (Node only): `astro build` in its own process,
 * its log kept to say which pages it rendered and which it reused, and why
 * (src/lib/build/astro-pages.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { astroPagesReport, type AstroPagesReport, type IncrementalManifest } from '../build/astro-pages.ts';
import { astroCacheDir } from './cache-dirs.ts';

const ASTRO = path.join('node_modules', 'astro', 'bin', 'astro.mjs');

export interface AstroRun {
  status: number | null;
  /** Astro's whole output. */
  log: string;
  pages: AstroPagesReport;
}

function readManifest(file: string): IncrementalManifest | null {
  try {
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as IncrementalManifest) : null;
  } catch {
    return null;
  }
}

/** Builds the pages of `root` into `outDir`; Astro's output is shown unless `quiet`. */
export async function runAstro(o: {
  cwd: string;
  root: string;
  outDir: string;
  quiet: boolean;
  /** Ignore what the last build left (`astro build --force`). */
  force?: boolean;
}): Promise<AstroRun> {
  const manifest = path.join(astroCacheDir(o.root, o.cwd), 'incremental-build.json');
  const before = o.force ? null : readManifest(manifest);
  const child = spawn(process.execPath, [path.join(o.cwd, ASTRO), 'build', ...(o.force ? ['--force'] : [])], {
    cwd: o.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ASTRO_OUT_DIR: o.outDir, CONTENT_ROOT: o.root, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const chunks: Buffer[] = [];
  const keep = (chunk: Buffer, to: NodeJS.WriteStream) => {
    chunks.push(chunk);
    if (!o.quiet) to.write(chunk);
  };
  child.stdout.on('data', (c: Buffer) => keep(c, process.stdout));
  child.stderr.on('data', (c: Buffer) => keep(c, process.stderr));
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const log = Buffer.concat(chunks).toString('utf8');
  return { status, log, pages: astroPagesReport(log, before, status === 0 ? readManifest(manifest) : null) };
}
