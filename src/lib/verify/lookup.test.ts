import { describe, expect, it } from 'vitest';
import { lookUp, verifyIndex } from './lookup.ts';

const index = verifyIndex([
  { serial: '鲁工家证〔2024〕003', slug: '2024-003-aaaa' },
  { serial: '鲁工家证〔2024〕030', slug: '2024-030-bbbb' },
  { serial: '济工家证〔2024〕003', slug: '2024-003-cccc' },
]);

describe('lookUp', () => {
  it.each([
    '鲁工家证〔2024〕003',
    '鲁工家证2024003',
    '鲁工家证 (2024) 003',
    '鲁工家证２０２４００３',
    '鲁工家证【2024】003',
  ])('finds 鲁工家证〔2024〕003 typed as %s', (typed) =>
    expect(lookUp(index, typed)).toEqual([['2024-003-aaaa', '鲁工家证〔2024〕003']]),
  );

  it('finds every serial with the digits when only digits are typed', () => {
    expect(lookUp(index, '2024 030')).toEqual([['2024-030-bbbb', '鲁工家证〔2024〕030']]);
    expect(
      lookUp(index, '２０２４００３')
        .map(([slug]) => slug)
        .sort(),
    ).toEqual(['2024-003-aaaa', '2024-003-cccc']);
  });

  it('finds nothing for another serial, a part of one, or nothing typed', () => {
    for (const typed of ['鲁工家证〔2024〕004', '鲁工家证2024', '2024', '', '   '])
      expect(lookUp(index, typed), typed).toEqual([]);
  });
});
