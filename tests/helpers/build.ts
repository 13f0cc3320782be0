import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The repository's root folder. */
export const PROJECT = path.resolve(import.meta.dirname, '../..');

/** What a command printed, stdout then stderr, and its exit code. */
export interface Run {
  code: number | null;
  output: string;
}

/** Runs `node <args>` in the project folder as a developer would, with `env` added to this process's. */
export function runNode(args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const r = spawnSync(process.execPath, args, {
    cwd: PROJECT,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return { code: r.status, output: `${r.stdout}${r.stderr}` };
}

/** `npm run build -- --content <content> --out <out> [flags]`. */
export const buildSite = (content: string, out: string, flags: string[] = [], env: NodeJS.ProcessEnv = {}): Run =>
  runNode(['scripts/build.ts', '--content', content, '--out', out, ...flags], env);

/** A new temporary folder with a copy of the small test content (tests/fixtures/mini) as its `content`. */
export function copyFixture(prefix: string): { dir: string; content: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const content = path.join(dir, 'content');
  cpSync(path.join(PROJECT, 'tests/fixtures/mini'), content, { recursive: true });
  return { dir, content };
}

/** Replaces the first `from` in a file; throws when it is not there, so a test's change cannot miss. */
export function editFile(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`the edit did not apply to ${file}`);
  writeFileSync(file, next);
}
