import { encode } from 'cborg';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARRAY, CborReader, CborWriter, NEGINT, TEXT, UINT } from './cbor-bytes.ts';

const int = fc.oneof(fc.integer({ min: -(2 ** 31), max: 2 ** 32 - 1 }), fc.integer({ min: -30, max: 300 }));

describe('CBOR item by item', () => {
  it('writes integers, text and array heads as cborg (and minicbor) encode them', () => {
    fc.assert(
      fc.property(fc.array(int), fc.string(), (ints, text) => {
        const w = new CborWriter();
        w.head(ARRAY, 2);
        w.text(Buffer.from(text));
        w.head(ARRAY, ints.length);
        for (const n of ints) w.head(n < 0 ? NEGINT : UINT, n < 0 ? -1 - n : n);
        expect(Buffer.from(w.view())).toEqual(Buffer.from(encode([text, ints])));
      }),
    );
  });

  it('reads back what cborg writes', () => {
    fc.assert(
      fc.property(fc.array(int), fc.string(), (ints, text) => {
        const r = new CborReader(encode([text, ints]));
        expect(r.array()).toBe(2);
        const [start, end] = r.text();
        expect(Buffer.from(r.bytes.subarray(start, end)).toString()).toBe(text);
        expect(r.array()).toBe(ints.length);
        for (const n of ints) {
          const major = r.head();
          expect(major === NEGINT ? -1 - r.value : r.value).toBe(n);
        }
        expect(r.pos).toBe(r.bytes.length);
      }),
    );
  });

  it('says what it expected when the bytes are something else', () => {
    expect(() => new CborReader(encode('x')).array()).toThrow(/expected an array/);
    expect(() => new CborReader(encode([1])).uint()).toThrow(/unsigned/);
    expect(() => new CborReader(Uint8Array.of(0xfb, 0, 0, 0, 0, 0, 0, 0, 0)).head()).toThrow(/unsupported/);
    expect(TEXT).toBe(3);
  });
});
