import { describe, expect, it } from 'vitest';
import { parseTimestamp, parseVtt } from './vtt.ts';

describe('parseTimestamp', () => {
  it.each([
    ['00:05.000', 5],
    ['01:02.500', 62.5],
    ['1:00:00.250', 3600.25],
  ])('reads %s', (value, seconds) => expect(parseTimestamp(value)).toBe(seconds));
  it('gives NaN for malformed times', () => expect(parseTimestamp('5s')).toBeNaN());
});

describe('parseVtt', () => {
  const vtt =
    'WEBVTT\n\nNOTE 说明\n\n1\n00:00.000 --> 00:04.000 line:90%\n欢迎学习<b>劳动合同法</b>。\n\n00:04.000 --> 00:09.500\n第一部分：\n订立合同\n';
  it('reads cues with their times and plain text, skipping notes, ids and settings', () => {
    expect(parseVtt(vtt)).toEqual([
      { start: 0, end: 4, text: '欢迎学习劳动合同法。' },
      { start: 4, end: 9.5, text: '第一部分：\n订立合同' },
    ]);
  });
  it('accepts Windows line ends and a byte-order mark', () => {
    expect(parseVtt(`\uFEFF${vtt.replace(/\n/g, '\r\n')}`)).toHaveLength(2);
  });
  it('refuses a file that is not WebVTT', () =>
    expect(() => parseVtt('1\n00:00:01,000 --> 00:00:02,000\nSRT')).toThrow('WEBVTT'));
});
