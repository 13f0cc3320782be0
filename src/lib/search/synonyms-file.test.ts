import { describe, expect, it } from 'vitest';
import { parseSynonyms, readSynonyms } from './synonyms-file.ts';

const file = 'content/search/synonyms.yaml';

describe('the synonyms file', () => {
  it('gives the groups', () =>
    expect(parseSynonyms('synonyms:\n  - [集卡司机, 集装箱卡车司机]\n', file)).toEqual({
      synonyms: [['集卡司机', '集装箱卡车司机']],
      problems: [],
    }));
  it('names the line, the group and what is wrong, in Chinese', () => {
    const { problems } = parseSynonyms('synonyms:\n  - [快递员, 快递小哥]\n  - [外卖 app, 骑手]\n  - [骑士]\n', file);
    expect(problems).toEqual([
      expect.objectContaining({
        file,
        line: 3,
        field: 'synonyms[1][0]',
        message: expect.stringContaining('同义词第 2 组第 1 个词只能由 2 到 24 个汉字组成'),
      }),
      expect.objectContaining({ file, line: 4, field: 'synonyms[2]', message: '同义词第 3 组每一组至少要有两个词' }),
    ]);
  });
  it('refuses a word in two groups', () =>
    expect(parseSynonyms('synonyms:\n  - [快递员, 快递小哥]\n  - [小哥, 快递小哥]\n', file).problems[0]).toEqual(
      expect.objectContaining({ line: 3, message: expect.stringContaining('“快递小哥”已经在第 1 组里') }),
    ));
  it('reports a YAML error with its line', () =>
    expect(parseSynonyms('synonyms:\n  - [快递员, 快递小哥\n', file).problems[0]?.message).toContain('YAML 格式错误'));
  it('reads the sample site’s file', () =>
    expect(readSynonyms('content')).toContainEqual(['集装箱卡车司机', '集卡司机']));
});
