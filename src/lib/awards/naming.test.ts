import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../content/check.ts';
import { loadContent } from '../node/read-content.ts';
import type { HonourYearData, PersonData } from '../schemas/honours.ts';
import { awardIdFor, conferringBody, nextSerial, serialPrefix } from './naming.ts';
import { holderOf } from './records.ts';
import type { HomeInput } from './types.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('award ids and serials as the sample rolls form them', () => {
  const { entries } = loadContent(path.join(repo, 'content'), repo);
  const homes = new Map((entries.homes as unknown as Entry<HomeInput>[]).map((e) => [e.id, e.data]));
  const people = new Map((entries.people as unknown as Entry<PersonData>[]).map((e) => [e.id, e.data]));
  const awards = (entries.honors as unknown as Entry<HonourYearData>[]).flatMap((l) =>
    l.data.awards.map((award) => ({ award, year: l.data.year })),
  );

  it('gives every sample award its own id and serial prefix back', () => {
    expect(awards.length).toBeGreaterThan(150);
    for (const { award, year } of awards) {
      const holder = holderOf(award);
      const home = homes.get(holder.kind === 'home' ? holder.id : people.get(holder.id)!.home)!;
      const body = conferringBody(award.conferrer, home);
      expect(awardIdFor(year, holder, body, award.topTen), award.id).toBe(award.id);
      expect(award.serial.startsWith(`${serialPrefix(body, home, holder.kind)}〔${year}〕`), award.serial).toBe(true);
    }
  });

  it('knows the three bodies over a home and no other', () => {
    const home = { city: 'dongying', county: '垦利区' } as const;
    expect(conferringBody('山东省总工会', home)).toBe('province');
    expect(conferringBody('东营市总工会', home)).toBe('city');
    expect(conferringBody('垦利区总工会', home)).toBe('county');
    expect(conferringBody('济南市总工会', home)).toBeUndefined();
  });
});

describe('nextSerial', () => {
  it('numbers on from the highest serial of the same issuer and year', () => {
    const used = ['鲁工家证〔2026〕001', '鲁工家证〔2026〕012', '鲁工家证〔2025〕040', '济工家证〔2026〕099'];
    expect(nextSerial('鲁工家证', 2026, used)).toBe('鲁工家证〔2026〕013');
    expect(nextSerial('鲁工娘证', 2026, used)).toBe('鲁工娘证〔2026〕001');
  });
  it('keeps counting past three digits', () =>
    expect(nextSerial('鲁工家证', 2026, ['鲁工家证〔2026〕999'])).toBe('鲁工家证〔2026〕1000'));
});
