/**
 * A private copy of the project for the benchmark's builds (Node only).
 * Astro writes generated modules (`.astro/content-assets.mjs`, the prerender
 * chunks) into the project folder, so two builds running in one project at
 * the same time — a test run and a benchmark — overwrite each other's files
 * and fail in odd ways. The copy has its own `.astro/`; `node_modules` is
 * linked, not copied. It also fixes the code being measured: edits made to
 * the project while a long run is under way do not leak into it.
 */
import { cpSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';

const COPIED = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'src', 'public', 'scripts'];

/** Copies what `scripts/build.ts` and `astro build` read from `project` into `dir`; returns `dir`. */
export function snapshotProject(project: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const name of COPIED) {
    const from = path.join(project, name);
    if (existsSync(from))
      cpSync(from, path.join(dir, name), {
        recursive: true,
        filter: (f) => !/\.test\.ts$/.test(f),
      });
  }
  symlinkSync(path.join(project, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}
