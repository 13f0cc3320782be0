import { describe, expect, it } from 'vitest';
import { serviceOffers, type HomeServices } from './services.ts';

const home = (id: string, city: HomeServices['city'], ...names: string[]): HomeServices => ({
  id,
  title: `${id}职工之家`,
  city,
  serviceMenu: names.map((name) => ({ name })),
});

describe('serviceOffers', () => {
  const homes = [
    home('a', 'qingdao', '法律援助', '心理咨询'),
    home('b', 'jinan', '法律援助', '法律援助 '),
    home('c', 'jinan', '法律援助', '职工书屋'),
    home('d', 'qingdao', '心理咨询'),
  ];
  it('counts each home once per service, most widely offered first', () => {
    expect(serviceOffers(homes).map((s) => [s.name, s.homes])).toEqual([
      ['法律援助', 3],
      ['心理咨询', 2],
      ['职工书屋', 1],
    ]);
  });
  it('counts by city, largest first, ties in the province’s city order', () => {
    expect(serviceOffers(homes)[0]!.cities).toEqual([
      { city: 'jinan', homes: 2 },
      { city: 'qingdao', homes: 1 },
    ]);
    expect(serviceOffers(homes)[1]!.cities).toEqual([{ city: 'qingdao', homes: 2 }]);
  });
  it('gives a few example homes by title', () => {
    expect(serviceOffers(homes, 2)[0]!.examples).toEqual([
      { id: 'a', title: 'a职工之家' },
      { id: 'b', title: 'b职工之家' },
    ]);
  });
  it('stays the same size however many homes there are', () => {
    const many = Array.from({ length: 5000 }, (_, i) => home(`h${i}`, i % 2 ? 'jinan' : 'weihai', '法律援助'));
    const offers = serviceOffers(many);
    expect(offers).toHaveLength(1);
    expect(offers[0]!.homes).toBe(5000);
    expect(offers[0]!.examples).toHaveLength(3);
  });
});
