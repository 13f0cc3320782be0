import { describe, expect, it } from 'vitest';
import { formatFigure, formatLedgerRate, formatRate } from './format.ts';

describe('format', () => {
  it.each([
    [formatRate(83.4), '83.4%'],
    [formatRate(80), '80.0%'],
    [formatLedgerRate(82), '82%'],
    [formatFigure(93.3, '%'), '93.3%'],
    [formatFigure(4768, '人'), '4768 人'],
  ])('%s', (got, want) => expect(got).toBe(want));
});
