/**
 * The certificate lookup on /verify/: a static index from typed-serial keys
 * to verification pages, and the search the page runs in the browser over
 * it. Runs in the browser: keep it small.
 */
import { serialDigits, serialKey } from './serial-key.ts';

/** A certificate as the lookup shows it: its verification page and its serial. */
export type Found = [slug: string, serial: string];
/** serialKey -> the certificates with that key (one, unless two serials differ only in brackets). */
export type VerifyIndex = Record<string, Found[]>;

export function verifyIndex(certificates: ReadonlyArray<{ serial: string; slug: string }>): VerifyIndex {
  const index: VerifyIndex = {};
  for (const { serial, slug } of certificates) (index[serialKey(serial)] ??= []).push([slug, serial]);
  return index;
}

/**
 * The certificates a typed text names: by its key, or, when only digits were
 * typed (2024003), by the digits of every serial.
 */
export function lookUp(index: VerifyIndex, typed: string): Found[] {
  const key = serialKey(typed);
  if (!key) return [];
  if (index[key]) return index[key];
  if (!/^\d+$/.test(key)) return [];
  return Object.entries(index)
    .filter(([k]) => serialDigits(k) === key)
    .flatMap(([, found]) => found);
}
