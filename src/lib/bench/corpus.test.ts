import { describe, expect, it } from 'vitest';
import { awardsInputFrom } from '../awards/input.ts';
import { checkAwards } from '../awards/rules.ts';
import { checkSources, type SourceFile } from '../content/check.ts';
import type { CollectionName } from '../content/collections.ts';
import { parseDataSource, parseMarkdownSource } from '../content/source.ts';
import { checkGuards } from '../guards/index.ts';
import { generateCorpus, ordinaryTitles, type CorpusOptions } from './corpus.ts';

const ASOF = '2026-06-30';
const options: CorpusOptions = {
  homes: 60,
  stories: 12,
  courses: 3,
  seed: 7,
  asOf: ASOF,
  photos: ['a.jpg', 'b.jpg'],
  lessonMedia: [{ base: 'law-01', duration: 32 }],
};

/** The generated files as the content checker reads them from disk. */
function sources(files: Map<string, string>): SourceFile[] {
  return [...files].map(([rel, text]) => {
    const [folder, ...rest] = rel.split('/');
    const relativePath = rest.join('/');
    const collection = (
      folder === 'courses' ? (relativePath.endsWith('/index.md') ? 'courses' : 'lessons') : folder
    ) as CollectionName;
    const source = rel.endsWith('.yaml') ? parseDataSource(text) : parseMarkdownSource(text);
    return { collection, file: rel, relativePath, source, text };
  });
}

// Checking 800 generated homes took 8.6 s on the shared 2-core machine, over Vitest's 5 s default.
describe('generateCorpus', { timeout: 60_000 }, () => {
  it('gives the same files for the same seed, and others for another', () => {
    expect([...generateCorpus(options)]).toEqual([...generateCorpus(options)]);
    expect([...generateCorpus({ ...options, seed: 8 })]).not.toEqual([...generateCorpus(options)]);
  });

  it('writes content that passes the schemas, the guards and the award rules R1-R9', () => {
    const files = sources(generateCorpus(options));
    const { entries, problems } = checkSources(files, () => true);
    expect(problems).toEqual([]);
    expect(checkGuards(files)).toEqual([]);
    expect(entries.homes).toHaveLength(60);
    expect(entries.stories).toHaveLength(12);
    expect(entries.courses).toHaveLength(3);
    expect(entries.lessons.length).toBeGreaterThanOrEqual(6);
    const report = checkAwards(awardsInputFrom(entries), { today: ASOF });
    expect(report.problems).toEqual([]);
    // Full lists of 2019-2025 (R3), some three-year model streaks (R4), a revoked title (R8).
    expect(report.years.map((y) => [y.year, y.topTenHomes, y.topTenPeople])).toEqual(
      [2019, 2020, 2021, 2022, 2023, 2024, 2025].map((y) => [y, 10, 10]),
    );
    expect(report.mayDayEligible.length).toBeGreaterThan(0);
    expect(report.awards.size).toBe(7 * (20 + ordinaryTitles(60)));
  });

  it('stays valid with many homes, where revocations and rectifications occur', () => {
    const { entries, problems } = checkSources(
      sources(generateCorpus({ ...options, homes: 800, stories: 0 })),
      () => true,
    );
    expect(problems).toEqual([]);
    const report = checkAwards(awardsInputFrom(entries), { today: ASOF });
    expect(report.problems).toEqual([]);
    const kinds = new Set([...report.awards.values()].map((a) => a.status.kind));
    expect(kinds).toContain('revoked');
    expect(kinds).toContain('confirmed');
    expect(kinds).toContain('rectifying');
  });

  it('writes domain words inside sentences, followed by particles', () => {
    const text = [...generateCorpus(options).values()].join('');
    for (const phrase of ['娘家人的', '职工书屋里', '八有的', '职工之家的']) expect(text).toContain(phrase);
  });
});
