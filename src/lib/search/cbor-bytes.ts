/**
 * Reading and writing CBOR (RFC 8949) item by item, over bytes (pure). For
 * the word chunks of a Pagefind index, which merge-words.ts rewrites: a
 * 10,000-home index holds 6 million (word, page) entries, and decoding them
 * into objects with a CBOR library (cborg 6) took 17 s and 2.5 GB of heap
 * on this machine; walking the bytes and copying what does not change costs
 * a fraction of that. Everything else of the index (metadata, filters) is
 * small and goes through cborg. Only what Pagefind writes is handled:
 * unsigned and negative integers, text, arrays of known length.
 */

export const UINT = 0;
export const NEGINT = 1;
export const TEXT = 3;
export const ARRAY = 4;

/** A cursor over CBOR bytes; `head()` reads an item's head into `major` and `value`. */
export class CborReader {
  pos = 0;
  major = 0;
  value = 0;
  readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  /** Reads the head of the next item and returns its major type; `pos` is then at its content. */
  head(): number {
    const b = this.bytes;
    const first = b[this.pos]!;
    const info = first & 31;
    this.major = first >> 5;
    if (info < 24) {
      this.value = info;
      this.pos += 1;
    } else if (info === 24) {
      this.value = b[this.pos + 1]!;
      this.pos += 2;
    } else if (info === 25) {
      this.value = (b[this.pos + 1]! << 8) | b[this.pos + 2]!;
      this.pos += 3;
    } else if (info === 26) {
      this.value = b[this.pos + 1]! * 2 ** 24 + ((b[this.pos + 2]! << 16) | (b[this.pos + 3]! << 8) | b[this.pos + 4]!);
      this.pos += 5;
    } else throw new Error(`CBOR: unsupported item head 0x${first.toString(16)} at byte ${this.pos}`);
    return this.major;
  }

  /** Reads an array head and returns its length. */
  array(): number {
    if (this.head() !== ARRAY) throw new Error(`CBOR: expected an array at byte ${this.pos}`);
    return this.value;
  }

  /** Reads an unsigned integer. */
  uint(): number {
    if (this.head() !== UINT) throw new Error(`CBOR: expected an unsigned integer at byte ${this.pos}`);
    return this.value;
  }

  /** Reads a text string and returns where its UTF-8 bytes start and end. */
  text(): [start: number, end: number] {
    if (this.head() !== TEXT) throw new Error(`CBOR: expected text at byte ${this.pos}`);
    const start = this.pos;
    this.pos += this.value;
    return [start, this.pos];
  }

  /** Skips an array of `n` integers (whose head has been read). */
  skipInts(n: number): void {
    for (let i = 0; i < n; i++) this.head();
  }
}

/** A growing buffer of CBOR bytes. */
export class CborWriter {
  bytes = new Uint8Array(1 << 16);
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  /** Writes an item head in its shortest form, as minicbor (Pagefind's encoder) does. */
  head(major: number, value: number): void {
    this.room(5);
    const b = this.bytes;
    const m = major << 5;
    if (value < 24) b[this.length++] = m | value;
    else if (value < 0x100) {
      b[this.length++] = m | 24;
      b[this.length++] = value;
    } else if (value < 0x10000) {
      b[this.length++] = m | 25;
      b[this.length++] = value >> 8;
      b[this.length++] = value & 0xff;
    } else if (value < 0x100000000) {
      b[this.length++] = m | 26;
      b[this.length++] = value >>> 24;
      b[this.length++] = (value >> 16) & 0xff;
      b[this.length++] = (value >> 8) & 0xff;
      b[this.length++] = value & 0xff;
    } else throw new Error(`CBOR: ${value} is too large`);
  }

  /** Copies bytes as they are. */
  copy(from: Uint8Array, start = 0, end = from.length): void {
    this.room(end - start);
    // Most copies are a few bytes (a page's locations): a loop is cheaper than a view for them (a
    // Buffer's subarray is a new Buffer; 0.6 s of the merge's 1.3 s at 10,000 homes).
    if (end - start > 32) this.bytes.set(from.subarray(start, end), this.length);
    else for (let i = start, b = this.bytes, at = this.length; i < end; i++) b[at++] = from[i]!;
    this.length += end - start;
  }

  /** Writes a text string from its UTF-8 bytes. */
  text(utf8: Uint8Array): void {
    this.head(TEXT, utf8.length);
    this.copy(utf8);
  }

  /** The bytes written so far (a view, valid until the next write). */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}
