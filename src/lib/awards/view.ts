/**
 * The award rules' report shaped once for the honour pages: each year's roll
 * (`roll.ts`), each holder's timeline (`timelines.ts`), the R4 and R5 lists
 * (`eligible-lists.ts`), every status in words (`status-view.ts`). Statuses
 * and eligibility are `checkAwards`' own; nothing here decides one, it only
 * groups, orders and labels.
 */
import { mayDayList, provincialList, type EligibleHolder } from './eligible-lists.ts';
import { rollEntry, yearRoll, type HolderDirectory, type RollEntry, type YearRoll } from './roll.ts';
import type { AwardStatusKind, AwardsReport, HolderFacts } from './rules.ts';
import { timelines, type Timeline } from './timelines.ts';

export interface HonoursView {
  today: string;
  /** Every year with a list, newest first. */
  years: YearRoll[];
  /** The latest year published as final: its top ten lead the overview. */
  latestFinal: YearRoll | undefined;
  /** Timelines by `home:<id>` / `person:<id>`. */
  timelines: ReadonlyMap<string, Timeline>;
  mayDay: EligibleHolder[];
  provincial: EligibleHolder[];
  /** Titles whose holder must act: re-review due, in rectification, to be revoked (R7, R8). */
  attention: RollEntry[];
  revoked: RollEntry[];
}

const ATTENTION: readonly AwardStatusKind[] = ['re-review-due', 'rectifying', 'revocation-due'];

/** Shapes the whole report once: every page of a build reads from the result. */
export function honoursView(report: AwardsReport, dir: HolderDirectory): HonoursView {
  const all = [...report.awards.values()].map((a) => rollEntry(a, dir, report.awards));
  const byId = new Map(all.map((e) => [e.id, e]));
  const finalYears = new Set(report.years.filter((y) => y.status === 'final').map((y) => y.year));
  const draftYears = new Set(report.years.filter((y) => y.status === 'draft').map((y) => y.year));
  const byYear = new Map<number, RollEntry[]>(report.years.map((y) => [y.year, []]));
  for (const e of all) {
    const entries = byYear.get(e.year) ?? [];
    entries.push(e);
    byYear.set(e.year, entries);
  }
  const years = [...byYear]
    .sort(([a], [b]) => b - a)
    .map(([year, entries]) => yearRoll(year, entries, finalYears.has(year) && !draftYears.has(year)));
  const roll = { byId, entriesOf: (h: HolderFacts) => h.awards.flatMap((a) => byId.get(a.id) ?? []) };
  return {
    today: report.today,
    years,
    latestFinal: years.find((y) => y.final && y.total > 0),
    timelines: timelines([...report.homes.values(), ...report.people.values()], roll.entriesOf),
    mayDay: mayDayList(report.mayDayEligible, dir, roll),
    provincial: provincialList(report.provincialHonourEligible, dir, roll),
    attention: all.filter((e) => ATTENTION.includes(e.status.kind)),
    revoked: all.filter((e) => e.status.kind === 'revoked'),
  };
}
