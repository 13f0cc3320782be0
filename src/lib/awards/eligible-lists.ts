/**
 * The R4 and R5 lists as the honour pages show them: who may be recommended
 * for the May Day labour award (model three years running, R4) and who may be
 * nominated for provincial honours (holding the provincial model-home title,
 * R5). Eligibility is `checkAwards`' own; this only links and orders.
 */
import { honoursYearHref } from '../routes/urls.ts';
import type { Holder, HolderFacts, Streak } from './rules.ts';
import { holderPlace, type HolderDirectory, type HomeLink, type RollEntry } from './roll.ts';

/** A holder on the R4 or R5 list. */
export interface EligibleHolder {
  holder: Holder;
  name: string;
  home?: HomeLink;
  role?: string;
  /** R4: the model years running up to the latest year, each linked to its title on the roll. */
  streak?: Streak;
  streakYears: { year: number; href: string }[];
  /** R5: the provincial model-home title held today (for a person, their home's). */
  provincialTitle?: RollEntry;
}

const collator = new Intl.Collator('zh-Hans-CN-u-co-pinyin');
const byName = (a: EligibleHolder, b: EligibleHolder) =>
  a.holder.kind.localeCompare(b.holder.kind) || collator.compare(a.name, b.name);

/** Roll lines by award id, and a holder's lines oldest first: what the lists link to. */
export interface RollIndex {
  byId: ReadonlyMap<string, RollEntry>;
  entriesOf: (h: HolderFacts) => RollEntry[];
}

function eligibleHolder(h: HolderFacts, dir: HolderDirectory, roll: RollIndex): EligibleHolder {
  const { home, role } = holderPlace(h.holder, dir);
  const streak = h.currentStreak;
  const modelEntry = (year: number) =>
    roll.entriesOf(h).find((e) => e.year === year && e.level === 'model' && e.status.kind !== 'revoked');
  const provincialTitle = h.provincialModelTitle && roll.byId.get(h.provincialModelTitle.id);
  return {
    holder: h.holder,
    name: h.name,
    ...(home ? { home } : {}),
    ...(role ? { role } : {}),
    ...(streak ? { streak } : {}),
    streakYears: streak
      ? Array.from({ length: streak.length }, (_, i) => streak.from + i).map((year) => ({
          year,
          href: modelEntry(year)?.rowHref ?? honoursYearHref(year),
        }))
      : [],
    ...(provincialTitle ? { provincialTitle } : {}),
  };
}

/** R4: the longest streak first, then by name. */
export function mayDayList(holders: readonly HolderFacts[], dir: HolderDirectory, roll: RollIndex): EligibleHolder[] {
  return holders
    .map((h) => eligibleHolder(h, dir, roll))
    .sort((a, b) => (b.streak?.length ?? 0) - (a.streak?.length ?? 0) || byName(a, b));
}

/** R5: homes first, then people, each by name. */
export function provincialList(
  holders: readonly HolderFacts[],
  dir: HolderDirectory,
  roll: RollIndex,
): EligibleHolder[] {
  return holders.map((h) => eligibleHolder(h, dir, roll)).sort(byName);
}
