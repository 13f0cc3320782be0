/**
 * Fail early on a character no certificate font can draw: every text the
 * certificates and share images print (names, units, citations, conferrers,
 * serials, titles) is checked before the build, with the certificate fonts
 * themselves (certificates/fonts.ts), and each missing character is named by
 * file, line, field, person, character and code point.
 */
import { familiesFor } from '../certificates/fonts.ts';
import { MissingGlyphError } from '../certificates/missing-glyph.ts';
import type { Entries, Entry } from '../content/check.ts';
import { describeField } from '../content/field-labels.ts';
import type { Problem } from '../content/problem.ts';

/** One printed text: where it is written and whose certificate or card it is on. */
export interface PrintedText {
  entry: Pick<Entry, 'file' | 'locate'>;
  path: PropertyKey[];
  text: string;
  /** Who or what it is printed for: a person's or a home's name. */
  who: string;
}

/** The characters of `text` that no certificate font has, each once. */
export function missingCharacters(text: string): string[] {
  const missing: string[] = [];
  let rest = text;
  for (;;) {
    try {
      familiesFor([['text', rest]], '');
      return missing;
    } catch (error) {
      if (!(error instanceof MissingGlyphError)) throw error;
      missing.push(error.char);
      rest = rest.split(error.char).join('');
    }
  }
}

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Problems for every character of every printed text that cannot be drawn. */
export function checkGlyphs(texts: readonly PrintedText[]): Problem[] {
  return texts.flatMap(({ entry, path, text, who }) =>
    missingCharacters(text).map((char) => {
      const at = entry.locate(path);
      const index = text.indexOf(char);
      return {
        file: entry.file,
        line: at.line,
        col: at.col + (index >= 0 ? [...text.slice(0, index)].length : 0),
        field: describeField(path).field,
        message: `字“${char}”（${codePoint(char)}）在证书字体（思源宋体 SC/TC/JP）中都没有字形，${who}的证书或分享图无法印制`,
        hint: '核对这个字是否录入正确（私用区字符、未编码的字或造字都无法印制）；确为正式用字的，请联系技术人员增加字体',
      };
    }),
  );
}

type Data = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** What the certificates and share images print, from the valid entries. */
export function printedTexts(
  entries: Entries,
  siteShortName?: { entry: PrintedText['entry']; text: string },
): PrintedText[] {
  const texts: PrintedText[] = [];
  const homes = new Map(entries.homes.map((h) => [h.id, h]));
  const people = new Map(entries.people.map((p) => [p.id, p]));
  for (const h of entries.homes) {
    const d = h.data as Data;
    for (const key of ['title', 'unit'])
      texts.push({ entry: h, path: [key], text: str(d[key]), who: `职工之家“${str(d['title'])}”` });
  }
  for (const p of entries.people) {
    texts.push({
      entry: p,
      path: ['name'],
      text: str((p.data as Data)['name']),
      who: `娘家人“${str((p.data as Data)['name'])}”（${p.id}）`,
    });
  }
  for (const s of entries.stories) {
    texts.push({ entry: s, path: ['title'], text: str((s.data as Data)['title']), who: `案例“${s.id}”` });
  }
  for (const list of entries.honors) {
    const awards = (list.data as { awards: Data[] }).awards;
    awards.forEach((a, i) => {
      const holder = str(a['home']) ? homes.get(str(a['home'])) : people.get(str(a['person']));
      const who = holder
        ? `${str((holder.data as Data)['name'] ?? (holder.data as Data)['title'])}`
        : str(a['home'] ?? a['person']);
      for (const key of ['serial', 'citation', 'conferrer']) {
        if (str(a[key])) texts.push({ entry: list, path: ['awards', i, key], text: str(a[key]), who: `“${who}”` });
      }
    });
  }
  if (siteShortName) texts.push({ ...siteShortName, path: ['shortName'], who: '本站' });
  return texts;
}
