import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  chunkName,
  chunkRanges,
  compareUtf8,
  fragmentName,
  fullHash,
  metaName,
  payload,
  payloadOffThread,
} from './pagefind-files.ts';

describe('Pagefind file names', () => {
  it('hashes as Pagefind does: SHA-1 bytes in hex without leading zeros', () => {
    const digest = createHash('sha1').update('职工').digest();
    expect(fullHash('职工')).toBe([...digest].map((b) => b.toString(16)).join(''));
    expect(fullHash(Buffer.from([0]))).not.toMatch(/^0/);
  });

  it('names chunks with 7 digits, 2 more for each earlier one that took the name', () => {
    const taken = new Set<string>();
    const first = chunkName('zh-cn', Buffer.from('a'), taken);
    const full = `zh-cn_${fullHash(Buffer.from('a'))}`;
    expect(first).toBe(full.slice(0, 13));
    expect(chunkName('zh-cn', Buffer.from('a'), taken)).toBe(full.slice(0, 15));
    expect(chunkName('zh-cn', Buffer.from('a'), taken)).toBe(full.slice(0, 17));
  });

  it('names fragments with 7 digits, 1 more for each earlier page that took the name', () => {
    const taken = new Set<string>();
    expect(fragmentName('zh-cn', 'abcdef0123', taken)).toBe('zh-cn_abcdef0');
    expect(fragmentName('zh-cn', 'abcdef0199', taken)).toBe('zh-cn_abcdef01');
    expect(fragmentName('zh-cn', 'abcdef0177', taken)).toBe('zh-cn_abcdef017');
    expect(metaName('zh-cn', Buffer.from('m'))).toBe(`zh-cn_${fullHash(Buffer.from('m')).slice(0, 13)}`);
  });
});

describe('chunkRanges', () => {
  // Pagefind's own cases (chunk_meta and get_prefixes in pagefind/src/index/mod.rs)
  it('cuts each boundary to the shortest prefixes that tell the neighbours apart', () => {
    expect(
      chunkRanges([
        ['apple', 'apple'],
        ['apricot', 'banana'],
        ['peach', 'peach'],
      ]),
    ).toEqual([
      ['apple', 'apple'], // not "app", which would sort before its own first word
      ['apr', 'b'],
      ['p', 'peach'],
    ]);
    expect(
      chunkRanges([
        ['a', 'cath'],
        ['cathartic', 'd'],
      ]),
    ).toEqual([
      ['a', 'cath'],
      ['catha', 'd'],
    ]);
  });

  it('counts characters, not bytes or UTF-16 units', () => {
    expect(
      chunkRanges([
        ['一', '职工之家'],
        ['职工书屋', '𠮷'],
      ]),
    ).toEqual([
      ['一', '职工之'],
      ['职工书', '𠮷'],
    ]);
  });

  it('compares as UTF-8 bytes, as Rust does', () => {
    // U+FF5E sorts before U+1F600 in UTF-16 units' order, after it in UTF-8's
    expect(compareUtf8('～', '😀')).toBeLessThan(0);
    expect(compareUtf8('\uffff', '😀')).toBeLessThan(0);
    expect('\uffff' < '😀').toBe(false);
  });
});

describe('payload', () => {
  it('reads gzipped and decompressed files, and refuses files without the signature', () => {
    const data = Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from([0x81, 1])]);
    expect([...payload(gzipSync(data))]).toEqual([0x81, 1]);
    expect([...payload(data)]).toEqual([0x81, 1]);
    expect(() => payload(gzipSync(Buffer.from('something else')))).toThrow(/签名/);
  });
  it('reads them the same off the main thread', async () => {
    const data = Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from([0x81, 1])]);
    expect([...(await payloadOffThread(gzipSync(data)))]).toEqual([0x81, 1]);
    expect([...(await payloadOffThread(data))]).toEqual([0x81, 1]);
    await expect(payloadOffThread(gzipSync(Buffer.from('something else')))).rejects.toThrow(/签名/);
  });
});
