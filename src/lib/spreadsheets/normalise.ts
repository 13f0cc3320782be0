/**
 * What offices type into a sheet, made into the values the content uses:
 * full-width digits and letters, stray and ideographic spaces, dates in the
 * forms people write them (or Excel date cells), 是/否/√, and the Chinese
 * names of levels, unit types, roles, cities and review results. Each parser
 * returns the value or the reason it could not read it; none guesses.
 */
import { isRealDate } from '../schemas/common.ts';
import {
  CITIES,
  CITY_LABELS,
  LEVELS,
  LEVEL_LABELS,
  PERSON_ROLES,
  PERSON_ROLE_LABELS,
  UNIT_TYPES,
  UNIT_TYPE_LABELS,
  type City,
  type Level,
  type PersonRole,
  type UnitType,
} from '../domain/vocab.ts';

/** One cell as read from a sheet. */
export type CellValue = string | number | boolean | Date | null;

/** A parsed value, or why the cell could not be read (`bad`: not this kind of value; `no-such-day`: a date that does not exist). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: 'bad' | 'no-such-day' };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(): Parsed<T> => ({ ok: false, reason: 'bad' });

/** Full-width digits and Latin letters (０-９, Ａ-Ｚ, ａ-ｚ) as their ASCII forms; other characters kept. */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/** A cell as one line of text: widths folded, invisible and ideographic spaces made plain, runs of space collapsed. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return isoFromDate(value);
  return foldWidth(String(value))
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[\s\u3000\u00A0]+/g, ' ')
    .trim();
}

const CJK = '\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFF0F\\uFF1A-\\uFF20“”‘’';
const SPACE_BY_CJK = new RegExp(`(?<=[${CJK}]) | (?=[${CJK}])`, 'gu');

/** A name (of a home, a unit, a person, a body): also drops spaces typed next to Chinese characters (王 𠮷 -> 王𠮷). */
export function nameText(value: CellValue): string {
  return cellText(value).replace(SPACE_BY_CJK, '');
}

/** A name reduced for comparison: compatibility forms folded (（）-> ()), all spaces dropped. */
export function nameKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

function isoFromDate(date: Date): string {
  // Excel stores days; ExcelJS gives UTC midnight, give or take a rounding error below a second.
  return new Date(date.getTime() + 1000).toISOString().slice(0, 10);
}

/** Excel's day number for 1970-01-01 (the 1900 date system). */
const EXCEL_UNIX_EPOCH = 25569;

