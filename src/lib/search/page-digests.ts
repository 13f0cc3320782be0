/**
 * The digests of a site's built pages, remembered between builds (Node only).
 * The search step keys its shards by a hash of every page (shards.ts), and
 * reading and hashing 16,000 pages (650 MB at 10,000 homes) took 4 s of every
 * warm rebuild. A page the Astro step took from the last build is a hard link
 * to the file hashed then (src/integrations/reuse-pages.ts): while it has the
 * same inode, size and modification time, and more than one name, its digest
 * is taken as remembered. Pages written by this build are new files, and are
 * read and hashed. Each page also keeps the digest of what Pagefind is given
 * of it (indexed-digest.ts), which holds while its bytes are the same.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Beside the shards in the search index's cache. */
export const DIGESTS_FILE = 'page-digests.json';

/**
 * What was remembered of a page: inode, size, modification time (ms), digest, whether it is searchable,
 * and the digest of what Pagefind is given of it, once known.
 */
type Remembered = [ino: number, size: number, mtimeMs: number, digest: string, marked: boolean, indexed?: string];

export interface PageDigest {
  digest: string;
  /** whether the page marks its searchable part with `data-pagefind-body` */
  marked: boolean;
}

const MARKER = Buffer.from('data-pagefind-body');

export class PageDigests {
  readonly #last: Record<string, Remembered>;
  readonly #next: Record<string, Remembered> = {};
  /** Pages whose digest was remembered / read and hashed in this build. */
  remembered = 0;
  hashed = 0;

  private constructor(last: Record<string, Remembered>) {
    this.#last = last;
  }

  /** The digests remembered in `cacheDir` (none for `false`, or when unreadable). */
  static async load(cacheDir: string | false): Promise<PageDigests> {
    if (!cacheDir) return new PageDigests({});
    try {
      return new PageDigests(JSON.parse(await readFile(path.join(cacheDir, DIGESTS_FILE), 'utf8')));
    } catch {
      return new PageDigests({});
    }
  }

  /** The digest of the page `rel` under `siteDir`. */
  async of(siteDir: string, rel: string): Promise<PageDigest> {
    const file = path.join(siteDir, rel);
    // Synchronous: an awaited stat of each of 16,000 pages took 0.7 s at 10,000 homes.
    const s = statSync(file);
    const last = this.#last[rel];
    if (last && s.nlink > 1 && last[0] === s.ino && last[1] === s.size && last[2] === s.mtimeMs) {
      this.#next[rel] = last;
      this.remembered++;
      return { digest: last[3], marked: last[4] };
    }
    const bytes = await readFile(file);
    const page = { digest: createHash('sha256').update(bytes).digest('base64'), marked: bytes.includes(MARKER) };
    // A page written again with the same bytes is given to Pagefind the same.
    const indexed = last && last[3] === page.digest ? last[5] : undefined;
    const next: Remembered = [s.ino, s.size, s.mtimeMs, page.digest, page.marked];
    if (indexed) next[5] = indexed;
    this.#next[rel] = next;
    this.hashed++;
    return page;
  }

  /** The digest of what Pagefind is given of the page `rel` (after `of`), if known. */
  indexed(rel: string): string | undefined {
    return this.#next[rel]?.[5];
  }

  /** Records the digest of what Pagefind is given of the page `rel` (after `of`). */
  setIndexed(rel: string, digest: string): void {
    const page = this.#next[rel];
    if (page) page[5] = digest;
  }

  /** Keeps this build's pages (pages gone since are dropped). */
  async save(cacheDir: string | false): Promise<void> {
    if (cacheDir) await writeFile(path.join(cacheDir, DIGESTS_FILE), JSON.stringify(this.#next));
  }
}
