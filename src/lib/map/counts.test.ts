import { describe, expect, it } from 'vitest';
import { CITIES } from '../domain/vocab.ts';
import { countHomesByCity, provinceCounts } from './counts.ts';

describe('countHomesByCity', () => {
  it('has every city, with zeros for a city without homes', () => {
    const counts = countHomesByCity([]);
    expect(Object.keys(counts)).toEqual([...CITIES]);
    expect(counts.heze).toEqual({ qualified: 0, advanced: 0, model: 0, total: 0 });
  });

  it('counts homes by city and level', () => {
    const counts = countHomesByCity([
      { city: 'jinan', level: 'model' },
      { city: 'jinan', level: 'model' },
      { city: 'jinan', level: 'qualified' },
      { city: 'qingdao', level: 'advanced' },
    ]);
    expect(counts.jinan).toEqual({ qualified: 1, advanced: 0, model: 2, total: 3 });
    expect(counts.qingdao).toEqual({ qualified: 0, advanced: 1, model: 0, total: 1 });
    expect(provinceCounts(counts)).toEqual({ qualified: 1, advanced: 1, model: 2, total: 4 });
  });
});
