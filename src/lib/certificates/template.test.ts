import { describe, expect, it } from 'vitest';
import { treeText } from './h.ts';
import { sampleCertificates } from './sample-records.ts';
import { certificateDrawing } from './template.ts';
import type { CertificateInput } from './types.ts';

const [home, topHome, topPerson] = sampleCertificates(3) as [CertificateInput, CertificateInput, CertificateInput];
const text = (input: CertificateInput): string => treeText(certificateDrawing(input).tree);

describe('certificateDrawing', () => {
  it.each([
    ['model', '模范职工之家'],
    ['advanced', '先进职工之家'],
    ['qualified', '合格职工之家'],
  ] as const)('a %s home title reads %s', (level, title) => {
    expect(text({ ...home, level })).toContain(title);
  });

  it('the top-ten designs name their award and the provincial labour award', () => {
    expect(text(topHome)).toContain('十佳职工信赖的职工之家');
    expect(text(topHome)).toContain('富民兴鲁劳动奖状');
    expect(text(topPerson)).toContain('十佳职工信赖的“娘家人”');
    expect(text(topPerson)).toContain('富民兴鲁劳动奖章');
    expect(text(topPerson)).toContain(topPerson.unit!);
  });

  it('a 娘家人 level title reads 模范“娘家人”, with the unit and 同志', () => {
    const person = sampleCertificates(4)[3]!;
    expect(person.template).toBe('person-title');
    const t = text({ ...person, level: 'model' });
    expect(t).toContain('模范“娘家人”');
    expect(t).toContain(`${person.recipient}同志：`);
    expect(t).not.toContain('奖章');
  });

  it('prints the title, recipient, conferrer, date in Chinese numerals, serial and digest', () => {
    const t = text({ ...home, conferredOn: '2024-04-28' });
    for (const part of [
      '荣誉证书',
      home.recipient,
      home.conferrer,
      '二〇二四年四月二十八日',
      home.serial,
      home.digest,
      '特发此证',
    ]) {
      expect(t).toContain(part);
    }
  });

  it('uses different frames for home titles and the top ten', () => {
    expect(certificateDrawing(home).underlay).not.toBe(certificateDrawing(topHome).underlay);
  });

  it.each([
    [{ level: undefined }, /level/],
    [{ template: 'person-title', level: 'best' }, /level/],
    [{ template: 'diploma' }, /template/],
    [{ conferredOn: '2024-02-30' }, /YYYY-MM-DD/],
    [{ verifyUrl: '/verify/x/' }, /verifyUrl/],
    [{ digest: 'abc' }, /digest/],
    [{ recipient: ' ' }, /recipient/],
    [{ citation: '很'.repeat(201) }, /citation/],
  ])('refuses %o with a message naming the field', (change, message) => {
    expect(() => certificateDrawing({ ...home, ...change } as CertificateInput)).toThrow(message);
  });

  it('draws the status of a title no longer in force across the page, and nothing for a valid one', () => {
    const banded = certificateDrawing({ ...home, status: '已撤销' });
    expect(treeText(banded.tree)).toContain('已撤销');
    expect(JSON.stringify(banded.tree)).toMatch(/rotate\(35\.\d+deg\)/);
    expect(treeText(certificateDrawing(home).tree)).not.toContain('已撤销');
    expect(() => certificateDrawing({ ...home, status: '这个状态说明写得太长了放不下' })).toThrow(/status/);
  });
});
