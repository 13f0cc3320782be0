/**
 * Finds the numbers in a line that identify a person, however they are
 * grouped: mobile numbers (with +86 or 0086), 18- and 15-digit ID numbers
 * and bank card numbers, written whole or with spaces, dots or hyphens.
 * Each kind is checked as well as it can be (ID check digit, birth date and
 * province; card Luhn check and issuer prefix) so that dates, serials,
 * years and statistics are left alone.
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
/** GB/T 2260 province codes: the first two digits of every ID number. */
const PROVINCES = new Set([
  ...[11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37],
  ...[41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82],
]);

function isRealDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** GB 11643-1999: the 18th character of an ID number is a check over the first 17; the birth date is real. */
export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/i.test(id) || !PROVINCES.has(Number(id.slice(0, 2)))) return false;
  const sum = ID_WEIGHTS.reduce((s, w, i) => s + w * Number(id[i]), 0);
  if (ID_CHECK[sum % 11] !== id[17]!.toUpperCase()) return false;
  const y = Number(id.slice(6, 10));
  return y >= 1900 && isRealDay(y, Number(id.slice(10, 12)), Number(id.slice(12, 14)));
}

/** The first-generation 15-digit ID number: province, area, YYMMDD birth date (19YY), sequence. No check digit. */
export function isValidOldIdNumber(id: string): boolean {
  if (!/^\d{15}$/.test(id) || !PROVINCES.has(Number(id.slice(0, 2)))) return false;
  return isRealDay(1900 + Number(id.slice(6, 8)), Number(id.slice(8, 10)), Number(id.slice(10, 12)));
}

/** The Luhn check bank card numbers carry. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let n = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

export interface FoundNumber {
  kind: 'mobile' | 'id' | 'card';
  /** The digits, without separators or country code. */
  digits: string;
  /** Where it starts in the line (0-based). */
  index: number;
}

interface Token {
  text: string;
  index: number;
}

const lengths = (tokens: Token[]) => tokens.map((t) => t.text.replace('+', '').length).join(',');

/** The mobile number a window of tokens writes, without its country code (+86, 0086, 86), if it is one. */
function mobileDigits(tokens: Token[]): string | undefined {
  const joined = /^(\+86|0086)(1[3-9]\d{9})$/.exec(tokens.length === 1 ? tokens[0]!.text : '');
  if (joined) return joined[2];
  const country = tokens.length > 1 && /^(\+86|0086|86)$/.test(tokens[0]!.text);
  const rest = country ? tokens.slice(1) : tokens;
  const local = rest.map((t) => t.text).join('');
  return /^1[3-9]\d{9}$/.test(local) && ['11', '3,4,4', '3,8'].includes(lengths(rest)) ? local : undefined;
}

function classify(tokens: Token[]): FoundNumber['kind'] | undefined {
  if (mobileDigits(tokens)) return 'mobile';
  if (tokens[0]!.text.startsWith('+') || tokens[0]!.text.startsWith('00')) return undefined;
  const digits = tokens.map((t) => t.text).join('');
  const shape = lengths(tokens);
  if (digits.length === 18 && isValidIdNumber(digits)) return 'id';
  if (digits.length === 15 && ['15', '6,6,3'].includes(shape) && isValidOldIdNumber(digits)) return 'id';
  const grouped = tokens.length === 1 || (tokens.length >= 3 && tokens.slice(0, -1).every((t) => t.text.length === 4));
  // Issuers: 3 (JCB, Amex), 4 (Visa), 5 (Mastercard), 6 (UnionPay), 94/95 (older domestic debit cards).
  if (/^([3-6]|9[45])\d{14,18}$/.test(digits) && grouped && passesLuhn(digits)) return 'card';
  return undefined;
}

/** Runs of digit groups joined by single spaces, dots or hyphens, not touching letters or other digits. */
function runs(line: string): Token[][] {
  const out: Token[][] = [];
  let run: Token[] = [];
  let end = -2;
  for (const m of line.matchAll(/(?<![A-Za-z\d])(?:\+|00)?\d+[Xx]?(?![A-Za-z\d])|\d+[Xx]?(?![A-Za-z\d])/g)) {
    const joined = m.index === end + 1 && /[ .-]/.test(line[end] ?? '');
    if (!joined && run.length) {
      out.push(run);
      run = [];
    }
    run.push({ text: m[0], index: m.index });
    end = m.index + m[0].length;
  }
  if (run.length) out.push(run);
  return out;
}

/** Every personal number in `line`, longest reading first, none overlapping. */
export function findNumbers(line: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const run of runs(line)) {
    let i = 0;
    while (i < run.length) {
      let next = i + 1;
      for (let j = run.length; j > i; j--) {
        const window = run.slice(i, j);
        const kind = classify(window);
        if (!kind) continue;
        const digits = kind === 'mobile' ? mobileDigits(window)! : window.map((t) => t.text).join('');
        found.push({ kind, digits, index: window[0]!.index });
        next = j;
        break;
      }
      i = next;
    }
  }
  return found;
}
