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

/** A word's page entries from all sources: merged page, source, where its locations start, its meta locations, its end. */
class Entries {
  page: number[] = [];
  source: Words[] = [];
  start: number[] = [];
  meta: number[] = [];
  end: number[] = [];
  size = 0;

  clear(): void {
    this.page.length = this.source.length = this.start.length = this.meta.length = this.end.length = 0;
    this.size = 0;
  }

  /** Reads `n` page entries of `from` at its reader. */
  read(from: Words, n: number): void {
    const r = from.reader;
    let local = 0;
    for (let i = 0; i < n; i++) {
      r.array();
      local += r.uint();
      this.page.push(from.source.pages[local]!);
      this.source.push(from);
      this.start.push(r.pos);
      const locs = r.array();
      r.skipInts(locs);
      this.meta.push(r.pos);
      const metas = r.array();
      r.skipInts(metas);
      this.end.push(r.pos);
      this.size += locs + metas + 1;
    }
  }

  /** Writes the entries in merged page order, page numbers delta-coded. */
  write(out: CborWriter): void {
    const n = this.page.length;
    const order = Array.from({ length: n }, (_, i) => i);
    if (this.source.some((s) => s !== this.source[0])) order.sort((a, b) => this.page[a]! - this.page[b]!);
    out.head(ARRAY, n);
    let last = 0;
    for (const i of order) {
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
  const first = (e: Entries) => Math.min(...e.page);
  const variants = [...forms.values()].sort(
    (a, b) => first(a.entries) - first(b.entries) || Buffer.compare(a.form, b.form),
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

/** The merged word chunks, in order. */
export function* mergeWords(sources: readonly WordSource[], chunkSize = chunkSizeSetting()): Generator<MergedChunk> {
  const cursors = sources.map((s) => new Words(s));
  for (const c of cursors) c.next();
  const entries = new Entries();
  let words = new CborWriter();
  let count = 0;
  let size = 0;
  let first = '';
  let last = '';
  const finish = (): MergedChunk => {
    const out = new CborWriter();
    out.head(ARRAY, 1);
    out.head(ARRAY, count);
    out.copy(words.view());
    const chunk = { first, last, cbor: out.view() };
    words = new CborWriter();
    count = size = 0;
    return chunk;
  };
  for (;;) {
    let word: Uint8Array | undefined;
    for (const c of cursors) if (c.word && (!word || Buffer.compare(c.word, word) < 0)) word = c.word;
    if (!word) break;
    const holding = cursors.filter((c) => c.word && Buffer.compare(c.word, word) === 0);
    entries.clear();
    for (const c of holding) entries.read(c, c.reader.array());
    words.head(ARRAY, 3);
    words.text(word);
    entries.write(words);
    const variantSize = writeVariants(words, holding);
    const text = Buffer.from(word).toString('utf8');
    if (count === 0) first = text;
    last = text;
    count++;
    size += entries.size + variantSize;
    for (const c of holding) c.next();
    if (size >= chunkSize) yield finish();
  }
  if (count > 0) yield finish();
}
