/**
 * The award rules R1-R9 of DOMAIN.md (policy article 5) as one pure function:
 * give it every home, person and honour list, get back every violation as a
 * `Problem` and every fact derived from the record. No clock, no files:
 * `today` comes in as an argument.
 */
import { sortProblems, type Problem } from '../content/problem.ts';
import { isRealDate } from '../schemas/common.ts';
import { checkChronology } from './chronology.ts';
import { checkConferrers } from './conferrers.ts';
import { checkConsent } from './consent.ts';
import { buildContext } from './context.ts';
import type { IsoDate } from './dates.ts';
import { checkProvincialCondition } from './eligibility.ts';
import { awardFacts, holderFacts } from './facts.ts';
import { checkIntegrity } from './integrity.ts';
import { checkRectifications } from './rectification.ts';
import { checkReviews } from './review.ts';
import { checkSatisfaction } from './satisfaction.ts';
import { checkTopTen, yearFacts } from './top-ten.ts';
import type { AwardFacts, AwardRecord, AwardsInput, CheckAwardsOptions, HolderFacts, YearFacts } from './types.ts';

export type * from './types.ts';

/** What the record says, checked and derived, as of `today`. */
export interface AwardsReport {
  today: IsoDate;
  /** Every violation, sorted by file, line, column. */
  problems: Problem[];
  /** Every award by id, with its status today. */
  awards: Map<string, AwardFacts>;
  /** Every home by id: current title, status, streaks, eligibility. */
  homes: Map<string, HolderFacts>;
  /** Every 娘家人 by id, likewise. */
  people: Map<string, HolderFacts>;
  /** Top-ten counts of each year's list (R3). */
  years: YearFacts[];
  /** R4: homes and people that may be recommended for the May Day labour award. */
  mayDayEligible: HolderFacts[];
  /** R5: homes and people that may be nominated for provincial honours. */
  provincialHonourEligible: HolderFacts[];
}

/** Checks the award rules R2-R9 and the consent rule, and derives every fact (R1 is the schemas', see field-rules.ts). */
export function checkAwards(input: AwardsInput, { today }: CheckAwardsOptions): AwardsReport {
  if (!isRealDate(today)) throw new RangeError(`checkAwards: today must be a YYYY-MM-DD date, got ${today}`);
  const ctx = buildContext(input, today);
  const problems = [
    ...checkConferrers(ctx), // R2
    ...checkTopTen(ctx), // R3
    ...checkProvincialCondition(ctx), // R5
    ...checkSatisfaction(ctx), // R6
    ...checkReviews(ctx), // R7
    ...checkRectifications(ctx), // R8
    ...checkChronology(ctx), // R8
    ...checkIntegrity(ctx), // R9
    ...checkConsent(ctx), // PIPL art. 25
  ];
  const byRecord = new Map<AwardRecord, AwardFacts>(ctx.records.map((r) => [r, awardFacts(r, ctx)]));
  const factsOf = (r: AwardRecord) => byRecord.get(r) ?? awardFacts(r, ctx);
  const awards = new Map<string, AwardFacts>();
  for (const facts of byRecord.values()) if (!awards.has(facts.id)) awards.set(facts.id, facts);
  const homes = new Map(input.homes.map((e) => [e.id, holderFacts({ kind: 'home', id: e.id }, ctx, factsOf)]));
  const people = new Map(input.people.map((e) => [e.id, holderFacts({ kind: 'person', id: e.id }, ctx, factsOf)]));
  const holders = [...homes.values(), ...people.values()];
  return {
    today,
    problems: sortProblems(problems),
    awards,
    homes,
    people,
    years: yearFacts(ctx),
    mayDayEligible: holders.filter((h) => h.mayDayEligible),
    provincialHonourEligible: holders.filter((h) => h.provincialHonourEligible),
  };
}
