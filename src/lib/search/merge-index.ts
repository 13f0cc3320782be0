/**
 * Merges Pagefind indexes of parts of a site (shards) into the one index
 * Pagefind would have built from all their pages (Node only; README.md
 * beside this file, "One index from shards"). Pagefind numbers pages in the
 * order they were added, so each shard lists its pages' sort keys (the
 * order the build adds them in) and the full hash of each page's fragment;
 * the merged index numbers them in that order across all shards, and names
 * every file as Pagefind names it (pagefind-files.ts). Fragments are linked
 * as they are; the word chunks are merged by merge-words.ts; filters and
 * metadata are small and decoded whole. merge-index.test.ts builds a site
 * both ways and compares every file's contents.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { decode, encode } from 'cborg';
import { mergeWords, chunkSizeSetting, type WordSource } from './merge-words.ts';
import {
  chunkName,
  chunkRanges,
  compareUtf8,
  fragmentName,
  fullHash,
  metaName,
  packed,
  payload,
  payloadOffThread,
  readIndex,
  type IndexMeta,
  type MetaPage,
} from './pagefind-files.ts';
import { placeFile } from '../node/place-file.ts';

/** What a shard says about each of its pages, in its own page order. */
export interface ShardPage {
  /** where the page goes in the merged order (the build's order of adding pages) */
  key: string;
  /** `fullHash` of the page's fragment JSON, which names its fragment */
  json: string;
}

export interface Shard {
  dir: string;
  pages: readonly ShardPage[];
  /** what `readShard` reads of it, when that started earlier (while other shards were being indexed) */
  data?: Promise<ShardData>;
}

/** What the merge reads of a shard: its entry and metadata, and its word chunks' CBOR. */
export interface ShardData {
  index: Awaited<ReturnType<typeof readIndex>>;
  chunks: Uint8Array[];
}

/** Reads what the merge needs of the shard index in `dir`. */
export async function readShard(dir: string): Promise<ShardData> {
  const index = await readIndex(dir);
  const chunks = await Promise.all(
    index.meta.chunks.map(async ([, , hash]) =>
      payloadOffThread(await readFile(path.join(dir, 'index', `${hash}.pf_index`))),
    ),
  );
  return { index, chunks };
}

export interface MergeStats {
  /** the merged pages' fragment names (their result ids), in page order */
  pages: string[];
  chunks: number;
  /** each filter value's pages, by page number */
  filters: Map<string, Map<string, number[]>>;
  /** the word chunks' files (relative to the index), by the `fullHash` of their CBOR */
  chunkFiles: Map<string, string>;
}

/**
 * The gzip level of merged word chunks. Measured on the 683 chunks of a 10,000-home index (60.5 MB of
 * CBOR): level 6 (zlib's default) 1.94 s and 20.56 MB, level 5 1.03 s and 20.85 MB (+1.4%), level 4
 * 0.64 s and 21.71 MB (+5.6%). A rebuild gzips again every chunk a changed page touches (about half).
 */
const CHUNK_LEVEL = 5;

/** Runs `jobs` with at most `limit` at once (the gzip of chunks runs on libuv's threads). */
async function pooled(jobs: AsyncIterable<() => Promise<void>> | Iterable<() => Promise<void>>, limit = 4) {
  const running = new Set<Promise<void>>();
  for await (const job of jobs) {
    const p = job().finally(() => running.delete(p));
    running.add(p);
    if (running.size >= limit) await Promise.race(running);
  }
  await Promise.all(running);
}

/**
 * Writes the merged index of `shards` into `out` (an empty folder). `earlier` has files of word chunks
 * packed as this merge packs them, by the `fullHash` of their CBOR: a chunk found there is linked.
 */
