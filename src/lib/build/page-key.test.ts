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
  it('keys a content entry by its digest and data, not its body and rendered HTML', () => {
    const entry = (digest: string, body: string, title = 'a') => ({
      id: 'x',
      collection: 'homes',
      digest,
      data: { title },
      body,
      rendered: { html: `<p>${body}</p>` },
    });
    expect(pageKey('s', { home: entry('d1', 'long text') })).toBe(pageKey('s', { home: entry('d1', 'other') }));
    expect(pageKey('s', { home: entry('d1', 'x') })).not.toBe(pageKey('s', { home: entry('d2', 'x') }));
    expect(pageKey('s', { home: entry('d1', 'x') })).not.toBe(pageKey('s', { home: entry('d1', 'x', 'b') }));
  });
  it('keys a frozen object (a shared card) by everything it holds', () => {
    const card = (title: string, alt = 'photo') => Object.freeze({ title, cover: Object.freeze({ alt }) });
    expect(pageKey('s', { cards: [card('a')] })).toBe(pageKey('s', { cards: [card('a')] }));
    expect(pageKey('s', { cards: [card('a')] })).not.toBe(pageKey('s', { cards: [card('b')] }));
    expect(pageKey('s', { cards: [card('a')] })).not.toBe(pageKey('s', { cards: [card('a', 'other')] }));
    expect(pageKey('s', Object.freeze(['a']))).not.toBe(pageKey('s', Object.freeze({ 0: 'a' })));
  });
  it('refuses props with a function, which the key could not see', () => {
    expect(() => pageKey('s', { pick: () => true })).toThrow(/pick/);
  });
});
