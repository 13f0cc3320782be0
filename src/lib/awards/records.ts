import type { AwardData, HonourYearData } from '../schemas/honours.ts';
import type { AwardRecord, Holder, SourceEntry } from './types.ts';

/** 山东省总工会: confers provincial titles and chooses the top ten (R3, R5). */
export const PROVINCIAL_FEDERATION = '山东省总工会';

export function isProvincial(award: AwardData): boolean {
  return award.conferrer === PROVINCIAL_FEDERATION;
}

export function holderOf(award: AwardData): Holder {
  return award.home ? { kind: 'home', id: award.home } : { kind: 'person', id: award.person ?? '' };
}

export function holderKey(holder: Holder): string {
  return `${holder.kind}:${holder.id}`;
}

/** The path of a field of a record's award, for `locate`. */
export function awardPath(record: AwardRecord, ...field: PropertyKey[]): PropertyKey[] {
  return ['awards', record.index, ...field];
}

/** Oldest first: by list year, then conferral date, then place in the list. */
export function compareRecords(a: AwardRecord, b: AwardRecord): number {
  return a.year - b.year || a.award.conferredOn.localeCompare(b.award.conferredOn) || a.index - b.index;
}

/** Every award of every list, oldest first. */
export function collectAwards(
  honors: readonly SourceEntry<HonourYearData>[],
  unreadable?: ReadonlySet<unknown>,
): AwardRecord[] {
  const records: AwardRecord[] = [];
  for (const list of honors) {
    list.data.awards.forEach((award, index) => {
      if (unreadable?.has(award)) return;
      records.push({
        award,
        year: list.data.year,
        final: list.data.status === 'final',
        index,
        list,
        holder: holderOf(award),
      });
    });
  }
  return records.sort(compareRecords);
}

/** Records grouped by holder, each group oldest first. */
export function groupByHolder(records: readonly AwardRecord[]): Map<string, AwardRecord[]> {
  const groups = new Map<string, AwardRecord[]>();
  for (const r of records) {
    const key = holderKey(r.holder);
    const group = groups.get(key) ?? [];
    group.push(r);
    groups.set(key, group);
  }
  return groups;
}
