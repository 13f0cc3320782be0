import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../content/check.ts';
import { COLLECTIONS } from '../content/collections.ts';
import { parseMarkdownSource } from '../content/source.ts';
import {
  CITY_LABELS,
  EIGHT_HAVE_LABELS,
  LECTURE_THEME_LABELS,
  LEVEL_LABELS,
  SECTOR_LABELS,
  SIX_HAVE_LABELS,
  UNIT_TYPE_LABELS,
} from '../domain/vocab.ts';
import { checkEditorial } from '../guards/editorial.ts';
import { checkGuards } from '../guards/index.ts';
import type { ScaffoldContext } from './context.ts';
import { KINDS, SCAFFOLD_KINDS, type ScaffoldKind } from './templates.ts';

const TODAY = '2025-06-01';
const full: ScaffoldContext = {
  title: '测试标题：职工 & “之家” <一>',
  today: TODAY,
  photo: '../media/photos/a.jpg',
  city: 'qingdao',
  tags: ['职工书屋', '办实事'],
  homeIds: ['test-home'],
  policy: { id: 'ten-opinions', title: '十条意见' },
};
const bare: ScaffoldContext = { title: '测试标题', today: TODAY, photo: '../media/photos/a.jpg' };

/** Runs a scaffolded file through every check the validator runs on one file. */
function check(kind: ScaffoldKind, context: ScaffoldContext) {
  const text = KINDS[kind].template(context);
  const collection = KINDS[kind].collection;
  const file = {
    collection,
    file: `content/${collection}/x.md`,
    relativePath: 'x.md',
    source: parseMarkdownSource(text),
    text,
  };
  const { problems, entries } = checkSources([file], () => true);
  const later = [
    ...checkGuards([file]),
    ...checkEditorial(entries, {
      today: TODAY,
      imageSize: () => 1000,
      ...(context.tags ? { tags: context.tags } : {}),
    }),
  ];
  return { text, problems: [...problems, ...later], entries: entries[collection] };
}

describe.each(SCAFFOLD_KINDS)('a new %s', (kind) => {
  it.each([
    ['with every fact known', full],
    ['with nothing but a title', bare],
  ])('passes the schema and the editorial checks as written, %s', (_, context) => {
    const { problems, entries } = check(kind, context);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.data['title']).toBe(context.title);
  });

  it('explains every field of its schema in a comment, or shows it commented out', () => {
    const { text } = check(kind, full);
    const schema = COLLECTIONS[KINDS[kind].collection].schema(() => z.string()) as unknown as { shape: object };
    for (const field of Object.keys(schema.shape)) {
      expect(text, field).toMatch(new RegExp(`^(# )?${field}:`, 'm'));
    }
    const frontmatter = text.split('\n---\n')[0]!;
    const keyLines = frontmatter.split('\n').filter((l) => /^[a-zA-Z]+:/.test(l));
    for (const line of keyLines) {
      const before = frontmatter.split('\n')[frontmatter.split('\n').indexOf(line) - 1] ?? '';
      expect(before, line).toMatch(/^#/);
    }
  });
});

describe('story template', () => {
  it('has the usual four sections, each with a one-line prompt', () => {
    const { text } = check('story', bare);
    expect([...text.matchAll(/^## (.+)\n\n（.+）$/gm)].map((m) => m[1])).toEqual(['背景', '做法', '成效', '职工评价']);
  });
  it('offers the site’s tags, links no homes, and names an existing home as the example', () => {
    const { text, entries } = check('story', full);
    expect(text).toContain('职工书屋、办实事');
    expect(entries[0]!.data).toMatchObject({ tags: ['职工书屋'], homes: [], city: 'qingdao' });
    expect(text).toContain('例如 [test-home]');
  });
  it('leaves the city and cover out (commented) when they are not known', () => {
    const { entries } = check('story', { title: 't', today: TODAY });
    expect(entries[0]!.data['city']).toBeUndefined();
    expect(entries[0]!.data['cover']).toBeUndefined();
  });
});

describe('allowed values in comments come from the vocabulary', () => {
  it.each([
    ['home', [UNIT_TYPE_LABELS, CITY_LABELS, SECTOR_LABELS, LEVEL_LABELS, EIGHT_HAVE_LABELS, SIX_HAVE_LABELS]],
    ['lecture', [LECTURE_THEME_LABELS]],
    ['story', [CITY_LABELS]],
  ] as const)('%s', (kind, vocabularies) => {
    const { text } = check(kind, full);
    for (const labels of vocabularies)
      for (const value of Object.keys(labels)) expect(text).toMatch(new RegExp(`${value}(（|: false # )`));
    for (const labels of vocabularies) for (const label of Object.values(labels)) expect(text).toContain(label);
  });
});

describe('lecture template', () => {
  it('cites the policy it is given, or none', () => {
    expect(check('lecture', full).entries[0]!.data['references']).toEqual([
      { title: '十条意见', href: '/policy/ten-opinions/' },
    ]);
    expect(check('lecture', bare).entries[0]!.data['references']).toEqual([]);
  });
});

describe('home template', () => {
  it('goes in at the lowest level with nothing ticked, in the given city', () => {
    const data = check('home', full).entries[0]!.data as Record<string, unknown>;
    expect(data).toMatchObject({ level: 'qualified', city: 'qingdao' });
    expect(Object.values(data['eightHaves'] as object).every((v) => v === false)).toBe(true);
  });
  it('refuses to be written without a photo', () => {
    expect(() => KINDS.home.template({ title: 't', today: TODAY })).toThrow(/photo/);
  });
});
