/** Each holder's honour history, for a home's page: its titles newest first and what R4 and R5 make of them. */
import type { Holder, HolderFacts, Streak } from './rules.ts';
import type { RollEntry } from './roll.ts';

/** One holder's honour history, newest first. */
export interface Timeline {
  holder: Holder;
  name: string;
  entries: RollEntry[];
  /** R4: the model years running up to the latest year. */
  streak?: Streak;
  mayDayEligible: boolean;
  provincialHonourEligible: boolean;
}

/** The key of a holder's timeline: `home:<id>` or `person:<id>`. */
export const timelineKey = (holder: Holder) => `${holder.kind}:${holder.id}`;

/** Every holder's timeline by `timelineKey`; `entriesOf` gives a holder's roll lines, oldest first. */
export function timelines(
  holders: readonly HolderFacts[],
  entriesOf: (h: HolderFacts) => RollEntry[],
): ReadonlyMap<string, Timeline> {
  return new Map(
    holders.map((h) => [
      timelineKey(h.holder),
      {
        holder: h.holder,
        name: h.name,
        entries: entriesOf(h).reverse(),
        ...(h.currentStreak ? { streak: h.currentStreak } : {}),
        mayDayEligible: h.mayDayEligible,
        provincialHonourEligible: h.provincialHonourEligible,
      },
    ]),
  );
}
