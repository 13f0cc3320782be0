import { describe, expect, it } from 'vitest';
import { pageKey } from './page-key.ts';

describe('pageKey', () => {
  it('is the same for the same props and salt', () => {
    expect(pageKey('s', { a: 1, b: ['x'] })).toBe(pageKey('s', { a: 1, b: ['x'] }));
  });
  it('changes with any shown value, the salt, or how the parts are split', () => {
    const base = pageKey('s', { a: 1, b: ['x'] });
    expect(pageKey('s', { a: 2, b: ['x'] })).not.toBe(base);
    expect(pageKey('s', { a: 1, b: ['y'] })).not.toBe(base);
    expect(pageKey('t', { a: 1, b: ['x'] })).not.toBe(base);
    expect(pageKey('s', 'ab', 'c')).not.toBe(pageKey('s', 'a', 'bc'));
  });
  it('sees into Maps and Sets', () => {
    expect(pageKey('s', new Map([['a', 1]]))).not.toBe(pageKey('s', new Map([['a', 2]])));
    expect(pageKey('s', new Set(['a']))).not.toBe(pageKey('s', new Set(['b'])));
  });
  it('refuses props with a function, which the key could not see', () => {
    expect(() => pageKey('s', { pick: () => true })).toThrow(/pick/);
  });
});
