import { describe, expect, it } from 'vitest';
import { certificateFileName } from './file-name.ts';

describe('certificateFileName', () => {
  it('keeps the ASCII parts of the serial and adds a hash', () => {
    expect(certificateFileName('鲁工家证〔2024〕0012')).toMatch(/^2024-0012-[0-9a-f]{10}\.png$/);
  });

  it('is stable, safe and distinct', () => {
    const serials = [
      '鲁工家证〔2024〕0012',
      '鲁工家证［2024］0012',
      '济工家证〔2024〕0012',
      '证书',
      'A/B\\C:..',
      ' 鲁工家证〔2024〕0012',
    ];
    const names = serials.map(certificateFileName);
    expect(serials.map(certificateFileName)).toEqual(names);
    expect(new Set(names).size).toBe(serials.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9-]+\.png$/);
  });

  it('treats NFC-equal serials as the same', () => {
    expect(certificateFileName('Caf\u00e9-1')).toBe(certificateFileName('Cafe\u0301-1'));
  });
});
