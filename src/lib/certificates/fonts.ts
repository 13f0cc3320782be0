/**
 * The certificate fonts: Noto Serif SC (Google Fonts build of the Source Han
 * Serif design, all of URO and Ext A) first, then Noto Serif TC and JP only
 * for the rare characters SC lacks (TC: ~1,700 Ext B, e.g. HKSCS; JP: 𠮷 and
 * other JIS X 0213 characters). All three are TTF files from npm packages, so
 * nothing is fetched at build time. Node-only (reads files).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fontCodePoints } from './cmap.ts';
import { codePointName, MissingGlyphError } from './missing-glyph.ts';

export type FontWeight = 400 | 700 | 900;

interface Family {
  name: string;
  pkg: string;
  prefix: string;
  weights: readonly FontWeight[];
  /**
   * Satori's locale for the family. Every family needs one: satori puts fonts
   * without a locale ahead of those matching the text's locale (zh-CN), so an
   * unlabelled JP fallback would draw shared Han characters in Japanese forms.
   */
  lang: 'zh-CN' | 'zh-TW' | 'ja-JP';
}

/** In fallback order: a character is drawn with the first family that has it. */
export const FAMILIES: readonly Family[] = [
  {
    name: 'Noto Serif SC',
    pkg: '@expo-google-fonts/noto-serif-sc',
    prefix: 'NotoSerifSC',
    weights: [400, 700, 900],
    lang: 'zh-CN',
  },
  {
    name: 'Noto Serif TC',
    pkg: '@expo-google-fonts/noto-serif-tc',
    prefix: 'NotoSerifTC',
    weights: [400, 700, 900],
    lang: 'zh-TW',
  },
  {
    name: 'Noto Serif JP',
    pkg: '@expo-google-fonts/noto-serif-jp',
    prefix: 'NotoSerifJP',
    weights: [400, 700, 900],
    lang: 'ja-JP',
  },
];
export const PRIMARY_FAMILY = FAMILIES[0]!.name;

const WEIGHT_DIR: Record<FontWeight, string> = { 400: '400Regular', 700: '700Bold', 900: '900Black' };

/** The satori `fonts` option entry (satori's FontOptions). */
export interface SatoriFont {
  name: string;
  data: Buffer;
  weight: FontWeight;
  style: 'normal';
  lang: string;
}

const require = createRequire(import.meta.url);

/** Absolute path of one face's TTF file inside node_modules. */
export function fontFile(family: Family, weight: FontWeight): string {
  const dir = dirname(require.resolve(`${family.pkg}/package.json`));
  return join(dir, WEIGHT_DIR[weight], `${family.prefix}_${WEIGHT_DIR[weight]}.ttf`);
}

/**
 * Font bytes by family name and weight: the full files, or a subset made for
 * one batch (subset.ts). Satori only ever sees what is in here.
 */
export type FontData = ReadonlyMap<string, ReadonlyMap<FontWeight, Uint8Array>>;

let fullFonts: FontData | undefined;
/** The full font files, read once per process (about 100 MB). */
export function fullFontData(): FontData {
  fullFonts ??= new Map(
    FAMILIES.map(
      (family) =>
        [family.name, new Map(family.weights.map((w) => [w, readFileSync(fontFile(family, w))] as const))] as const,
    ),
  );
  return fullFonts;
}

// One cmap per family: the weights of a family map the same characters (checked by fonts.test.ts).
const coverageCache = new Map<string, Set<number>>();
export function familyCoverage(family: Family): Set<number> {
  let set = coverageCache.get(family.name);
  if (!set) {
    set = fontCodePoints(readFileSync(fontFile(family, 400)));
    coverageCache.set(family.name, set);
  }
  return set;
}

/** Characters no font needs: whitespace, joiners and variation selectors (drawn as nothing). */
const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/u;

// The characters each family holds in some font data (a batch's subset), read from its cmap once.
const dataCoverage = new WeakMap<FontData, Map<string, Set<number>>>();
function coverageIn(data: FontData, family: Family): Set<number> {
  let byFamily = dataCoverage.get(data);
  if (!byFamily) dataCoverage.set(data, (byFamily = new Map()));
  let set = byFamily.get(family.name);
  if (!set) {
    const bytes = data.get(family.name)?.get(family.weights[0]!);
    set = bytes ? fontCodePoints(bytes) : new Set();
    byFamily.set(family.name, set);
  }
  return set;
}

