import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { honourYearSchema } from '../schemas/honours.ts';
import { knownKeys, parseFriendly, suggestKey } from './friendly-errors.ts';
import { parseDataSource } from './source.ts';

describe('suggestKey', () => {
  const keys = ['revoked', 'review', 'rectification', 'conferrer', 'conferredOn', 'level'];
  it.each([
    ['revokd', 'revoked'],
    ['Revoked', 'revoked'],
    ['conferer', 'conferrer'],
    ['conferedOn', 'conferredOn'],
    ['等级', 'level'],
    ['lvl', undefined],
    ['status', undefined],
  ])('%s -> %s', (typed, meant) => expect(suggestKey(typed, keys)).toBe(meant));
});

describe('knownKeys', () => {
  it('walks arrays, optionals, defaults and refinements to the object at a path', () => {
    expect(knownKeys(honourYearSchema, ['awards', 3, 'revoked'])).toEqual(['date', 'by', 'reason']);
    expect(knownKeys(honourYearSchema, ['awards', 0])).toContain('rectification');
  });
});

describe('parseFriendly', () => {
  const schema = z.strictObject({ name: z.string(), count: z.number().min(1, { error: '至少为 1' }) });
  it('returns the data when it is valid', () => {
    const source = parseDataSource('name: a\ncount: 2\n');
    expect(parseFriendly(schema, source.data, { file: 'f.yaml', locate: source.locate })).toEqual({
      data: { name: 'a', count: 2 },
      problems: [],
    });
  });
  it('says every problem in Chinese, at its line, with what was found', () => {
    const source = parseDataSource('name: a\ncount: 0\nnmae: b\n');
    const result = parseFriendly(schema, source.data, {
      file: 'f.yaml',
      locate: source.locate,
      locateKey: source.locateKey,
    });
    expect(result.problems.map((p) => `${p.line}:${p.col} ${p.message}`)).toEqual([
      '2:8 「count」至少为 1，实际写的是 0',
      '3:1 无法识别的字段「nmae」。你是不是想写 name（姓名）？',
    ]);
  });
});
