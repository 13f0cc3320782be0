/**
 * What the verification page prints so that anyone can recompute a
 * certificate's digest without trusting the site: every field the digest
 * covers, in the form hashed, the exact text that is hashed and a shell
 * command that hashes it. Pure; Node at build time.
 */
import { canonicalForm } from '../certificates/digest.ts';
import type { CertificateRecord } from './certificates.ts';

/** What each field of the record is, in words. */
export const RECORD_FIELD_LABELS: Record<keyof CertificateRecord, string> = {
  awardId: '称号记录编号',
  citation: '颂词',
  conferredOn: '命名日期',
  conferrer: '命名单位',
  kind: '获奖者类别（home 职工之家，person 个人）',
  level: '等级（qualified 合格，advanced 先进，model 模范）',
  recipient: '获奖者',
  serial: '证书编号',
  topTen: '是否十佳（true 是，false 否）',
  unit: '所在单位',
  year: '年度',
};

export interface DigestExplanation {
  /** The record's fields in the order hashed, each value as it stands in `canonical`. */
  fields: Array<{ key: keyof CertificateRecord; label: string; value: string }>;
  /** The exact text whose UTF-8 bytes the digest is the SHA-256 of. */
  canonical: string;
  /** A POSIX shell command that prints the digest (coreutils' sha256sum). */
  command: string;
}

/** `text` as one single-quoted shell word: nothing in it is expanded. */
const shellQuote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;

export function explainDigest(record: CertificateRecord): DigestExplanation {
  const canonical = canonicalForm(record);
  // The fields as canonicalForm writes them: parsing its output keeps one definition of the form.
  const parsed = JSON.parse(canonical) as Record<keyof CertificateRecord, unknown>;
  const fields = (Object.keys(parsed) as Array<keyof CertificateRecord>).map((key) => ({
    key,
    label: RECORD_FIELD_LABELS[key],
    value: JSON.stringify(parsed[key]),
  }));
  return { fields, canonical, command: `printf '%s' ${shellQuote(canonical)} | sha256sum` };
}
