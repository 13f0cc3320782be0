import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { fontCodePoints } from './cmap.ts';
import { FAMILIES, familiesFor, familyCoverage, fontFile, hashFontFiles, satoriFonts } from './fonts.ts';
import { MissingGlyphError } from './missing-glyph.ts';

const [SC, TC, JP] = FAMILIES as [(typeof FAMILIES)[0], (typeof FAMILIES)[0], (typeof FAMILIES)[0]];
const cp = (c: string): number => c.codePointAt(0)!;

describe('font coverage', () => {
  it('the primary family has every URO and Ext A character and the rare names used in samples', () => {
    const sc = familyCoverage(SC);
    for (const range of [
      [0x4e00, 0x9fff],
      [0x3400, 0x4dbf],
    ] as const) {
      for (let c = range[0]; c <= range[1]; c++) if (!sc.has(c)) throw new Error(`SC lacks U+${c.toString(16)}`);
    }
    for (const ch of '䶮堃喆燊〇〔〕“”：') expect(sc.has(cp(ch)), ch).toBe(true);
  });

  it('𠮷 (U+20BB7) comes from the JP fallback', () => {
    expect(familyCoverage(SC).has(0x20bb7)).toBe(false);
    expect(familyCoverage(JP).has(0x20bb7)).toBe(true);
    expect(familiesFor([['recipient', '王𠮷']], 'test').map((f) => f.name)).toEqual([SC.name, JP.name]);
  });

  it('the TC fallback adds Ext B characters SC lacks', () => {
    const sc = familyCoverage(SC);
    const extra = [...familyCoverage(TC)].filter((c) => c >= 0x20000 && c <= 0x2a6df && !sc.has(c));
    expect(extra.length).toBeGreaterThan(1000);
  });

  it('the weights of a family map the same characters', () => {
    const regular = familyCoverage(SC);
    const black = fontCodePoints(readFileSync(fontFile(SC, 900)));
    expect(black.size).toBe(regular.size);
    expect([...black].every((c) => regular.has(c))).toBe(true);
  });
});

describe('familiesFor', () => {
  it('needs only SC for ordinary text', () => {
    expect(familiesFor([['citation', '山东省总工会 2024 SHA-256 abc']], 'x').map((f) => f.name)).toEqual([SC.name]);
  });

  it.each([
    ['\ue000', 'U+E000'],
    ['\u{2ebf0}', 'U+2EBF0'],
    ['\u{31350}', 'U+31350'],
  ])('throws for %j, naming the character, its code point, the field and the subject', (char, name) => {
    let error: unknown;
    try {
      familiesFor([['recipient', `李${char}明`]], '证书 鲁工家证〔2024〕0012');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MissingGlyphError);
    const glyph = error as MissingGlyphError;
    expect(glyph.codePoint).toBe(name);
    expect(glyph.char).toBe(char);
    expect(glyph.message).toContain(name);
    expect(glyph.message).toContain(char);
    expect(glyph.message).toContain('recipient');
    expect(glyph.message).toContain('鲁工家证〔2024〕0012');
  });

  it('ignores whitespace, joiners and variation selectors', () => {
    expect(() => familiesFor([['x', '葛\u{e0100} \u200d\n']], 'x')).not.toThrow();
  });
});

describe('satoriFonts', () => {
  // Satori tries fonts without a locale before those matching the text's
  // locale: an unlabelled JP fallback once drew 誉 (shared by zh and ja) in
  // its Japanese form on zh-CN certificates.
  it('draws shared Han characters from SC even when the TC and JP fallbacks are loaded', async () => {
    const draw = async (families: typeof FAMILIES): Promise<string> =>
      satori(
        {
          type: 'div',
          props: { lang: 'zh-CN', style: { display: 'flex', fontSize: 40, fontWeight: 700 }, children: '荣誉证书直骨' },
        } as never,
        { width: 300, height: 60, fonts: satoriFonts(families) },
      );
    expect(await draw(FAMILIES)).toBe(await draw([SC]));
  });
});

describe('hashFontFiles', () => {
  it('keeps the hash of each file in a memo, trusted only while stat() says the file is the same', () => {
    const dir = mkdtempSync(join(tmpdir(), 'font-hashes-'));
    try {
      const memo = join(dir, 'font-hashes.json');
      const full = hashFontFiles();
      expect(full).toMatch(/^[0-9a-f]{64}$/);
      expect(hashFontFiles(memo)).toBe(full);
      const kept = JSON.parse(readFileSync(memo, 'utf8')) as Record<string, { stat: string; sha256: string }>;
      expect(Object.keys(kept)).toHaveLength(FAMILIES.reduce((n, f) => n + f.weights.length, 0));
      expect(hashFontFiles(memo)).toBe(full);
      const file = fontFile(SC, 400);
      const forged = { stat: kept[file]!.stat, sha256: '0'.repeat(64) };
      // An entry whose stat matches is used as it is: the file is not read again ...
      writeFileSync(memo, JSON.stringify({ ...kept, [file]: forged }));
      expect(hashFontFiles(memo)).not.toBe(full);
      // ... one whose stat differs (the file was replaced or touched) is hashed again and corrected.
      writeFileSync(memo, JSON.stringify({ ...kept, [file]: { ...forged, stat: 'another file' } }));
      expect(hashFontFiles(memo)).toBe(full);
      expect(JSON.parse(readFileSync(memo, 'utf8'))).toEqual(kept);
      // A memo that is not JSON is ignored and rewritten.
      writeFileSync(memo, '{');
      expect(hashFontFiles(memo)).toBe(full);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
