import { describe, expect, it } from 'vitest';
import { cacheKey, rendererFingerprint, shareCacheKey } from './cache.ts';
import { canonicalForm } from './digest.ts';
import { sampleCertificates } from './sample-records.ts';
import { sha256Hex } from './sha256.ts';

describe('cache keys', () => {
  it('certificate keys are the same SHA-256 as the portable sha256.ts gives (earlier caches stay valid)', () => {
    for (const input of sampleCertificates(3)) {
      const expected = sha256Hex(`${rendererFingerprint()}\n2339\n${canonicalForm(input)}`);
      expect(cacheKey(input, 2339)).toBe(expected);
      expect(cacheKey(input, 3508)).not.toBe(expected);
    }
  });

  it('a share card is keyed by its content, not by the order of its fields', () => {
    const card = { title: '把职工之家建到车间班组', subtitle: '典型案例 · 职工之家', kind: 'story' as const };
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
