import type { Entries, Entry } from '../content/check.ts';
import type { PersonData, HonorYearData } from '../schemas/honors.ts';
import type { AwardsInput, HomeInput, SourceEntry } from './types.ts';

/** Names the data type of entries that passed their collection's schema. */
function checked<T>(entries: Entry[]): SourceEntry<T>[] {
  return entries as unknown as SourceEntry<T>[];
}

/** The award rules' input from the content checker's valid entries. */
export function awardsInputFrom(entries: Entries): AwardsInput {
  return {
    homes: checked<HomeInput>(entries.homes),
    people: checked<PersonData>(entries.people),
    honors: checked<HonorYearData>(entries.honors),
  };
}
