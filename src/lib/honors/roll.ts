import type { AwardFacts, AwardsReport } from '../awards/rules.ts';
import { LEVELS, UNIT_TYPES, type Level, type UnitType } from '../domain/vocab.ts';

/** One line of an honour roll. */
export interface RollEntry {
  facts: AwardFacts;
  /** Home title or person name. */
  name: string;
  /** The home: the recipient, or the person's home. */
  homeId?: string;
  homeName?: string;
}

export interface YearRoll {
  year: number;
  topTenHomes: RollEntry[];
  topTenPeople: RollEntry[];
  /** Home titles outside the top ten, by level (model first) and unit type (art. 5). */
  homes: { level: Level; unitType: UnitType; entries: RollEntry[] }[];
  /** 娘家人 titles outside the top ten. */
  people: RollEntry[];
  total: number;
}

export interface RollNames {
  homes: ReadonlyMap<string, { title: string; unitType: UnitType }>;
  people: ReadonlyMap<string, { name: string; home: string }>;
}

/** A roll line for one award: its holder's name and home. */
export function rollEntry(facts: AwardFacts, names: RollNames): RollEntry {
  if (facts.holder.kind === 'home') {
    const home = names.homes.get(facts.holder.id);
    return {
      facts,
      name: home?.title ?? facts.holder.id,
      homeId: facts.holder.id,
      homeName: home?.title ?? facts.holder.id,
    };
  }
  const person = names.people.get(facts.holder.id);
  const home = person ? names.homes.get(person.home) : undefined;
  return {
    facts,
    name: person?.name ?? facts.holder.id,
    ...(person ? { homeId: person.home, homeName: home?.title ?? person.home } : {}),
  };
}

const bySerial = (a: RollEntry, b: RollEntry) => a.facts.award.serial.localeCompare(b.facts.award.serial);

/** A year's roll by category: the top ten, then titles by level and unit type, then 娘家人. */
export function yearRoll(report: AwardsReport, year: number, names: RollNames): YearRoll {
  const all = [...report.awards.values()].filter((a) => a.year === year).map((a) => rollEntry(a, names));
  const homes = all.filter((e) => e.facts.holder.kind === 'home');
  const people = all.filter((e) => e.facts.holder.kind === 'person');
  const unitTypeOf = (e: RollEntry) => names.homes.get(e.homeId ?? '')?.unitType;
  return {
    year,
    topTenHomes: homes.filter((e) => e.facts.award.topTen).sort(bySerial),
    topTenPeople: people.filter((e) => e.facts.award.topTen).sort(bySerial),
    homes: [...LEVELS]
      .reverse()
      .flatMap((level) =>
        UNIT_TYPES.map((unitType) => ({
          level,
          unitType,
          entries: homes
            .filter((e) => !e.facts.award.topTen && e.facts.award.level === level && unitTypeOf(e) === unitType)
            .sort(bySerial),
        })),
      )
      .filter((g) => g.entries.length > 0),
    people: people.filter((e) => !e.facts.award.topTen).sort(bySerial),
    total: all.length,
  };
}

/** The years that have a roll, newest first. */
export function rollYears(report: AwardsReport): number[] {
  return [...new Set([...report.awards.values()].map((a) => a.year))].sort((a, b) => b - a);
}
