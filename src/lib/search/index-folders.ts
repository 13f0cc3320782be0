/**
 * Walking the site and the index folders (Node only), with synchronous
 * calls: the search step lists about 40,000 files and stats 16,000 pages and
 * 12,000 index files at 10,000 homes, and one awaited call each (a trip
 * through libuv's thread pool) took about 10 times a synchronous one there.
 * Each walk blocks the event loop for a few tens of milliseconds at most.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, relative to it with `/`, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (sub: string, prefix: string) => {
    for (const entry of readdirSync(sub, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(sub, entry.name), `${prefix}${entry.name}/`);
      else if (entry.isFile()) out.push(`${prefix}${entry.name}`);
    }
  };
  walk(dir, '');
  return out.sort();
}

/** How many files an index folder has and their bytes: in all, in its word chunks and in its fragments. */
export function sizes(dir: string) {
  const totals = { files: 0, bytes: 0, indexBytes: 0, fragmentBytes: 0 };
  for (const rel of listFiles(dir)) {
    const { size } = statSync(path.join(dir, rel));
    totals.files++;
    totals.bytes += size;
    if (/(^|\/)index\//.test(rel)) totals.indexBytes += size;
    if (/(^|\/)fragment\//.test(rel)) totals.fragmentBytes += size;
  }
  return totals;
}
