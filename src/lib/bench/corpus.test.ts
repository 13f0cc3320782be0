import { describe, expect, it } from 'vitest';
import { checkSources, type SourceFile } from '../content/check.ts';
import type { CollectionName } from '../content/collections.ts';
import { parseDataSource, parseMarkdownSource } from '../content/source.ts';
import { awardsInputFrom } from '../awards/input.ts';
import { checkAwards } from '../awards/rules.ts';
import { generateCorpus } from './corpus.ts';

const options = {
  homes: 40,
  stories: 12,
  seed: 7,
  photos: { home: ['../../media/photos/a.jpg'], story: ['../media/photos/a.jpg'] },
};
const FOLDER: Record<string, CollectionName> = {
  homes: 'homes',
  stories: 'stories',
  honors: 'honors',
  people: 'people',
};

describe('generateCorpus', () => {
  it('gives the same files for the same seed, and others for another', () => {
    expect([...generateCorpus(options)]).toEqual([...generateCorpus(options)]);
    expect([...generateCorpus({ ...options, seed: 8 })]).not.toEqual([...generateCorpus(options)]);
  });

  it('writes content that passes the schemas and the award rules', () => {
    const sources: SourceFile[] = [...generateCorpus(options)].map(([rel, text]) => {
      const [folder, ...rest] = rel.split('/');
      return {
        collection: FOLDER[folder!]!,
        file: rel,
        relativePath: rest.join('/'),
        source: rel.endsWith('.yaml') ? parseDataSource(text) : parseMarkdownSource(text),
      };
    });
    const { entries, problems } = checkSources(sources, () => true);
    expect(problems).toEqual([]);
    expect(entries.homes).toHaveLength(40);
    expect(checkAwards(awardsInputFrom(entries), { today: '2026-11-24' }).problems).toEqual([]);
  });
});
