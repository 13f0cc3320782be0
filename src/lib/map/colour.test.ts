import { describe, expect, it } from 'vitest';
import { PALETTE, classOf, colourClasses, contrastRatio, labelColour, luminance } from './colour.ts';

describe('contrast', () => {
  it('matches the WCAG reference values', () => {
    expect(luminance('#ffffff')).toBeCloseTo(1);
    expect(luminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('gives every step of the palette a label colour of 4.5:1 or more', () => {
    for (const fill of PALETTE) expect(contrastRatio(fill, labelColour(fill)), fill).toBeGreaterThanOrEqual(4.5);
  });

  it('darkens step by step', () => {
    const l = PALETTE.map(luminance);
    for (let i = 1; i < l.length; i++) expect(l[i]).toBeLessThan(l[i - 1]!);
  });

  it('rejects what is not #rrggbb', () => {
    expect(() => luminance('red')).toThrow(/rrggbb/);
  });
});

describe('colourClasses', () => {
  it.each([
    [0, ['0']],
    [1, ['0', '1']],
    [3, ['0', '1', '2', '3']],
    [5, ['0', '1', '2', '3', '4', '5']],
    [6, ['0', '1–2', '3–4', '5–6']],
    [12, ['0', '1–3', '4–6', '7–9', '10–12']],
  ])('max %i gives classes %j', (max, labels) => {
    expect(colourClasses(max).map((c) => c.label)).toEqual(labels);
  });

  it('keeps the lightest for 0 and the darkest for the most', () => {
    const classes = colourClasses(3);
    expect(classes[0]!.fill).toBe(PALETTE[0]);
    expect(classes.at(-1)!.fill).toBe(PALETTE.at(-1));
    expect(new Set(classes.map((c) => c.fill)).size).toBe(classes.length);
  });

  it('puts every count in its class', () => {
    const classes = colourClasses(12);
    expect(classOf(classes, 0).label).toBe('0');
    expect(classOf(classes, 5).label).toBe('4–6');
    expect(classOf(classes, 12).label).toBe('10–12');
  });
});
