/**
 * The files through which the build and the Astro process agree on page
 * reuse (Node only): `ZGZJ_PAGES` names a folder holding the plan the build
 * wrote (`plan.json`: src/lib/build/page-manifest.ts), each keyed route's
 * pages as its getStaticPaths decided them (`keys/`), and what the
 * `reuse-pages` integration leaves when Astro is done: the next manifest and
 * every page's noindex flag for the sitemap.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PageManifest, RenderReason, ReusePlan } from '../build/page-manifest.ts';
import { placeFile } from './place-file.ts';

export const PAGES_ENV = 'ZGZJ_PAGES';

/** A keyed page as its route decided it. */
export interface KeyedPage {
  key: string;
  fate: 'reused' | RenderReason;
}

export const planPath = (dir: string) => path.join(dir, 'plan.json');
export const nextManifestPath = (dir: string) => path.join(dir, 'next.json');
export const listingPath = (dir: string) => path.join(dir, 'listing.json');

let plan: ReusePlan | null | undefined;

/** This build's plan, or null outside a build run by scripts/build.ts (dev, `astro build` alone). */
export function readPlan(): ReusePlan | null {
  if (plan !== undefined) return plan;
  const dir = process.env[PAGES_ENV];
  plan = dir && existsSync(planPath(dir)) ? (JSON.parse(readFileSync(planPath(dir), 'utf8')) as ReusePlan) : null;
  return plan;
}

/** Keeps what one route decided about its pages, for the integration and the build's report. */
export function recordKeyedPages(pattern: string, pages: Record<string, KeyedPage>): void {
  const dir = process.env[PAGES_ENV];
  if (!dir) return;
  const keys = path.join(dir, 'keys');
  mkdirSync(keys, { recursive: true });
  const name = createHash('sha256').update(pattern).digest('hex').slice(0, 16);
  writeFileSync(path.join(keys, `${name}.json`), JSON.stringify(pages));
}

/** Every keyed page of this build, by output file. */
export function readKeyedPages(dir: string): Record<string, KeyedPage> {
  const keys = path.join(dir, 'keys');
  if (!existsSync(keys)) return {};
  return Object.assign(
    {},
    ...readdirSync(keys)
      .sort()
      .map((f) => JSON.parse(readFileSync(path.join(keys, f), 'utf8')) as Record<string, KeyedPage>),
  );
}

export function readJson<T>(file: string): T | null {
  try {
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null;
  } catch {
    return null;
  }
}

export function writeManifest(file: string, manifest: PageManifest): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(manifest));
}

/** Puts `from` at `to` as a hard link (the last output and the new one are on the same disk), making its folder. */
export function linkFile(from: string, to: string): void {
  mkdirSync(path.dirname(to), { recursive: true });
  placeFile(from, to);
}

/** Run by makePageFolders' worker thread. */
const FOLDER_MAKER = `const { mkdirSync } = require('node:fs');
for (const dir of require('node:worker_threads').workerData) mkdirSync(dir, { recursive: true });`;

/**
 * Makes the folders of `files` (the last build's pages: `homes/<id>/index.html`) in `out` on a
 * thread of its own, while Astro bundles and renders, rather than while the reused pages are
 * linked: at 10,000 homes making 16,000 folders took 2-3 s of the Astro step. (Awaited
 * fs.promises calls were slower still: each waits for a turn of Astro's busy main thread.)
 * Folders no page ends up in go with `removeEmptyFolders`; linking makes any still missing.
 */
export function makePageFolders(out: string, files: readonly string[]): Promise<void> {
  const dirs = [...new Set(files.map((f) => path.dirname(f)))].filter((d) => d !== '.').sort();
  return new Promise((resolve) => {
    const worker = new Worker(FOLDER_MAKER, { eval: true, workerData: dirs.map((d) => path.join(out, d)) });
    worker.once('exit', () => resolve());
    worker.once('error', () => resolve());
  });
}

/** Removes the folders of `files` not in `out` (a page deleted since) and their parents, as far as they are empty. */
export function removeEmptyFolders(out: string, files: readonly string[]): void {
  for (const file of files) {
    if (existsSync(path.join(out, file))) continue;
    for (let dir = path.dirname(file); dir !== '.'; dir = path.dirname(dir)) {
      try {
        rmdirSync(path.join(out, dir));
      } catch {
        break; // not empty (or gone): its parents are not empty either
      }
    }
  }
}