/**
 * The families some text needs, primary first. Throws a MissingGlyphError
 * naming the character, its code point, the field and the subject (e.g.
 * "证书 鲁工家证〔2024〕0012") when no family has a character: a blank box
 * must never be printed. With `data` (a batch's subset), also checks that
 * the subset holds every character, which would be a bug in the batch.
 */
export function familiesFor(
  fields: ReadonlyArray<readonly [field: string, text: string]>,
  subject: string,
  data?: FontData,
): Family[] {
  const needed = new Set<Family>([FAMILIES[0]!]);
  for (const [field, text] of fields) {
    for (const char of text) {
      if (INVISIBLE.test(char)) continue;
      const cp = char.codePointAt(0)!;
      const family = FAMILIES.find((f) => familyCoverage(f).has(cp));
      if (!family) throw new MissingGlyphError(char, field, subject);
      if (data && !coverageIn(data, family).has(cp)) {
        throw new Error(
          `${subject}：本批次的字体子集缺少字符“${char}”（${codePointName(char)}），这是程序错误，请报告开发人员`,
        );
      }
      needed.add(family);
    }
  }
  return FAMILIES.filter((f) => needed.has(f));
}

// Satori caches its parsed fonts by the identity of these objects, so keep one list per font data and family set.
const fontLists = new WeakMap<FontData, Map<string, SatoriFont[]>>();
/** The satori font list for some families: the same array (same Buffers) every time. */
export function satoriFonts(families: readonly Family[], data: FontData = fullFontData()): SatoriFont[] {
  let lists = fontLists.get(data);
  if (!lists) fontLists.set(data, (lists = new Map()));
  const key = families.map((f) => f.name).join('|');
  let list = lists.get(key);
  if (!list) {
    list = families.flatMap((family) =>
      family.weights.flatMap((weight) => {
        const bytes = data.get(family.name)?.get(weight);
        if (!bytes) return [];
        const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        return [{ name: family.name, data: buffer, weight, style: 'normal' as const, lang: family.lang }];
      }),
    );
    lists.set(key, list);
  }
  return list;
}

interface FileHash {
  /** What stat() said when the file was hashed; any change (ctime included) hashes it again. */
  stat: string;
  sha256: string;
}

function statKey(path: string): string {
  const s = statSync(path, { bigint: true });
  return [s.dev, s.ino, s.size, s.mtimeNs, s.ctimeNs].join(':');
}

function readMemo(file: string | undefined): Record<string, FileHash> {
  if (!file || !existsSync(file)) return {};
  try {
    const memo = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return memo && typeof memo === 'object' ? (memo as Record<string, FileHash>) : {};
  } catch {
    return {};
  }
}

/**
 * SHA-256 over every font file the renderer may use. With `memoFile`, each
 * file's hash is kept there and reused while the file's device, inode, size,
 * mtime and ctime are unchanged (a reinstalled package is a new file, with a
 * new inode and ctime); without, every file is read and hashed (~0.7 s).
 */
export function hashFontFiles(memoFile?: string): string {
  const memo = readMemo(memoFile);
  let changed = false;
  const hash = createHash('sha256');
  for (const family of FAMILIES) {
    for (const weight of family.weights) {
      const path = fontFile(family, weight);
      const stat = memoFile ? statKey(path) : '';
      let known = memo[path];
      if (!memoFile || !known || known.stat !== stat || !/^[0-9a-f]{64}$/.test(known.sha256)) {
        known = { stat, sha256: createHash('sha256').update(readFileSync(path)).digest('hex') };
        memo[path] = known;
        changed = true;
      }
      hash.update(`${family.name}:${weight}:`);
      hash.update(Buffer.from(known.sha256, 'hex'));
    }
  }
  if (memoFile && changed) {
    try {
      mkdirSync(dirname(memoFile), { recursive: true });
      const temp = `${memoFile}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(memo, null, 1));
      renameSync(temp, memoFile);
    } catch {
      // Only a lost shortcut: the next run hashes the files again.
    }
  }
  return hash.digest('hex');
}

let fingerprint: string | undefined;
/** hashFontFiles once per process: part of the render cache key (cache.ts). */
export function fontFingerprint(memoFile?: string): string {
  fingerprint ??= hashFontFiles(memoFile);
  return fingerprint;
}

/** @font-face rules for the same files, for a browser (the Chromium benchmark). */
export function fontFaceCss(): string {
  return FAMILIES.flatMap((family) =>
    family.weights.map(
      (weight) =>
        `@font-face{font-family:"${family.name}";font-weight:${weight};src:url("file://${fontFile(family, weight)}") format("truetype")}`,
    ),
  ).join('');
}
