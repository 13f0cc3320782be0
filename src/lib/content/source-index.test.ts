import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { fromStored, storeData, storeMarkdown } from './source-index.ts';
import { parseDataSource, parseMarkdownSource, type ParsedSource } from './source.ts';

// The stored form must answer every question as the parser's document does.
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom('2024-02-30', '职工之家', '')),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('title', 'photos', 'src', 'year', '名称', '0', '1', 'a b'), tie('node'), {
      maxKeys: 4,
    }),
  ),
})).node;

function pathsOf(v: unknown, prefix: PropertyKey[] = []): PropertyKey[][] {
  const own = [prefix, [...prefix, 'missing'], [...prefix, 7]];
  if (Array.isArray(v)) return [...own, ...v.flatMap((x, i) => pathsOf(x, [...prefix, i]))];
  if (v && typeof v === 'object') return [...own, ...Object.entries(v).flatMap(([k, x]) => pathsOf(x, [...prefix, k]))];
  return own;
}

function same(a: ParsedSource, b: ParsedSource, paths: PropertyKey[][]) {
  expect(b.data).toEqual(a.data);
  expect(b.body).toBe(a.body);
  expect(b.bodyLine).toBe(a.bodyLine);
  expect(b.syntaxErrors).toEqual(a.syntaxErrors);
  for (const p of paths) {
    expect(b.locate(p), JSON.stringify(p)).toEqual(a.locate(p));
    expect(b.locateKey(p), JSON.stringify(p)).toEqual(a.locateKey(p));
  }
}

describe('stored sources', () => {
  it('locate every field of a data file as the parser does, in any style', () =>
    fc.assert(
      fc.property(value, fc.constantFrom('block', 'flow'), fc.boolean(), (v, style, comments) => {
        let text = stringify(v, { collectionStyle: style === 'flow' ? 'flow' : 'any' });
        if (comments) text = `# 注释\n\n${text.replace(/\n/g, '\n\n')}`;
        same(parseDataSource(text), fromStored(storeData(text), text), pathsOf(v));
      }),
    ));

  it('locate the frontmatter of a Markdown file as the parser does', () =>
    fc.assert(
      fc.property(value, fc.string(), (v, body) => {
        const text = `---\n${stringify({ data: v, title: 'x' })}---\n\n${body}`;
        same(parseMarkdownSource(text), fromStored(storeMarkdown(text), text), pathsOf({ data: v, title: 'x' }));
      }),
    ));

  it('keep syntax errors, duplicate keys and a missing frontmatter as the parser reports them', () => {
    for (const text of ['a: [1, 2\nb: 3\n', 'title: a\ntitle: b\n', 'x:\n\t- 1\n']) {
      same(parseDataSource(text), fromStored(storeData(text), text), [['title'], ['a'], ['x', 0]]);
    }
    same(parseMarkdownSource('no frontmatter\n'), fromStored(storeMarkdown('no frontmatter\n'), 'no frontmatter\n'), [['title']]);
  });

  it('survive being written as JSON and read back', () => {
    const text = '---\ntitle: 职工书屋\nphotos:\n  - src: a.jpg\n    alt: 图\n---\n\n正文\n';
    const again = fromStored(JSON.parse(JSON.stringify(storeMarkdown(text))), text);
    same(parseMarkdownSource(text), again, [['photos', 0, 'alt'], ['photos', 1], ['title']]);
  });
});
