/**
 * The files the build's own validation has just found clean, as the guards
 * in Astro's process see them (Node only).
 */
import { existsSync, readFileSync } from 'node:fs';

/**
 * Names a file listing the keys (validation-cache.ts: path and bytes) of the
 * files the build's own validation has just found clean — allow-list
 * included — so that the guards in Astro's process need not check them
 * again. Set only by scripts/build.ts (build-astro.ts); `astro build` alone
 * checks every file.
 */
export const CHECKED_FILES_ENV = 'ZGZJ_CHECKED_FILES';

let checked: ReadonlySet<string> | null | undefined;

/** The keys the build's validation passed, or null outside a build run by scripts/build.ts. */
export function checkedFiles(): ReadonlySet<string> | null {
  if (checked !== undefined) return checked;
  const file = process.env[CHECKED_FILES_ENV];
  checked = file && existsSync(file) ? new Set(JSON.parse(readFileSync(file, 'utf8')) as string[]) : null;
  return checked;
}

/**
 * In a build run by scripts/build.ts, Astro starts while the build's validation runs: the loaders
 * wait for its verdict, the list of clean files (written whole), before they read any content.
 * A failed validation stops Astro instead; an ended build process ends the wait.
 */
export async function validationPassed(): Promise<void> {
  const file = process.env[CHECKED_FILES_ENV];
  if (!file) return;
  const parent = process.ppid;
  while (!existsSync(file)) {
    if (process.ppid !== parent) throw new Error('构建进程已经结束，不再等内容检查的结果');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