export async function mergeIndexes(
  shards: readonly Shard[],
  out: string,
  earlier?: ReadonlyMap<string, string>,
): Promise<MergeStats> {
  if (shards.length === 0) throw new Error('没有可合并的索引');
  const data = await Promise.all(shards.map((s) => s.data ?? readShard(s.dir)));
  const read = data.map((d) => d.index);
  const { entry, language } = read[0]!;
  for (const [i, r] of read.entries()) {
    if (r.language !== language || r.meta.version !== read[0]!.meta.version)
      throw new Error(`索引 ${shards[i]!.dir} 的语言或版本与其他分片不同`);
    if (r.meta.sorts.length) throw new Error('合并索引不支持 data-pagefind-sort（需要排序值）');
    if (r.meta.pages.length !== shards[i]!.pages.length)
      throw new Error(
        `索引 ${shards[i]!.dir} 有 ${r.meta.pages.length} 个页面，页面清单有 ${shards[i]!.pages.length} 个`,
      );
  }
  for (const sub of ['index', 'filter', 'fragment']) await mkdir(path.join(out, sub), { recursive: true });

  // Pages in the build's order; fragments named as one index names them.
  const order = shards
    .flatMap((s, shard) => s.pages.map((p, local) => ({ shard, local, ...p })))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const numbers = shards.map((s) => new Int32Array(s.pages.length));
  const pages: MetaPage[] = [];
  const fragments = new Set<string>();
  const file = (dir: string, n: string) => path.join(dir, 'fragment', `${n}.pf_fragment`);
  for (const [global, p] of order.entries()) {
    numbers[p.shard]![p.local] = global;
    const [own, ...rest] = read[p.shard]!.meta.pages[p.local]!;
    const name = fragmentName(language, p.json, fragments);
    pages.push([name, ...rest]);
    placeFile(file(shards[p.shard]!.dir, own), file(out, name));
  }

  // Meta fields in Pagefind's order (sorted); a shard with other fields gets its ids renumbered.
  const metaFields = [...new Set(read.flatMap((r) => r.meta.metaFields))].sort(compareUtf8);
  const sources: WordSource[] = read.map((r, i) => {
    const ids = r.meta.metaFields.map((f) => metaFields.indexOf(f));
    const same = ids.every((id, j) => id === j);
    return { chunks: data[i]!.chunks, pages: numbers[i]!, ...(same ? {} : { fields: Int32Array.from(ids) }) };
  });
  const chunkNames = new Set<string>();
  const bounds: [string, string][] = [];
  const names: string[] = [];
  const chunkFiles = new Map<string, string>();
  await pooled(
    (function* () {
      for (const chunk of mergeWords(sources, chunkSizeSetting())) {
        const name = chunkName(language, chunk.cbor, chunkNames);
        bounds.push([chunk.first, chunk.last]);
        names.push(name);
        const rel = `index/${name}.pf_index`;
        const hash = fullHash(chunk.cbor);
        chunkFiles.set(hash, rel);
        const before = earlier?.get(hash);
        if (before && existsSync(before)) placeFile(before, path.join(out, rel));
        else {
          const cbor = chunk.cbor.slice();
          yield async () => writeFile(path.join(out, rel), await packed(cbor, CHUNK_LEVEL));
        }
      }
    })(),
  );
  const chunks = chunkRanges(bounds).map(([from, to], i) => [from, to, names[i]!]);

  const { list: filters, merged: filterPages } = await mergeFilters(shards, read, numbers, language, out);
  const meta: IndexMeta = { ...read[0]!.meta, pages, chunks: chunks as IndexMeta['chunks'], filters, metaFields };
  const metaCbor = encode([meta.version, meta.pages, meta.chunks, meta.filters, [], meta.metaFields]);
  const hash = metaName(language, metaCbor);
  await writeFile(path.join(out, `pagefind.${hash}.pf_meta`), await packed(metaCbor));
  const merged = {
    ...entry,
    languages: { [language]: { ...entry.languages[language]!, hash, page_count: pages.length } },
  };
  await writeFile(path.join(out, 'pagefind-entry.json'), JSON.stringify(merged));

  // Pagefind's own files (library, WebAssembly, UI): the same in every shard.
  for (const f of await readdir(shards[0]!.dir, { withFileTypes: true }))
    if (f.isFile() && !/^pagefind-entry\.json$|\.pf_meta$|\.(br|gz)$|^pages\.json$/.test(f.name))
      placeFile(path.join(shards[0]!.dir, f.name), path.join(out, f.name));
  return { pages: pages.map(([name]) => name), chunks: chunks.length, filters: filterPages, chunkFiles };
}

/** Filter files: every value's pages from every shard, renumbered; names and values in Pagefind's order. */
async function mergeFilters(
  shards: readonly Shard[],
  read: readonly { meta: IndexMeta }[],
  numbers: readonly Int32Array[],
  language: string,
  out: string,
): Promise<{ list: [string, string][]; merged: Map<string, Map<string, number[]>> }> {
  const merged = new Map<string, Map<string, number[]>>();
  for (const [i, r] of read.entries()) {
    for (const [, hash] of r.meta.filters) {
      const file = path.join(shards[i]!.dir, 'filter', `${hash}.pf_filter`);
      const [filter, values] = decode(payload(await readFile(file))) as [string, [string, number[]][]];
      const byValue = merged.get(filter) ?? new Map<string, number[]>();
      merged.set(filter, byValue);
      for (const [value, pages] of values) {
        const list = byValue.get(value) ?? [];
        byValue.set(value, list);
        for (const p of pages) list.push(numbers[i]![p]!);
      }
    }
  }
  const taken = new Set<string>();
  const list: [string, string][] = [];
  for (const filter of [...merged.keys()].sort(compareUtf8)) {
    const values = [...merged.get(filter)!]
      .sort(([a], [b]) => compareUtf8(a, b))
      .map(([value, pages]) => [value, pages.sort((a, b) => a - b)]);
    const cbor = encode([filter, values]);
    const name = chunkName(language, cbor, taken);
    await writeFile(path.join(out, 'filter', `${name}.pf_filter`), await packed(cbor));
    list.push([filter, name]);
  }
  return { list, merged };
}
