import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CertificateBatchError,
  makeCertificates,
  parseShard,
  selectRecords,
  shardOf,
  type ShareCard,
} from './batch.ts';
import { certificateFileName } from './file-name.ts';
import { shareImage, shareImageFonts } from './render.ts';
import { sampleCertificates } from './sample-records.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const work = await mkdtemp(join(tmpdir(), 'certificates-test-'));
afterAll(() => rm(work, { recursive: true, force: true }));

// Drawing three certificates took over 5 s (Vitest's default) while the type check ran beside it.
describe('makeCertificates', { timeout: 60_000 }, () => {
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

describe('makeCertificates with share cards', () => {
  const records = sampleCertificates(2);
  const story = { title: '把职工之家建到车间班组', subtitle: '典型案例 · 职工之家', kind: 'story' as const };
  const cards: ShareCard[] = [
    {
      file: 'share/home/a.png',
      card: { title: '青岛港𠮷祥物流园区职工之家', subtitle: '青岛港工会 · 职工之家', kind: 'home' },
    },
    { file: 'share/story/b.png', card: story },
    // Another page with the same card: drawn once, written twice.
    { file: 'share/story/c.png', card: { ...story } },
  ];
  const site = join(work, 'site');
  const cache = join(work, 'site-cache');
  const options = {
    records,
    outDir: join(site, 'certificates'),
    cacheDir: join(cache, 'certificates'),
    share: { cards, outDir: site, cacheDir: join(cache, 'share') },
    workers: 2,
    progress: false,
  };

  it('draws certificates and share cards in one pool, the same bytes as drawn one by one', async () => {
    const result = await makeCertificates(options);
    expect([result.rendered, result.cached]).toEqual([2, 0]);
    expect(result.share).toEqual({ total: 3, rendered: 2, cached: 1 });
    // One pool of two workers drew all four images (two pools would have started four).
    expect(result.workersStarted).toBe(2);
    // Drawn directly in this thread, from a subset of the cards' characters only (the pool's also holds the
    // certificates'); render.test.ts checks that such a subset draws the same bytes as the full fonts.
    const fonts = shareImageFonts(cards.map((c) => c.card));
    for (const { file, card } of cards) {
      expect(Buffer.compare(await readFile(join(site, file)), await shareImage(card, { fonts })), file).toBe(0);
    }
    expect(
      PNG_SIGNATURE.equals(
        (await readFile(join(options.outDir, certificateFileName(records[1]!.serial)))).subarray(0, 8),
      ),
    ).toBe(true);
  }, 30_000);

  it('draws nothing again with the same inputs, and only the card that changed', async () => {
    const again = await makeCertificates(options);
    expect([again.rendered, again.cached]).toEqual([0, 2]);
    expect(again.share).toEqual({ total: 3, rendered: 0, cached: 3 });
    expect(again.workersStarted).toBe(0);
    const changed = cards.map((c, i) =>
      i === 0 ? { ...c, card: { ...c.card, subtitle: '日照港工会 · 职工之家' } } : c,
    );
    const result = await makeCertificates({ ...options, share: { ...options.share, cards: changed } });
    expect([result.rendered, result.cached]).toEqual([0, 2]);
    expect(result.share).toEqual({ total: 3, rendered: 1, cached: 2 });
    const fonts = shareImageFonts([changed[0]!.card]);
    const drawn = await shareImage(changed[0]!.card, { fonts });
    expect(Buffer.compare(await readFile(join(site, 'share/home/a.png')), drawn)).toBe(0);
  }, 30_000);

  it('names the page of a card that cannot be drawn, after writing the others', async () => {
    const out = join(work, 'share-bad');
    const bad = [{ file: 'share/story/bad.png', card: { title: '案例\ue001', kind: 'story' as const } }, cards[1]!];
    const error = await makeCertificates({
      records: [],
      outDir: join(out, 'certificates'),
      share: { cards: bad, outDir: out },
      workers: 1,
      progress: false,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CertificateBatchError);
    const batch = error as CertificateBatchError;
    expect(batch.failures).toHaveLength(1);
    expect(batch.failures[0]).toMatchObject({ kind: 'share', file: 'share/story/bad.png' });
    expect(batch.failures[0]!.glyph?.codePoint).toBe('U+E001');
    expect(batch.message).toContain('1 张分享图未能生成');
    expect(batch.message).toContain('share/story/bad.png');
    expect(batch.message).toContain('案例\ue001');
    expect(batch.result.share).toEqual({ total: 2, rendered: 1, cached: 0 });
    // No certificates: the card was drawn by the pool's one worker, not in this thread.
    expect(batch.result.workersStarted).toBe(1);
    expect(existsSync(join(out, 'share/story/b.png'))).toBe(true);
    expect(existsSync(join(out, 'share/story/bad.png'))).toBe(false);
  }, 30_000);
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
  });

  it('--shard puts a serial in the same part whatever the list around it', () => {
    const part = (list: typeof records, k: number) => selectRecords(list, undefined, `${k}/3`).map((r) => r.serial);
    const reversed = [...records].reverse();
    const more = [...sampleCertificates(60)].reverse();
    for (const k of [1, 2, 3]) {
      expect(part(reversed, k).sort()).toEqual(part(records, k).sort());
      // Machines that received more records keep every earlier record where it was.
      expect(
        part(more, k)
          .filter((s) => records.some((r) => r.serial === s))
          .sort(),
      ).toEqual(part(records, k).sort());
    }
    // A serial typed in decomposed Unicode lands where its composed form does.
    const serial = '鲁工家证〔2024〕Å0001';
    expect(shardOf(serial.normalize('NFD'), 7)).toBe(shardOf(serial.normalize('NFC'), 7));
    // Two hundred serials spread over seven parts, each part taking about a seventh (28.6).
    const counts = [1, 2, 3, 4, 5, 6, 7].map((k) => selectRecords(sampleCertificates(200), undefined, `${k}/7`).length);
    expect(
      counts.every((c) => c >= 14 && c <= 45),
      String(counts),
    ).toBe(true);
  });

  it.each(['0/3', '4/3', '1/0', 'a/b', '2'])('refuses shard %j', (shard) => {
    expect(() => parseShard(shard)).toThrow(/k\/n/);
  });

  it('refuses duplicate serials (R9)', () => {
    expect(() => selectRecords([records[0]!, records[0]!])).toThrow(/R9/);
  });
});
