import { describe, expect, it } from 'vitest';
import { award, homeFile, honorsFile, personFile, run } from '../awards/testing.ts';
import { recordDigest } from '../certificates/digest.ts';
import { issuedCertificates, serialKey, type Names } from './certificates.ts';

const names: Names = {
  homes: new Map([['h1', { title: '测试职工之家 h1', unit: '测试钢铁有限公司' }]]),
  people: new Map([['p1', { name: '王𠮷', home: 'h1' }]]),
};

function issue(awards: object[], status: 'draft' | 'final' = 'final') {
  const report = run(
    [homeFile({ id: 'h1' }), personFile({ id: 'p1', home: 'h1' }), honorsFile(2024, status, awards)],
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

  it('gives the same slug and digest on every run', () => {
    const [a] = issue([award(2024, { home: 'h1' })]);
    const [b] = issue([award(2024, { home: 'h1' })]);
    expect([a!.slug, a!.input.digest]).toEqual([b!.slug, b!.input.digest]);
  });
});

describe('serialKey', () => {
  it('matches a serial typed with other brackets, full-width digits or spaces', () => {
    const key = serialKey('鲁工家证〔2024〕001');
    for (const typed of [
      '鲁工家证[2024]001',
      '鲁工家证（2024）001',
      ' 鲁工家证 【２０２４】 ００１ ',
      '鲁工家证［2024］001',
    ]) {
      expect(serialKey(typed), typed).toBe(key);
    }
  });
  it('keeps different serials apart', () =>
    expect(serialKey('鲁工家证〔2024〕001')).not.toBe(serialKey('鲁工家证〔2024〕010')));
});
