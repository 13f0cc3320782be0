import { LEVELS } from '../domain/vocab.ts';
import { holderName, recordsOf, type AwardsContext } from './context.ts';
import { provincialModelTitleOn } from './eligibility.ts';
import { isProvincial } from './records.ts';
import { awardStatus } from './status.ts';
import { consecutiveRuns, currentModelStreak, isEligibleForMayDay, modelYears, type YearTitle } from './streaks.ts';
import type { AwardFacts, AwardRecord, AwardStatusKind, Holder, HolderFacts } from './types.ts';

/** The facts of a record, computed once per record. */
export type FactsOf = (record: AwardRecord) => AwardFacts;

/** Statuses of a title the holder no longer (or not yet) holds. */
const NOT_HELD: readonly AwardStatusKind[] = ['draft', 'superseded', 'revoked'];

export function awardFacts(r: AwardRecord, ctx: AwardsContext): AwardFacts {
  return {
    id: r.award.id,
    award: r.award,
    year: r.year,
    holder: r.holder,
    provincial: isProvincial(r.award),
    status: awardStatus(r, ctx),
    file: r.list.file ?? r.list.id,
  };
}

/** Titles whose status needs the holder's attention (R7, R8). */
const NEEDS_ATTENTION: readonly AwardStatusKind[] = ['revocation-due', 'rectifying', 're-review-due'];

/** Highest level first, then provincial before city, then one that needs attention, then the latest. */
function rankTitles(a: AwardFacts, b: AwardFacts): number {
  const attention = (t: AwardFacts) => Number(NEEDS_ATTENTION.includes(t.status.kind));
  return (
    LEVELS.indexOf(b.award.level) - LEVELS.indexOf(a.award.level) ||
    Number(b.provincial) - Number(a.provincial) ||
    attention(b) - attention(a) ||
    b.year - a.year
  );
}

/** R5, art. 5: the provincial model-home title the home holds today, unless it must be revoked. */
function provincialTitleToday(ctx: AwardsContext, homeId: string | undefined, facts: FactsOf) {
  const record = homeId === undefined ? undefined : provincialModelTitleOn(ctx, homeId, ctx.today);
  const title = record && facts(record);
  return title && title.status.kind !== 'revocation-due' ? title : undefined;
}

/** Everything derived for one home or person. */
export function holderFacts(holder: Holder, ctx: AwardsContext, facts: FactsOf): HolderFacts {
  const conferred = recordsOf(ctx, holder).filter((r) => r.final && r.award.conferredOn <= ctx.today);
  const awards = conferred.map(facts);
  const titles: YearTitle[] = conferred.map((r) => ({
    year: r.year,
    level: r.award.level,
    revoked: !!r.award.revoked,
  }));
  const currentTitles = awards.filter((a) => !NOT_HELD.includes(a.status.kind));
  const years = modelYears(titles);
  const homeId = holder.kind === 'home' ? holder.id : ctx.people.get(holder.id)?.data.home;
  const provincialModelTitle = provincialTitleToday(ctx, homeId, facts);
  return {
    holder,
    name: holderName(ctx, holder) ?? holder.id,
    awards,
    currentTitles,
    currentTitle: [...currentTitles].sort(rankTitles)[0],
    latestAward: awards.at(-1),
    modelYears: years,
    modelStreaks: consecutiveRuns(years),
    currentStreak: currentModelStreak(titles),
    mayDayEligible: isEligibleForMayDay(titles),
    provincialModelTitle,
    provincialHonourEligible: provincialModelTitle !== undefined,
  };
}
