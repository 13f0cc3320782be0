import type { Position } from '../content/source.ts';
import type { HomeData } from '../schemas/homes.ts';
import type { AwardData, HonourYearData, PersonData } from '../schemas/honours.ts';
import type { IsoDate } from './dates.ts';

/**
 * A content entry as the award rules need it. The validator's `Entry` fits
 * (with `file` and `locate`, so problems point at a line); so does an Astro
 * collection entry, for pages that only want the derived facts.
 */
export interface SourceEntry<T> {
  id: string;
  data: T;
  file?: string;
  locate?: (path: readonly PropertyKey[]) => Position;
}

/** The fields of a home that the award rules read. */
export type HomeInput = Pick<HomeData, 'title' | 'city' | 'county' | 'level' | 'unitType' | 'satisfaction'>;

/** Everything the award rules look at: all homes, all 娘家人 and every year's honour roll. */
export interface AwardsInput {
  homes: readonly SourceEntry<HomeInput>[];
  people: readonly SourceEntry<PersonData>[];
  honors: readonly SourceEntry<HonourYearData>[];
  /**
   * Homes and 娘家人 whose own file, or one of whose awards, could not be
   * read. They exist (nothing that names them is wrong for that), but their
   * rule checks wait until the format error is fixed: the root cause is
   * reported once, never as false violations elsewhere.
   */
  withheld?: readonly Holder[];
  /** Award objects of `honors` lists that could not be read (kept in place so that indexes stay right). */
  unreadable?: ReadonlySet<unknown>;
}

export interface CheckAwardsOptions {
  /** The day the rules are applied on, `YYYY-MM-DD` (deadlines, re-review cycle, current year). */
  today: IsoDate;
}

/** Who holds a title: a home or a person (娘家人). */
export interface Holder {
  kind: 'home' | 'person';
  id: string;
}

/** One award as found in a year's list, with where it was found. */
export interface AwardRecord {
  award: AwardData;
  /** The list's year (R9: the award's year). */
  year: number;
  /** In a list published as final; draft lists confer nothing yet. */
  final: boolean;
  /** Position in the list's `awards`, for locating fields. */
  index: number;
  list: SourceEntry<HonourYearData>;
  holder: Holder;
}

/** Where a title stands on `today` (R7, R8). */
export type AwardStatus =
  /** In a draft list: not conferred yet. */
  | { kind: 'draft' }
  /** In force; the next re-review falls on `reviewDueOn` (R7). */
  | { kind: 'valid'; reviewDueOn: IsoDate }
  /** Passed its re-review (or the rectification after a failed one) on `confirmedOn` (R7). */
  | { kind: 'confirmed'; confirmedOn: IsoDate; reviewDueOn: IsoDate }
  /** Three years old without a re-review; `overdue` once the year of `dueOn` has ended (R7). */
  | { kind: 're-review-due'; dueOn: IsoDate; overdue: boolean }
  /** In rectification until `deadline`, `daysLeft` days from today (R6, R8). */
  | { kind: 'rectifying'; since: IsoDate | undefined; deadline: IsoDate; daysLeft: number }
  /** Rectification failed or ran out: the conferrer must revoke it (R8). */
  | { kind: 'revocation-due'; deadline: IsoDate; reason: 'failed' | 'overdue' }
  /** Revoked by its conferrer; stays in the record (R8). */
  | { kind: 'revoked'; date: IsoDate; by: string; reason: string; rule: 'R8' }
  /** Replaced by a later title from the same conferrer. */
  | { kind: 'superseded'; by: string };

export type AwardStatusKind = AwardStatus['kind'];

/** An award with the facts derived from it. */
export interface AwardFacts {
  id: string;
  award: AwardData;
  year: number;
  holder: Holder;
  /** Conferred by 山东省总工会 (R5). */
  provincial: boolean;
  status: AwardStatus;
  file: string;
}

/** A run of consecutive model years, e.g. 2021-2023 (R4). */
export interface Streak {
  from: number;
  to: number;
  length: number;
}

/** What the record says about one home or one person. */
export interface HolderFacts {
  holder: Holder;
  /** The home's title or the person's name. */
  name: string;
  /** Every conferred award (final lists), oldest first. */
  awards: AwardFacts[];
  /** Titles in force today: not superseded, not revoked. */
  currentTitles: AwardFacts[];
  /** The best title in force: highest level, provincial before city, then the latest. */
  currentTitle: AwardFacts | undefined;
  /** The most recent award whatever its status (shows a revocation). */
  latestAward: AwardFacts | undefined;
  /** Years with a model-level title that was not revoked (R4). */
  modelYears: number[];
  /** All runs of consecutive model years (R4). */
  modelStreaks: Streak[];
  /** The run ending at the holder's latest award year, if that year is a model year (R4). */
  currentStreak: Streak | undefined;
  /** R4: three consecutive model years up to the latest year: may be recommended for the May Day award. */
  mayDayEligible: boolean;
  /** R5: the provincial model-home title held today (for a person, their home's). */
  provincialModelTitle: AwardFacts | undefined;
  /** R5: may be nominated for provincial honours. */
  provincialHonourEligible: boolean;
}

/** Top-ten counts of one year's list (R3). */
export interface YearFacts {
  year: number;
  status: HonourYearData['status'];
  file: string;
  topTenHomes: number;
  topTenPeople: number;
}
