import type { Problem } from '../content/problem.ts';
import { findNumbers } from './privacy-numbers.ts';

export { isValidIdNumber, isValidOldIdNumber, passesLuhn } from './privacy-numbers.ts';

// Personal information in published content (PIPL): mainland ID numbers (18
// and 15 digits), mobile numbers, bank card numbers and e-mail addresses are
// caught before a build, however they are written: with spaces, dots or
// hyphens, with +86 or 0086, in full-width digits. A public number an editor
// means to publish (a hotline) is allowed by a marker on the same line:
// `privacy-allow` in a YAML, HTML or WebVTT comment.

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

/** Full-width digits, letters and separators as their ASCII forms, one character for one (columns stay right). */
function halfWidth(line: string): string {
  return line.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

function findings(raw: string, options: PrivacyOptions): Finding[] {
  const line = halfWidth(raw);
  const out: Finding[] = [];
  for (const n of findNumbers(line)) {
    const { digits, index } = n;
    if (n.kind === 'mobile') out.push({ index, kind: '手机号码', masked: mask(digits, 3, 4) });
    else if (n.kind === 'id') out.push({ index, kind: '身份证号码', masked: mask(digits, 4, 4) });
    else if (n.kind === 'card') out.push({ index, kind: '银行卡号', masked: mask(digits, 4, 4) });
  }
  for (const m of line.matchAll(/([A-Za-z0-9._%+-]+)@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g)) {
    const domain = m[2]!.toLowerCase();
    if (options.allowedEmailDomains?.some((d) => domain === d || domain.endsWith(`.${d}`))) continue;
    out.push({ index: m.index, kind: '电子邮箱', masked: `${m[1]!.slice(0, 1)}***@${domain}` });
  }
  return out;
}

/** Every piece of personal information in a file's text, with its line and column, masked. */
export function checkPrivacy(file: string, text: string, options: PrivacyOptions = {}, firstLine = 1): Problem[] {
  const problems: Problem[] = [];
  text.split('\n').forEach((line, i) => {
    if (/privacy-allow/.test(line)) return;
    for (const f of findings(line, options)) {
      problems.push({
        file,
        line: firstLine + i,
        col: f.index + 1,
        message: `疑似${f.kind} ${f.masked}：公开发布个人信息须经本人同意（《个人信息保护法》第二十五条）`,
        hint: '删除或改为单位的公开电话；确属应当公开的号码（如服务热线），在同一行加注释 privacy-allow',
      });
    }
  });
  return problems;
}
