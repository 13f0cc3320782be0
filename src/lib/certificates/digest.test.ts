import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalForm, recordDigest } from './digest.ts';

/** What a person checking a certificate runs: coreutils' sha256sum over the UTF-8 bytes. */
const sha256sum = (s: string): string =>
  spawnSync('sha256sum', { input: Buffer.from(s, 'utf8') })
    .stdout.toString()
    .split(' ')[0]!;

describe('canonicalForm', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalForm({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('normalises strings and keys to NFC', () => {
    const decomposed = 'Cafe\u0301';
    expect(canonicalForm({ [decomposed]: decomposed })).toBe(canonicalForm({ 'Caf\u00e9': 'Caf\u00e9' }));
  });

  it('writes YAML dates as the schemas read them', () => {
    expect(canonicalForm({ d: new Date('2024-04-28T00:00:00Z') })).toBe('{"d":"2024-04-28"}');
  });

  it.each([[{ n: NaN }], [{ n: Infinity }], [{ f: () => 1 }], [{ b: 1n }]])('refuses %o, naming the path', (value) => {
    expect(() => canonicalForm(value)).toThrow(/\$\.[nfb]/);
  });

  it('does not depend on key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (object) => {
        const reversed = Object.fromEntries(Object.entries(object).reverse());
        expect(canonicalForm(reversed)).toBe(canonicalForm(object));
      }),
    );
  });
});

describe('recordDigest', () => {
  const record = { id: 'a-1', serial: '鲁工家证〔2024〕0012', level: 'model', year: 2024, home: 'jinan-steel' };

  it('is the SHA-256 of the canonical form, as sha256sum computes it', () => {
    expect(recordDigest(record)).toBe(sha256sum(canonicalForm(record)));
    expect(recordDigest(record)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when any one field changes', () => {
    const base = recordDigest(record);
    for (const [key, value] of Object.entries(record)) {
      const changed = { ...record, [key]: typeof value === 'number' ? value + 1 : `${value}x` };
      expect(recordDigest(changed), key).not.toBe(base);
    }
  });
});
