import { describe, expect, it } from 'vitest';
import { award, homeFile, honoursFile, personFile, run } from '../awards/testing.ts';
import { recordDigest } from '../certificates/digest.ts';
import { treeText } from '../certificates/h.ts';
import { certificateDrawing } from '../certificates/template.ts';
import { issuedCertificates, serialKey, type Names } from './certificates.ts';

const names: Names = {
  homes: new Map([['h1', { title: '测试职工之家 h1', unit: '测试钢铁有限公司' }]]),
  people: new Map([['p1', { name: '王𠮷', home: 'h1' }]]),
};

function issue(awards: object[], status: 'draft' | 'final' = 'final') {
  const report = run(
    [homeFile({ id: 'h1' }), personFile({ id: 'p1', home: 'h1' }), honoursFile(2024, status, awards)],
    '2024-12-01',
  );
  return issuedCertificates(report, names, 'https://example.cn');
}

describe('issuedCertificates', () => {
  it('issues one certificate per award of a final list, with the recipient, the QR target and the digest', () => {
    const [home, person] = issue([award(2024, { home: 'h1' }), award(2024, { person: 'p1', level: 'model' })]);
    expect(home!.input).toMatchObject({
      recipient: '测试钢铁有限公司',
      template: 'home-title',
      level: 'model',
      year: 2024,
    });
    expect(home!.input.verifyUrl).toBe(`https://example.cn/verify/${home!.slug}/`);
    expect(home!.input.digest).toBe(recordDigest(home!.record));
    expect(person!.input).toMatchObject({ recipient: '王𠮷', unit: '测试钢铁有限公司', template: 'person-title' });
  });

  it('issues none for a draft list', () => expect(issue([award(2024, { home: 'h1' })], 'draft')).toEqual([]));

  it('changes the digest when any field of the record changes', () => {
    const base = issue([award(2024, { home: 'h1' })])[0]!.input.digest;
    for (const change of [
      { conferredOn: '2024-04-27' },
      { conferrer: '济南市总工会' },
      { level: 'advanced' },
      { citation: '新的颂词。' },
      { serial: '鲁工家证〔2024〕X' },
    ]) {
      expect(issue([award(2024, { home: 'h1', ...change })])[0]!.input.digest, JSON.stringify(change)).not.toBe(base);
    }
  });

  it('draws a band with the status across the image of a title no longer in force, none on a valid one', () => {
    const [valid] = issue([award(2024, { home: 'h1' })]);
    expect(valid!.input.status).toBeUndefined();
    const [revoked] = issue([
      award(2024, { home: 'h1', revoked: { date: '2024-10-01', by: '山东省总工会', reason: '弄虚作假' } }),
    ]);
    expect(revoked!.input.status).toBe('已撤销');
    expect(treeText(certificateDrawing(revoked!.input).tree)).toContain('已撤销');
    expect(revoked!.input.digest).toBe(valid!.input.digest);
    const [rectifying] = issue([
      award(2024, { home: 'h1', rectification: { orderedOn: '2024-09-01', deadline: '2025-02-28' } }),
    ]);
    expect(rectifying!.input.status).toBe('整改中');
  });

  it('gives the page, the certificate and the digest the same code points for a name', () => {
    // U+F9D0 is a CJK compatibility form of 類 (U+985E); NFC turns one into the other.
    const compat = '王\uF9D0';
    const report = run(
      [
        homeFile({ id: 'h1' }),
        personFile({ id: 'p1', home: 'h1', name: compat }),
        honoursFile(2024, 'final', [award(2024, { person: 'p1' })]),
      ],
      '2024-12-01',
    );
    const [person] = issuedCertificates(
      report,
      { homes: names.homes, people: new Map([['p1', { name: compat, home: 'h1' }]]) },
      'https://example.cn',
    );
    expect([...person!.record.recipient].map((c) => c.codePointAt(0))).toEqual([0x738b, 0x985e]);
    expect(person!.input.recipient).toBe(person!.record.recipient);
    expect(treeText(certificateDrawing(person!.input).tree)).toContain(person!.record.recipient);
  });

  it('gives the same slug and digest on every run', () => {
    const [a] = issue([award(2024, { home: 'h1' })]);
    const [b] = issue([award(2024, { home: 'h1' })]);
    expect([a!.slug, a!.input.digest]).toEqual([b!.slug, b!.input.digest]);
  });
});

describe('serialKey', () => {
  it('matches a serial typed with other brackets, none, full-width digits or spaces', () => {
    const key = serialKey('鲁工家证〔2024〕001');
    for (const typed of [
      '鲁工家证[2024]001',
      '鲁工家证（2024）001',
      ' 鲁工家证 【２０２４】 ００１ ',
      '鲁工家证［2024］001',
      '鲁工家证2024001',
      '鲁工家证 2024 001',
      '鲁工家证２０２４００１',
      '鲁工家证\t(2024)\u3000001',
    ]) {
      expect(serialKey(typed), typed).toBe(key);
    }
  });
  it('keeps different serials apart', () =>
    expect(serialKey('鲁工家证〔2024〕001')).not.toBe(serialKey('鲁工家证〔2024〕010')));
});
