import type { Problem } from '../content/problem.ts';

// Personal information in published content (PIPL): mainland ID numbers,
// mobile numbers, bank card numbers and e-mail addresses are caught before a
// build. A public number an editor means to publish (a hotline) is allowed by
// a marker on the same line: `privacy-allow` in a YAML or HTML comment.

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643-1999: the 18th character of an ID number is a check over the first 17. */
export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/i.test(id)) return false;
  const sum = ID_WEIGHTS.reduce((s, w, i) => s + w * Number(id[i]), 0);
  if (ID_CHECK[sum % 11] !== id[17]!.toUpperCase()) return false;
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && birth.getUTCMonth() === m - 1 && birth.getUTCDate() === d;
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

const mask = (value: string, keepStart: number, keepEnd: number) =>
  value.slice(0, keepStart) +
  '*'.repeat(Math.max(0, value.length - keepStart - keepEnd)) +
  value.slice(value.length - keepEnd);

export interface PrivacyOptions {
  /** E-mail domains that may be published (the organiser's own). */
  allowedEmailDomains?: readonly string[];
}

interface Finding {
  index: number;
  kind: string;
  masked: string;
}

function findings(line: string, options: PrivacyOptions): Finding[] {
  const out: Finding[] = [];
  // Runs of digits not touching other digits (an 18-digit ID may end in X).
  for (const m of line.matchAll(/(?<![\dA-Za-z])(\d{17}[\dXx]|\d{11,19})(?![\dA-Za-z])/g)) {
    const value = m[1]!;
    if (value.length === 18 && isValidIdNumber(value))
      out.push({ index: m.index!, kind: '身份证号码', masked: mask(value, 4, 4) });
    else if (value.length === 11 && /^1[3-9]\d{9}$/.test(value))
      out.push({ index: m.index!, kind: '手机号码', masked: mask(value, 3, 4) });
    else if (value.length >= 13 && value.length <= 19 && /^\d+$/.test(value) && passesLuhn(value)) {
      out.push({ index: m.index!, kind: '银行卡号', masked: mask(value, 4, 4) });
    }
  }
  // Mobile numbers written with separators: 138-1234-5678, 138 1234 5678.
  for (const m of line.matchAll(/(?<!\d)(1[3-9]\d)[ -](\d{4})[ -](\d{4})(?!\d)/g)) {
    out.push({ index: m.index!, kind: '手机号码', masked: `${m[1]}****${m[3]}` });
  }
  for (const m of line.matchAll(/([A-Za-z0-9._%+-]+)@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g)) {
    const domain = m[2]!.toLowerCase();
    if (options.allowedEmailDomains?.some((d) => domain === d || domain.endsWith(`.${d}`))) continue;
    out.push({ index: m.index!, kind: '电子邮箱', masked: `${m[1]!.slice(0, 1)}***@${domain}` });
  }
  return out;
}

/** Every piece of personal information in a file's text, with its line and column, masked. */
export function checkPrivacy(file: string, text: string, options: PrivacyOptions = {}): Problem[] {
  const problems: Problem[] = [];
  text.split('\n').forEach((line, i) => {
    if (/privacy-allow/.test(line)) return;
    for (const f of findings(line, options)) {
      problems.push({
        file,
        line: i + 1,
        col: f.index + 1,
        message: `疑似${f.kind} ${f.masked}：公开发布个人信息须经本人同意（《个人信息保护法》第二十五条）`,
        hint: '删除或改为单位的公开电话；确属应当公开的号码（如服务热线），在同一行加注释 privacy-allow',
      });
    }
  });
  return problems;
}
