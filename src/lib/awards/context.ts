import type { PersonData } from '../schemas/honors.ts';
import type { IsoDate } from './dates.ts';
import { collectAwards, groupByHolder, holderKey } from './records.ts';
import type { AwardRecord, AwardsInput, Holder, HomeInput, SourceEntry } from './types.ts';

/** The input indexed once, shared by every rule. */
export interface AwardsContext {
  today: IsoDate;
  input: AwardsInput;
  /** Every award of every list, oldest first. */
  records: AwardRecord[];
  byHolder: Map<string, AwardRecord[]>;
  homes: Map<string, SourceEntry<HomeInput>>;
  people: Map<string, SourceEntry<PersonData>>;
}

export function buildContext(input: AwardsInput, today: IsoDate): AwardsContext {
  const records = collectAwards(input.honors);
  return {
    today,
    input,
    records,
    byHolder: groupByHolder(records),
    homes: new Map(input.homes.map((e) => [e.id, e])),
    people: new Map(input.people.map((e) => [e.id, e])),
  };
}

/** A holder's awards, oldest first (draft lists included). */
export function recordsOf(ctx: AwardsContext, holder: Holder): AwardRecord[] {
  return ctx.byHolder.get(holderKey(holder)) ?? [];
}

/** The home itself, or the home a person serves. */
export function homeOf(ctx: AwardsContext, holder: Holder): SourceEntry<HomeInput> | undefined {
  if (holder.kind === 'home') return ctx.homes.get(holder.id);
  const person = ctx.people.get(holder.id);
  return person ? ctx.homes.get(person.data.home) : undefined;
}

/** The home's title or the person's name, when the holder exists. */
export function holderName(ctx: AwardsContext, holder: Holder): string | undefined {
  return holder.kind === 'home' ? ctx.homes.get(holder.id)?.data.title : ctx.people.get(holder.id)?.data.name;
}

/** True when the holder the award names exists (R9 reports it otherwise). */
export function holderExists(ctx: AwardsContext, holder: Holder): boolean {
  return holder.kind === 'home' ? ctx.homes.has(holder.id) : ctx.people.has(holder.id);
}
