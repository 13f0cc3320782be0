import type { Entries, Entry } from '../content/check.ts';
import { awardSchema, honourYearSchema, type HonourYearData, type PersonData } from '../schemas/honours.ts';
import type { AwardsInput, Holder, HomeInput, SourceEntry } from './types.ts';

/** Names the data type of entries that passed their collection's schema. */
function checked<T>(entries: Entry[]): SourceEntry<T>[] {
  return entries as unknown as SourceEntry<T>[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The holder an award as written names, when it names one. */
function holderNamed(raw: unknown): Holder | undefined {
  if (!isRecord(raw)) return undefined;
  if (typeof raw['home'] === 'string') return { kind: 'home', id: raw['home'] };
  if (typeof raw['person'] === 'string') return { kind: 'person', id: raw['person'] };
  return undefined;
}

/**
 * A list with unreadable awards: its own fields checked, each readable award
 * parsed (defaults applied), each unreadable one kept in place as written so
 * that the others keep their index (and their line).
 */
function partialList(
  list: Entry,
  withheld: Holder[],
  unreadable: Set<unknown>,
): SourceEntry<HonourYearData> | undefined {
  const raw = Array.isArray(list.data['awards']) ? (list.data['awards'] as unknown[]) : [];
  // A misspelt field of the list itself is reported on its own; the list's year and status are what count here.
  const head = honourYearSchema.strip().safeParse({ ...list.data, awards: [] });
  if (!head.success || !Array.isArray(list.data['awards'])) {
    // The list's own year or status is unreadable: none of its awards can be judged.
    withheld.push(...raw.flatMap((a) => holderNamed(a) ?? []));
    return undefined;
  }
  const awards = raw.map((a) => {
    const parsed = awardSchema.safeParse(a);
    if (parsed.success) return parsed.data;
    const holder = holderNamed(a);
    if (holder) withheld.push(holder);
    unreadable.add(a);
    return a;
  });
  return { ...list, data: { ...head.data, awards } as HonourYearData } as SourceEntry<HonourYearData>;
}

/**
 * The award rules' input from the content checker's entries. Entries with a
 * bad field (`partial`) are not judged, but they exist, and a list with one
 * bad award still has every other award judged.
 */
export function awardsInputFrom(entries: Entries, partial?: Entries): AwardsInput {
  const withheld: Holder[] = [
    ...(partial?.homes ?? []).map((e): Holder => ({ kind: 'home', id: e.id })),
    ...(partial?.people ?? []).map((e): Holder => ({ kind: 'person', id: e.id })),
  ];
  const unreadable = new Set<unknown>();
  const lists = (partial?.honors ?? []).flatMap((l) => partialList(l, withheld, unreadable) ?? []);
  return {
    homes: checked<HomeInput>(entries.homes),
    people: checked<PersonData>(entries.people),
    honors: [...checked<HonourYearData>(entries.honors), ...lists].sort((a, b) => a.id.localeCompare(b.id)),
    withheld,
    unreadable,
  };
}
