import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CertificateBatchError, makeCertificates, parseShard, selectRecords, shardOf } from './batch.ts';
import { certificateFileName } from './file-name.ts';
import { sampleCertificates } from './sample-records.ts';

const work = await mkdtemp(join(tmpdir(), 'certificates-test-'));
afterAll(() => rm(work, { recursive: true, force: true }));

describe('makeCertificates', () => {
  const records = sampleCertificates(3);
  const options = { records, outDir: join(work, 'out'), cacheDir: join(work, 'cache'), workers: 1, progress: false };

  it('renders every record, then takes them all from the cache', async () => {
    const first = await makeCertificates(options);
    expect([first.rendered, first.cached]).toEqual([3, 0]);
    expect((await readdir(options.outDir)).sort()).toEqual(records.map((r) => certificateFileName(r.serial)).sort());
    const again = await makeCertificates(options);
    expect([again.rendered, again.cached]).toEqual([0, 3]);
    const file = join(options.outDir, certificateFileName(records[0]!.serial));
    expect((await readFile(file)).subarray(1, 4).toString()).toBe('PNG');
  });

  it('renders a changed record again', async () => {
    const changed = [{ ...records[0]!, citation: '该单位工会为职工办实事成效显著。' }, ...records.slice(1)];
    const result = await makeCertificates({ ...options, records: changed });
    expect([result.rendered, result.cached]).toEqual([1, 2]);
  });

  it('reports a character no font has as a failure naming it, after writing the others', async () => {
    const bad = [{ ...records[0]!, serial: '鲁工家证〔2024〕9999', recipient: '李\ue000明' }, records[1]!];
    const error = await makeCertificates({ ...options, records: bad, outDir: join(work, 'bad') }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CertificateBatchError);
    const batch = error as CertificateBatchError;
    expect(batch.failures).toHaveLength(1);
    expect(batch.failures[0]!.glyph?.codePoint).toBe('U+E000');
    expect(batch.message).toContain('鲁工家证〔2024〕9999');
    expect(batch.result.files.map((f) => f.serial)).toEqual([records[1]!.serial]);
  });
});

describe('selecting records', () => {
  const records = sampleCertificates(40);

  it('--only picks one serial and names an unknown one', () => {
    expect(selectRecords(records, records[5]!.serial).map((r) => r.serial)).toEqual([records[5]!.serial]);
    expect(() => selectRecords(records, '鲁工家证〔1900〕0001')).toThrow(/1900/);
  });

  it('--shard k/n splits the records into n disjoint parts that cover them all', () => {
    const parts = [1, 2, 3].map((k) => selectRecords(records, undefined, `${k}/3`).map((r) => r.serial));
    expect(parts.flat().sort()).toEqual(records.map((r) => r.serial).sort());
    expect(parts.every((p) => p.length > 0)).toBe(true);
    expect(shardOf(records[0]!.serial, 3)).toBe(shardOf(records[0]!.serial, 3));
  });

  it.each(['0/3', '4/3', '1/0', 'a/b', '2'])('refuses shard %j', (shard) => {
    expect(() => parseShard(shard)).toThrow(/k\/n/);
  });

  it('refuses duplicate serials (R9)', () => {
    expect(() => selectRecords([records[0]!, records[0]!])).toThrow(/R9/);
  });
});
