import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheKey, shareCacheKey } from './cache.ts';
import { sampleCertificates } from './sample-records.ts';

const samples = sampleCertificates(12);
const card = { title: '把职工之家建到车间班组', subtitle: '典型案例 · 职工之家', kind: 'story' as const };

describe('cache keys', () => {
  it('are the same for the same certificate and differ by size and by anything printed', () => {
    const [input] = samples;
    const key = cacheKey(input!, 2339);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheKey({ ...input! }, 2339)).toBe(key);
    expect(cacheKey(input!, 3508)).not.toBe(key);
    for (const change of [
      { recipient: '济南重工' },
      { citation: '新的颂词。' },
      { conferrer: '青岛市总工会' },
      { conferredOn: '2019-05-01' },
      { serial: '鲁工家证〔2019〕0099' },
      { digest: 'f'.repeat(64) },
      { verifyUrl: 'https://zgzj.example.cn/verify/other/' },
    ]) {
      expect(cacheKey({ ...input!, ...change }, 2339), JSON.stringify(change)).not.toBe(key);
    }
    expect(new Set(samples.map((s) => cacheKey(s, 2339))).size).toBe(samples.length);
  });

  it('a share card is keyed by its content, not by the order of its fields', () => {
    const key = shareCacheKey(card);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(shareCacheKey({ kind: 'story', subtitle: card.subtitle, title: card.title })).toBe(key);
    expect(shareCacheKey({ ...card, title: '把职工之家建到班组' })).not.toBe(key);
    expect(shareCacheKey({ ...card, subtitle: '典型案例' })).not.toBe(key);
    expect(shareCacheKey({ ...card, kind: 'home' })).not.toBe(key);
    const { subtitle: _, ...bare } = card;
    expect(shareCacheKey(bare)).not.toBe(key);
  });
});

// A copy of this folder inside the project (so that its packages resolve), edited as a
// designer would edit the drawing, with no version to bump: every key must change.
describe('an edit to the drawing', () => {
  const root = path.resolve(import.meta.dirname, '../../../.cache/cache-key-edits');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  async function keysAfter(name: string, file: string, from: string, to: string) {
    const dir = path.join(root, name);
    cpSync(import.meta.dirname, dir, { recursive: true, filter: (f) => !f.endsWith('.test.ts') });
    const target = path.join(dir, file);
    const text = readFileSync(target, 'utf8');
    if (!text.includes(from)) throw new Error(`${file} no longer has “${from}”: update this test's edit`);
    writeFileSync(target, text.replace(from, to));
    mkdirSync(path.join(dir, 'memo'), { recursive: true });
    const cache = (await import(pathToFileURL(path.join(dir, 'cache.ts')).href)) as typeof import('./cache.ts');
    // The font hashes from the memo of this folder's first copy: hashing ~100 MB once is enough.
    cache.rendererFingerprint(path.join(root, 'font-hashes.json'));
    return { certificates: samples.map((s) => cache.cacheKey(s, 2339)), card: cache.shareCacheKey(card) };
  }

  it.each([
    ['palette', 'palette.ts', "RED = '#a8151d'", "RED = '#a8151e'"],
    ['frame', 'frame.ts', 'const BAND = 16;', 'const BAND = 17;'],
    ['seal', 'seal.ts', "SEAL_RED = '#d11f26'", "SEAL_RED = '#d11f27'"],
    ['layout', 'template.ts', "'特发此证，以资鼓励。'", "'特发此证。'"],
    ['QR code', 'qr.ts', 'const QUIET = 4;', 'const QUIET = 3;'],
  ])(
    'of the %s changes the key of every certificate it draws',
    async (name, file, from, to) => {
      const before = await keysAfter(`${name}-unchanged`, file, from, from);
      const after = await keysAfter(name, file, from, to);
      expect(before.certificates).toEqual(samples.map((s) => cacheKey(s, 2339)));
      after.certificates.forEach((key, i) => expect(key, samples[i]!.serial).not.toBe(before.certificates[i]));
    },
    60_000,
  );

  it('of the shared palette changes the share cards too; a comment changes nothing', async () => {
    const base = await keysAfter('comment', 'frame.ts', 'const MARGIN = 24;', '// A comment.\nconst MARGIN = 24;');
    expect(base.certificates).toEqual(samples.map((s) => cacheKey(s, 2339)));
    expect(base.card).toBe(shareCacheKey(card));
    const gold = await keysAfter('gold', 'palette.ts', "GOLD = '#c0913a'", "GOLD = '#c0913b'");
    expect(gold.card).not.toBe(base.card);
  }, 60_000);
});
