import { describe, expect, it } from 'vitest';
import { formatClock, formatDate, formatDuration, readingMinutes } from './format.ts';

describe('format', () => {
  it('writes dates the Chinese way', () => expect(formatDate('2024-04-08')).toBe('2024年4月8日'));
  it.each([
    [5, '5秒'],
    [65, '1分05秒'],
    [3720, '1小时02分'],
  ])('writes %i s as %s', (s, text) => expect(formatDuration(s)).toBe(text));
  it.each([
    [0, '0:00'],
    [65.7, '1:05'],
    [3723, '1:02:03'],
  ])('shows position %f as %s', (s, text) => expect(formatClock(s)).toBe(text));
  it('estimates reading time at about 400 characters a minute', () => {
    expect(readingMinutes('字'.repeat(1200))).toBe(3);
    expect(readingMinutes('短')).toBe(1);
  });
});