const DATE_PATTERNS = [
  /^(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

/**
 * A date as `YYYY-MM-DD` from an Excel date cell, an Excel day number, or
 * text: 2026-04-26, 2026/4/26, 2026.4.26, 2026年4月26日 (full-width digits too).
 */
export function parseDate(value: CellValue): Parsed<string> {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? bad() : ok(isoFromDate(value));
  if (typeof value === 'number') {
    // A date cell that lost its format shows its day number: 2026-04-26 is 46138.
    if (!Number.isInteger(value) || value < 20000 || value > 80000) return bad();
    return ok(new Date((value - EXCEL_UNIX_EPOCH) * 86_400_000).toISOString().slice(0, 10));
  }
  const text = cellText(value);
  for (const pattern of DATE_PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    return isRealDate(iso) ? ok(iso) : { ok: false, reason: 'no-such-day' };
  }
  return bad();
}

const YES = new Set(['是', '√', '✓', '✔', '☑', 'y', 'yes', 'true', '1', '十佳']);
const NO = new Set(['否', '', '×', '✗', '✘', 'x', 'n', 'no', 'false', '0', '-', '—', '/', '无']);

/** 是/否, √ or empty. */
export function parseYesNo(value: CellValue): Parsed<boolean> {
  if (typeof value === 'boolean') return ok(value);
  const text = cellText(value).toLowerCase();
  if (YES.has(text)) return ok(true);
  if (NO.has(text)) return ok(false);
  return bad();
}

/** Looks `text` up among the codes and labels of a vocabulary, then among extra names. */
function fromVocabulary<K extends string>(
  text: string,
  keys: readonly K[],
  labels: Record<K, string>,
  extra: Record<string, K> = {},
): Parsed<K> {
  const key = nameKey(text);
  for (const k of keys) if (key === nameKey(k) || key === nameKey(labels[k])) return ok(k);
  const found = extra[key];
  return found ? ok(found) : bad();
}

/** 合格/先进/模范, also written with 级 or as the title (模范职工之家, 省级模范“娘家人”). */
export function parseLevel(value: CellValue): Parsed<Level> {
  const text = nameText(value);
  const direct = fromVocabulary(text, LEVELS, LEVEL_LABELS);
  if (direct.ok) return direct;
  const named = LEVELS.filter((l) => text.includes(LEVEL_LABELS[l]));
  return named.length === 1 ? ok(named[0]!) : bad();
}

const UNIT_TYPE_NAMES: Record<string, UnitType> = {
  机关: 'public-institution',
  事业: 'public-institution',
  事业单位: 'public-institution',
  机关事业: 'public-institution',
  机关事业单位: 'public-institution',
  '机关(事业)单位': 'public-institution',
  国有: 'state-owned',
  集体: 'state-owned',
  国企: 'state-owned',
  国有企业: 'state-owned',
  国有集体: 'state-owned',
  国有集体企业: 'state-owned',
  '国有(集体)企业': 'state-owned',
  非公: 'non-public',
  非公有制企业: 'non-public',
  民营企业: 'non-public',
  私营企业: 'non-public',
};

/** 机关（事业）/ 国有（集体）/ 非公企业, and the usual shorter or longer names. */
export function parseUnitType(value: CellValue): Parsed<UnitType> {
  return fromVocabulary(nameText(value), UNIT_TYPES, UNIT_TYPE_LABELS, UNIT_TYPE_NAMES);
}

/** 工会主席 / 工会副主席 (主席, 副主席). */
export function parseRole(value: CellValue): Parsed<PersonRole> {
  return fromVocabulary(nameText(value), PERSON_ROLES, PERSON_ROLE_LABELS, { 主席: 'chair', 副主席: 'vice-chair' });
}

const CITY_SHORT = Object.fromEntries(CITIES.map((c) => [nameKey(CITY_LABELS[c].replace(/市$/, '')), c])) as Record<
  string,
  City
>;

/** One of the sixteen cities: 济南市, 济南 or jinan. */
export function parseCity(value: CellValue): Parsed<City> {
  return fromVocabulary(nameText(value), CITIES, CITY_LABELS, CITY_SHORT);
}

const RESULT_LABELS = { pass: '合格', fail: '不合格' } as const;
const RESULT_NAMES: Record<string, 'pass' | 'fail'> = {
  通过: 'pass',
  达标: 'pass',
  未通过: 'fail',
  不通过: 'fail',
  未达标: 'fail',
};

/** A re-review's or rectification's result: 合格 / 不合格 (通过 / 未通过). */
export function parseResult(value: CellValue): Parsed<'pass' | 'fail'> {
  return fromVocabulary(nameText(value), ['pass', 'fail'] as const, RESULT_LABELS, RESULT_NAMES);
}

export function resultLabel(result: 'pass' | 'fail'): string {
  return RESULT_LABELS[result];
}

const SERIAL = /^(.*?)[〔【[（(［](\d{4})[〕】\]）)］](.+)$/;

/** A certificate serial: no spaces, ASCII digits, and the year in 〔〕 whichever brackets were typed. */
export function normaliseSerial(value: CellValue): string {
  const text = cellText(value).replace(/\s+/g, '');
  const m = SERIAL.exec(text);
  return m ? `${m[1]}〔${m[2]}〕${m[3]}` : text;
}
