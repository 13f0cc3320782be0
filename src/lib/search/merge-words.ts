/**
 * Merges the word chunks of several Pagefind indexes into the chunks one
 * index of all their pages has (pure; README.md beside this file, "One
 * index from shards"). Each source's words are read in order, byte by byte
 * (cbor-bytes.ts); a word's page entries from every source are put in the
 * merged page order, their page numbers delta-coded again, and everything
 * else about an entry (its locations, which carry weights, and its meta
 * locations) copied as it is. The words are cut into chunks where Pagefind
 * would cut them (`chunk_index`: after the word that brings the chunk's
 * page entries and locations, its variants' included in 1.6, to `chunkSize`).
 */
import { ARRAY, CborReader, CborWriter, NEGINT, UINT } from './cbor-bytes.ts';

export interface WordSource {
  /** the source index's word chunks (their CBOR), in order */
  chunks: readonly Uint8Array[];
  /** merged page number of each of its pages */
  pages: Int32Array;
  /** merged meta field id of each of its meta fields, where they differ */
  fields?: Int32Array;
}

export interface MergedChunk {
  /** the chunk's first and last word */
  first: string;
  last: string;
  cbor: Uint8Array;
}

/** Pagefind's default chunk size (`default_index_chunk_size`), or its unstable setting. */
export const chunkSizeSetting = (env: NodeJS.ProcessEnv = process.env) =>
  Number(env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE']) || 20_000;

/** Walks one source's words in order; after `next()`, the reader stands at the word's pages. */
class Words {
  private chunk = -1;
  private left = 0;
  reader = new CborReader(new Uint8Array());
  word: Uint8Array | undefined;
  readonly source: WordSource;
  constructor(source: WordSource) {
    this.source = source;
  }

  next(): void {
    while (this.left === 0) {
      if (++this.chunk >= this.source.chunks.length) return void (this.word = undefined);
      this.reader = new CborReader(this.source.chunks[this.chunk]!);
      if (this.reader.array() !== 1) throw new Error('Pagefind 索引块的格式不对');
      this.left = this.reader.array();
    }
    this.left--;
    if (this.reader.array() !== 3) throw new Error('Pagefind 索引词条的格式不对');
    const [start, end] = this.reader.text();
    this.word = this.reader.bytes.subarray(start, end);
  }
}

/**
 * A word's page entries from all sources: for each, its merged page, its source, where its locations
 * start, its meta locations and its end (in typed arrays reused from word to word: at 10,000 homes the
 * merge reads 6 million entries).
 */
class Entries {
  page = new Int32Array(1024);
  start = new Int32Array(1024);
  meta = new Int32Array(1024);
  end = new Int32Array(1024);
  source: Words[] = [];
  length = 0;
  size = 0;
  /** whether the entries come from more than one source (and so need ordering) */
  mixed = false;

  clear(): void {
    this.source.length = this.length = this.size = 0;
    this.mixed = false;
  }

  private grow(): void {
    const more = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    [this.page, this.start, this.meta, this.end] = [more(this.page), more(this.start), more(this.meta), more(this.end)];
  }

  /** Reads `n` page entries of `from` at its reader. */
  read(from: Words, n: number): void {
    const r = from.reader;
    const pages = from.source.pages;
    if (n > 0 && this.length > 0 && this.source[0] !== from) this.mixed = true;
    let local = 0;
    for (let i = 0; i < n; i++) {
      if (this.length === this.page.length) this.grow();
      const at = this.length++;
      r.array();
      local += r.uint();
      this.page[at] = pages[local]!;
      this.source.push(from);
      this.start[at] = r.pos;
      const locs = r.array();
      r.skipInts(locs);
      this.meta[at] = r.pos;
      const metas = r.array();
      r.skipInts(metas);
      this.end[at] = r.pos;
      this.size += locs + metas + 1;
    }
  }

  /** The smallest merged page of the entries. */
  firstPage(): number {
    let min = Infinity;
    for (let i = 0; i < this.length; i++) min = Math.min(min, this.page[i]!);
    return min;
  }

  /** Writes the entries in merged page order, page numbers delta-coded. */
  write(out: CborWriter): void {
    const n = this.length;
    const order = this.mixed ? mergedOrder(this.page.subarray(0, n)) : undefined;
    out.head(ARRAY, n);
    let last = 0;
    for (let k = 0; k < n; k++) {
      const i = order ? order[k]! : k;
      const from = this.source[i]!;
      const bytes = from.reader.bytes;
      out.head(ARRAY, 3);
      out.head(UINT, this.page[i]! - last);
      last = this.page[i]!;
      out.copy(bytes, this.start[i]!, this.meta[i]!);
      const fields = from.source.fields;
      if (!fields) out.copy(bytes, this.meta[i]!, this.end[i]!);
      else writeMetaLocations(out, new CborReader(bytes.subarray(this.meta[i]!, this.end[i]!)), fields);
    }
  }
}

/** Where each page number is in the entries being ordered (grown as needed, shared by every word). */
let slotOf = new Int32Array(1024);

/**
 * The entries' indexes in the order of their pages. A word's pages are distinct, so a numeric sort of
 * the page numbers (native, on a typed array) gives the order: at 10,000 homes a sort with a comparator
 * over the indexes took 1 s of the merge's 1.9 s. Repeated pages keep their order (a stable sort).
 */
function mergedOrder(page: Int32Array): Int32Array {
  const sorted = page.slice().sort();
  for (let k = 1; k < sorted.length; k++)
    if (sorted[k] === sorted[k - 1]) return Int32Array.from(page.keys()).sort((a, b) => page[a]! - page[b]!);
  if (slotOf.length <= sorted[sorted.length - 1]!) slotOf = new Int32Array(2 * sorted[sorted.length - 1]! + 2);
  for (let i = 0; i < page.length; i++) slotOf[page[i]!] = i;
  for (let k = 0; k < sorted.length; k++) sorted[k] = slotOf[sorted[k]!]!;
  return sorted;
}

/** Meta locations with their field markers (−(field + 1)) renumbered. */
function writeMetaLocations(out: CborWriter, r: CborReader, fields: Int32Array): void {
  const n = r.array();
  out.head(ARRAY, n);
  for (let i = 0; i < n; i++) {
    if (r.head() === NEGINT) out.head(NEGINT, fields[r.value]!);
    else out.head(UINT, r.value);
  }
}

/**
 * Diacritic variants of a word (rare): merged by form, in the order Pagefind
 * meets them (first page, then form). Returns their entries' size.
 */
function writeVariants(out: CborWriter, sources: readonly Words[]): number {
  const forms = new Map<string, { form: Uint8Array; entries: Entries }>();
  for (const from of sources) {
    const n = from.reader.array();
    for (let v = 0; v < n; v++) {
      from.reader.array();
      const [start, end] = from.reader.text();
      const form = from.reader.bytes.subarray(start, end);
      const key = Buffer.from(form).toString('hex');
      const variant = forms.get(key) ?? { form, entries: new Entries() };
      forms.set(key, variant);
      variant.entries.read(from, from.reader.array());
    }
  }
  const variants = [...forms.values()].sort(
    (a, b) => a.entries.firstPage() - b.entries.firstPage() || Buffer.compare(a.form, b.form),
  );
  out.head(ARRAY, variants.length);
  let size = 0;
  for (const { form, entries } of variants) {
    out.head(ARRAY, 2);
    out.text(form);
    entries.write(out);
    size += entries.size;
  }
  return size;
}

/** Compares UTF-8 bytes as Buffer.compare does, without its call into C++ for these short words. */
function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** The merged word chunks, in order. */
export function* mergeWords(sources: readonly WordSource[], chunkSize = chunkSizeSetting()): Generator<MergedChunk> {
  const cursors = sources.map((s) => new Words(s));
  for (const c of cursors) c.next();
  const entries = new Entries();
  let words = new CborWriter();
  let count = 0;
  let size = 0;
  let first = '';
  let lastWord: Uint8Array = new Uint8Array();
  const finish = (): MergedChunk => {
    const out = new CborWriter();
    out.head(ARRAY, 1);
    out.head(ARRAY, count);
    out.copy(words.view());
    const chunk = { first, last: Buffer.from(lastWord).toString('utf8'), cbor: out.view() };
    words = new CborWriter();
    count = size = 0;
    return chunk;
  };
  let live = cursors.filter((c) => c.word);
  const holding: Words[] = [];
  while (live.length > 0) {
    // The smallest word and the sources holding it, in one pass (in source order).
    let word = live[0]!.word!;
    holding.length = 0;
    for (const c of live) {
      const d = compareBytes(c.word!, word);
      if (d < 0) {
        word = c.word!;
        holding.length = 0;
      }
      if (d <= 0) holding.push(c);
    }
    entries.clear();
    for (const c of holding) entries.read(c, c.reader.array());
    words.head(ARRAY, 3);
    words.text(word);
    entries.write(words);
    const variantSize = writeVariants(words, holding);
    if (count === 0) first = Buffer.from(word).toString('utf8');
    lastWord = word;
    count++;
    size += entries.size + variantSize;
    for (const c of holding) c.next();
    if (holding.some((c) => !c.word)) live = live.filter((c) => c.word);
    if (size >= chunkSize) yield finish();
  }
  if (count > 0) yield finish();
}
