import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';

/** Files that differ between two built sites, byte for byte, and files only one of them has (Node only). */
export function compareSites(
  a: string,
  b: string,
): { files: number; differ: string[]; onlyA: string[]; onlyB: string[] } {
  const list = (dir: string) => new Set(globSync('**/*', { cwd: dir, dot: true }));
  const [fa, fb] = [list(a), list(b)];
  const differ = [...fa].filter(
    (f) => fb.has(f) && !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))),
  );
  return {
    files: fa.size,
    differ: differ.sort(),
    onlyA: [...fa].filter((f) => !fb.has(f)).sort(),
    onlyB: [...fb].filter((f) => !fa.has(f)).sort(),
  };
}
