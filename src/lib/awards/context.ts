import type { HonourYearData, PersonData } from '../schemas/honours.ts';
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
  /** Holders whose checks wait for a format error to be fixed (with the people of a withheld home). */
  withheld: Set<string>;
  /** Lists missing some records (unreadable, or of withheld holders): their counts are not final. */
  incompleteLists: Set<SourceEntry<HonourYearData>>;
}

export function buildContext(input: AwardsInput, today: IsoDate): AwardsContext {
  const withheld = new Set((input.withheld ?? []).map(holderKey));
  for (const p of input.people) {
    if (withheld.has(holderKey({ kind: 'home', id: p.data.home })))
      withheld.add(holderKey({ kind: 'person', id: p.id }));
  }
  const incompleteLists = new Set(input.honors.filter((l) => l.data.awards.some((a) => input.unreadable?.has(a))));
  const records = collectAwards(input.honors, input.unreadable).filter((r) => {
    if (!withheld.has(holderKey(r.holder))) return true;
    incompleteLists.add(r.list);
    return false;
  });
  return {
    today,
    input,
    records,
    byHolder: groupByHolder(records),
    homes: new Map(input.homes.map((e) => [e.id, e])),
    people: new Map(input.people.map((e) => [e.id, e])),
    withheld,
    incompleteLists,
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
  if (ctx.withheld.has(holderKey(holder))) return true;
  return holder.kind === 'home' ? ctx.homes.has(holder.id) : ctx.people.has(holder.id);
}
