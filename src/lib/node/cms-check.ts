import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  copyFileSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Problem } from '../content/problem.ts';
import { validateContent } from './validate.ts';

/** A file the editor is about to write: its path from the repository root (`content/stories/a.md`) and its bytes. */
export interface PendingFile {
  path: string;
  content: string | Buffer;
}

/** Copies the content root, linking media files instead of copying them (they can be gigabytes of video). */
function overlayCopy(from: string, to: string, link = false): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    const src = path.join(from, name);
    const dst = path.join(to, name);
    if (lstatSync(src).isDirectory()) overlayCopy(src, dst, link || name === 'media');
    else if (link) symlinkSync(src, dst);
    else copyFileSync(src, dst);
  }
}

/**
 * Every problem the full validation (schemas, guards, R1-R9) finds once the
 * pending files are written, limited to what they cause: problems in those
 * files, and rule problems elsewhere that their arrival creates. Runs on a
 * copy, so nothing reaches the content folder (or the dev server) until the
 * entry is clean.
 */
export async function checkPendingFiles(root: string, files: readonly PendingFile[]): Promise<Problem[]> {
  const repo = path.dirname(root);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'zgzj-cms-check-'));
  const copy = path.join(tmp, path.basename(root));
  try {
    overlayCopy(root, copy);
    const shown = new Map<string, string>();
    for (const f of files) {
      const target = path.resolve(tmp, f.path);
      if (!target.startsWith(copy + path.sep)) throw new Error(`文件不在内容目录内：${f.path}`);
      mkdirSync(path.dirname(target), { recursive: true });
      rmSync(target, { force: true });
      writeFileSync(target, f.content);
      shown.set(target, path.join(repo, f.path));
    }
    const run = async (dir: string) =>
      (await validateContent(dir)).problems
        .filter((p) => p.severity !== 'warning')
        .map((p) => ({ ...p, file: path.resolve(p.file) }));
    const after = await run(copy);
    const mine = after.filter((p) => shown.has(p.file));
    const elsewhere = after.filter((p) => !shown.has(p.file) && p.rule);
    const before = new Set(elsewhere.length ? (await run(root)).map((p) => `${p.rule}|${p.message}`) : []);
    return [...mine, ...elsewhere.filter((p) => !before.has(`${p.rule}|${p.message}`))].map((p) => ({
      ...p,
      file: path.relative(process.cwd(), shown.get(p.file) ?? p.file.replace(copy, root)),
    }));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
