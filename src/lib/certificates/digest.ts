/**
 * The digest printed on a certificate and checked by the verification page:
 * SHA-256 over a canonical JSON form of the award record, so that key order,
 * Unicode normalisation and whitespace in the source file cannot change it.
 */
import { sha256Hex } from './sha256.ts';

/**
 * Canonical JSON of a record: object keys sorted by UTF-16 code units (after
 * NFC), every string NFC-normalised, `undefined` members dropped, arrays kept
 * in order, no whitespace. A Date becomes `YYYY-MM-DD` at UTC midnight (as
 * the content schemas read YAML dates), else its full ISO time.
 * Values JSON cannot hold exactly (NaN, Infinity, bigint, functions) throw.
 */
export function canonicalForm(record: object): string {
  return encode(record, '$');
}

/** Hex SHA-256 of `canonicalForm(record)`. */
export function recordDigest(record: object): string {
  return sha256Hex(canonicalForm(record));
}

function encode(value: unknown, path: string): string {
  if (value === null) return 'null';
  if (value instanceof Date) return JSON.stringify(dateString(value, path));
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.normalize('NFC'));
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw unsupported(path, String(value));
      return JSON.stringify(value);
    case 'object':
      if (Array.isArray(value)) {
        return `[${value.map((item, i) => (item === undefined ? 'null' : encode(item, `${path}[${i}]`))).join(',')}]`;
      }
      return encodeObject(value as Record<string, unknown>, path);
    default:
      throw unsupported(path, typeof value);
  }
}

function encodeObject(object: Record<string, unknown>, path: string): string {
  const entries = new Map<string, unknown>();
  for (const [key, member] of Object.entries(object)) {
    if (member === undefined) continue;
    const nfcKey = key.normalize('NFC');
    if (entries.has(nfcKey))
      throw new Error(`canonicalForm: ${path} has two keys that are the same after NFC: "${nfcKey}"`);
    entries.set(nfcKey, member);
  }
  const keys = [...entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${keys.map((k) => `${JSON.stringify(k)}:${encode(entries.get(k), `${path}.${k}`)}`).join(',')}}`;
}

function dateString(date: Date, path: string): string {
  if (Number.isNaN(date.getTime())) throw unsupported(path, 'Invalid Date');
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

function unsupported(path: string, found: string): Error {
  return new Error(
    `canonicalForm: ${path} is ${found}, which has no canonical JSON form; allowed are strings, finite numbers, booleans, null, arrays, plain objects and dates`,
  );
}
