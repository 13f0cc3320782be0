import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { recordDigest } from '../certificates/digest.ts';
import type { CertificateRecord } from './certificates.ts';
import { explainDigest } from './digest-explained.ts';

const record: CertificateRecord = {
  serial: '鲁工家证〔2024〕003',
  awardId: '2024-h-003',
  year: 2024,
  kind: 'person',
  recipient: '王𠮷',
  unit: "济南重工有限公司工会（'示例'）",
  level: 'model',
  topTen: false,
  conferrer: '山东省总工会',
  conferredOn: '2024-04-28',
  citation: '倾心为职工办实事，100% 的会员满意；$HOME 与 `反引号` 和 \\ 反斜杠照原样计入。',
};

describe('explainDigest', () => {
  it('lists every field of the record, in the order hashed, with the value as hashed', () => {
    const { fields, canonical } = explainDigest(record);
    expect(fields.map((f) => f.key)).toEqual(Object.keys(record).sort());
    expect(`{${fields.map((f) => `"${f.key}":${f.value}`).join(',')}}`).toBe(canonical);
    expect(fields.find((f) => f.key === 'topTen')).toMatchObject({
      value: 'false',
      label: expect.stringContaining('十佳'),
    });
  });

  it('gives a shell command that prints the digest, whatever the text holds', () => {
    const { command } = explainDigest(record);
    const run = spawnSync('sh', ['-c', command], { encoding: 'utf8' });
    expect(run.stdout.split(' ')[0]).toBe(recordDigest(record));
  });
});
