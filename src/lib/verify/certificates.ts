import type { AwardFacts, AwardsReport } from '../awards/rules.ts';
import { recordDigest } from '../certificates/digest.ts';
import { certificateFileName } from '../certificates/file-name.ts';
import type { CertificateInput, CertificateTemplate } from '../certificates/types.ts';
import { LEVEL_LABELS } from '../domain/vocab.ts';
import { verifyHref } from '../routes/urls.ts';
import { certificateBand } from './status-text.ts';

/** A certificate as the site publishes and verifies it. */
export interface IssuedCertificate {
  /** The award behind it, with its derived status. */
  facts: AwardFacts;
  /** URL name of the verification page, `/verify/<slug>/`; the image is `/certificates/<slug>.png`. */
  slug: string;
  /** The record whose canonical form the digest covers. */
  record: CertificateRecord;
  /** What the renderer draws. */
  input: CertificateInput;
}

/** Everything a certificate states, and nothing else: its digest changes when any of it does. */
export interface CertificateRecord {
  serial: string;
  awardId: string;
  year: number;
  kind: 'home' | 'person';
  recipient: string;
  unit?: string;
  level: string;
  topTen: boolean;
  conferrer: string;
  conferredOn: string;
  citation: string;
}

export interface Names {
  homes: ReadonlyMap<string, { title: string; unit: string }>;
  people: ReadonlyMap<string, { name: string; home: string }>;
}

const nfc = (text: string): string => text.normalize('NFC');

function template(a: AwardFacts): CertificateTemplate {
  if (a.award.topTen) return a.holder.kind === 'home' ? 'top-ten-home' : 'top-ten-person';
  return a.holder.kind === 'home' ? 'home-title' : 'person-title';
}

/** The formal citation when the record gives none. */
function defaultCitation(a: AwardFacts): string {
  const level = `${LEVEL_LABELS[a.award.level]}`;
  if (a.holder.kind === 'home') {
    return a.award.topTen
      ? `在“争创职工信赖的职工之家”活动中成绩突出，被评为${a.year}年度十佳职工信赖的职工之家，授予富民兴鲁劳动奖状。`
      : `在“争创职工信赖的职工之家”活动中达到${level}职工之家标准，经考评审核，予以命名。`;
  }
  return a.award.topTen
    ? `在“争做职工信赖的‘娘家人’”活动中表现突出，被评为${a.year}年度十佳职工信赖的“娘家人”，授予富民兴鲁劳动奖章。`
    : `在“争做职工信赖的‘娘家人’”活动中表现突出，被评为${a.year}年度${level}“娘家人”。`;
}

/** `/verify/<slug>/` of a serial. */
export const verifySlug = (serial: string) => certificateFileName(serial).replace(/\.png$/, '');

/**
 * The certificates the conferring bodies issued: one per award of a final
 * list (drafts have none yet), revoked ones included so that checking one
 * shows its revocation.
 */
export function issuedCertificates(report: AwardsReport, names: Names, baseUrl: string): IssuedCertificate[] {
  const out: IssuedCertificate[] = [];
  for (const facts of report.awards.values()) {
    if (facts.status.kind === 'draft') continue;
    const a = facts.award;
    const person = facts.holder.kind === 'person' ? names.people.get(facts.holder.id) : undefined;
    const home = names.homes.get(facts.holder.kind === 'home' ? facts.holder.id : (person?.home ?? ''));
    // NFC once, here: the page, the certificate and the digest then show and hash the same code points.
    const record: CertificateRecord = {
      serial: nfc(a.serial),
      awardId: a.id,
      year: facts.year,
      kind: facts.holder.kind,
      recipient: nfc(
        facts.holder.kind === 'home' ? (home?.unit ?? facts.holder.id) : (person?.name ?? facts.holder.id),
      ),
      ...(facts.holder.kind === 'person' && home ? { unit: nfc(home.unit) } : {}),
      level: a.level,
      topTen: a.topTen,
      conferrer: nfc(a.conferrer),
      conferredOn: a.conferredOn,
      citation: nfc(a.citation ?? defaultCitation(facts)),
    };
    const status = certificateBand(facts.status);
    const slug = verifySlug(a.serial);
    const { awardId: _id, kind: _kind, topTen: _topTen, level, ...shown } = record;
    const input: CertificateInput = {
      ...shown,
      template: template(facts),
      level: level as CertificateInput['level'] & string,
      verifyUrl: new URL(verifyHref(slug), baseUrl).href,
      digest: recordDigest(record),
      ...(status ? { status } : {}),
    };
    out.push({ facts, slug, record, input });
  }
  return out.sort((x, y) => x.record.year - y.record.year || x.record.serial.localeCompare(y.record.serial));
}

export { serialKey } from './serial-key.ts';
