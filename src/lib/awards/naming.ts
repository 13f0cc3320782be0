/**
 * How the record names an award and numbers its certificate, as the sample
 * rolls do: `<year>-<body>-<holder>` (body `top` for the top ten, `sd` for
 * the provincial federation, `city`, `county`), and serials
 * `<issuer>工家证〔<year>〕001` (工娘证 for a 娘家人), numbered on from the
 * highest serial of that issuer and year. R9 keeps both unique.
 */
import { CITY_LABELS } from '../domain/vocab.ts';
import { allowedConferrers } from './conferrers.ts';
import type { HomeInput, Holder } from './types.ts';

/** The level of the body that conferred a title on a home (R2). */
export type ConferringBody = 'province' | 'city' | 'county';

/** Which of the home's superior bodies `conferrer` is; undefined when it is none of them (R2 reports it). */
export function conferringBody(
  conferrer: string,
  home: Pick<HomeInput, 'city' | 'county'>,
): ConferringBody | undefined {
  const [province, city, county] = allowedConferrers(home);
  return ({ [province!]: 'province', [city!]: 'city', [county!]: 'county' } as const)[conferrer];
}

const BODY_CODE: Record<ConferringBody, string> = { province: 'sd', city: 'city', county: 'county' };

/** `2025-top-jinan-steel-works`, `2021-city-shi-lei`. */
export function awardIdFor(year: number, holder: Holder, body: ConferringBody | undefined, topTen: boolean): string {
  const code = topTen ? 'top' : body ? BODY_CODE[body] : 'other';
  return `${year}-${code}-${holder.id}`;
}

/** `鲁工家证`, `济工家证`, `垦利工娘证`: the issuer's short name and the kind of certificate. */
export function serialPrefix(
  body: ConferringBody | undefined,
  home: Pick<HomeInput, 'city' | 'county'>,
  kind: Holder['kind'],
): string {
  const issuer =
    body === 'county'
      ? home.county.replace(/[区县市]$/, '')
      : body === 'city'
        ? CITY_LABELS[home.city].charAt(0)
        : '鲁';
  return `${issuer}${kind === 'home' ? '工家证' : '工娘证'}`;
}

/** The next serial after the highest of `used` with the same prefix and year, three digits at least. */
export function nextSerial(prefix: string, year: number, used: Iterable<string>): string {
  const head = `${prefix}〔${year}〕`;
  let highest = 0;
  for (const serial of used) {
    if (!serial.startsWith(head)) continue;
    const n = Number(serial.slice(head.length));
    if (Number.isInteger(n) && n > highest) highest = n;
  }
  return `${head}${String(highest + 1).padStart(3, '0')}`;
}
