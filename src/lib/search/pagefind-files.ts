/**
 * The files of a Pagefind 1.6 index, as merge-index.ts reads and writes
 * them (Node only). Each fact here is Pagefind's own: its Rust sources
 * (`pagefind/src/index/`, `utils.rs`, 1.5.2 and later) and the files 1.6.0
 * writes, which merge-index.test.ts compares with an index Pagefind built
 * itself, so an upgrade that changes any of them fails there.
 *
 * - Every data file is gzip of `pagefind_dcd` followed by CBOR (minicbor:
 *   arrays of known length, shortest integers).
 * - `pagefind.<lang>_<hash>.pf_meta`: [version, pages [[fragment, words,
 *   …]], chunks [[from, to, hash]], filters [[name, hash]], sorts, meta
 *   fields].
 * - `index/<hash>.pf_index`: [[word, pages [[page Δ, locations, meta
 *   locations]], variants [[form, pages]]]…], pages delta-coded per word.
 * - `filter/<hash>.pf_filter`: [name, [[value, [page…]]…]].
 * - `fragment/<hash>.pf_fragment`: a page's JSON.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gunzipSync, gzip } from 'node:zlib';
import { decode } from 'cborg';

/** What Pagefind puts before the CBOR of every data file. */
export const SIGNATURE = Buffer.from('pagefind_dcd');

export interface IndexEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters?: string[];
}

/** A page of the metadata: its fragment's name, its word count, and what else 1.6 keeps there (copied as is). */
export type MetaPage = [fragment: string, words: number, ...rest: unknown[]];
export type MetaChunk = [from: string, to: string, hash: string];

export interface IndexMeta {
  version: string;
  pages: MetaPage[];
  chunks: MetaChunk[];
  filters: [name: string, hash: string][];
  sorts: unknown[];
  metaFields: string[];
}

const signed = (file: Uint8Array) => SIGNATURE.equals(file.subarray(0, SIGNATURE.length));

function unsigned(raw: Buffer): Buffer {
  if (!signed(raw)) throw new Error('Pagefind 数据文件缺少签名');
  return raw.subarray(SIGNATURE.length);
}

/** The CBOR of a data file, whether it is stored gzipped (as Pagefind writes it) or not. */
export const payload = (file: Uint8Array): Buffer => unsigned(signed(file) ? Buffer.from(file) : gunzipSync(file));

const inflate = promisify(gunzip);
/** `payload`, inflated on libuv's threads, so the merge can read cached shards while others are indexed. */
export const payloadOffThread = async (file: Uint8Array): Promise<Buffer> =>
  unsigned(signed(file) ? Buffer.from(file) : await inflate(file));

const deflate = promisify(gzip);
/** A data file as Pagefind stores it: gzipped (at zlib's `level`, default 6), signature first. */
export const packed = (cbor: Uint8Array, level?: number) =>
  deflate(Buffer.concat([SIGNATURE, cbor]), level === undefined ? {} : { level });

/** Pagefind's `full_hash`: SHA-1, each byte in lower-case hex without its leading zero. */
export function fullHash(bytes: Uint8Array | string): string {
  return Array.from(createHash('sha1').update(bytes).digest(), (b) => b.toString(16)).join('');
}

/**
 * The name of an index chunk or a filter file: `<lang>_` and 7 hex digits of
 * its hash, 2 more for each earlier file of the same kind that took it.
 */
export function chunkName(language: string, cbor: Uint8Array, taken: Set<string>): string {
  const hash = `${language}_${fullHash(cbor)}`;
  let short = hash.slice(0, language.length + 8);
  while (taken.has(short) && short.length < hash.length) short = hash.slice(0, short.length + 2);
  taken.add(short);
  return short;
}

/** The name of a page's fragment, from the full hash of its JSON: 1 more digit for each earlier page that took it. */
export function fragmentName(language: string, jsonHash: string, taken: Set<string>): string {
  const hash = `${language}_${jsonHash}`;
  let short = hash.slice(0, language.length + 8);
  while (taken.has(short) && short.length < hash.length) short = hash.slice(0, short.length + 1);
  taken.add(short);
  return short;
}

/** The metadata's name: `<lang>_` and 13 hex digits of its hash. */
export const metaName = (language: string, cbor: Uint8Array) =>
  `${language}_${fullHash(cbor).slice(0, language.length + 8)}`;

/** Compares two strings as Rust does: by their UTF-8 bytes. */
export const compareUtf8 = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/**
 * The word range of each chunk as the metadata gives it: each boundary cut
 * to the shortest prefixes that still tell the two neighbours apart
 * (Pagefind's `chunk_meta` and `get_prefixes`, by characters).
 */
export function chunkRanges(words: readonly [first: string, last: string][]): [from: string, to: string][] {
  const ranges = words.map(([first, last]) => [first, last] as [string, string]);
  for (let i = 0; i + 1 < ranges.length; i++) {
    const a = [...ranges[i]![1]];
    const b = [...ranges[i + 1]![0]];
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    const aPrefix = a.slice(0, common + 1).join('');
    if (compareUtf8(aPrefix, ranges[i]![0]) >= 0) ranges[i]![1] = aPrefix;
    ranges[i + 1]![0] = b.slice(0, common + 1).join('');
  }
  return ranges;
}

/** Reads an index folder's entry file and its one language's metadata. */
export async function readIndex(dir: string): Promise<{ entry: IndexEntry; language: string; meta: IndexMeta }> {
  const entry = JSON.parse(await readFile(path.join(dir, 'pagefind-entry.json'), 'utf8')) as IndexEntry;
  const languages = Object.keys(entry.languages);
  if (languages.length !== 1) throw new Error(`索引应只有一种语言，实际为 ${languages.join('、') || '无'}`);
  const language = languages[0]!;
  const raw = payload(await readFile(path.join(dir, `pagefind.${entry.languages[language]!.hash}.pf_meta`)));
  const [version, pages, chunks, filters, sorts, metaFields] = decode(raw) as [
    string,
    MetaPage[],
    MetaChunk[],
    [string, string][],
    unknown[],
    string[],
  ];
  return { entry, language, meta: { version, pages, chunks, filters, sorts, metaFields } };
}
