import { addYears, daysBetween, yearOf, type IsoDate } from './dates.ts';
import { rectificationOf, rectificationOutcome } from './deadlines.ts';
import { recordsOf, type AwardsContext } from './context.ts';
import type { AwardData } from '../schemas/honours.ts';
import type { AwardRecord, AwardStatus } from './types.ts';

/** R7, art. 5: 每年一考核，三年一复核. */
export const REVIEW_CYCLE_YEARS = 3;

/** R7, art. 5: the next re-review falls three years after the conferral or the last re-review. */
export function reviewDueOn(award: AwardData): IsoDate {
  return addYears(award.review?.date ?? award.conferredOn, REVIEW_CYCLE_YEARS);
}

/** R7, art. 5: a due re-review is overdue once the year it fell due in has ended. */
export function isReviewOverdue(dueOn: IsoDate, today: IsoDate): boolean {
  return yearOf(today) > yearOf(dueOn);
}

/** The later title from the same conferrer that replaced this one, if any (conferred by `today`). */
export function supersededBy(record: AwardRecord, ctx: AwardsContext): AwardRecord | undefined {
  return recordsOf(ctx, record.holder).find(
    (other) =>
      other.final &&
      other.award.conferrer === record.award.conferrer &&
      other.year > record.year &&
      other.award.conferredOn <= ctx.today,
  );
}

/** Where a title stands on `ctx.today`: revocation first, then rectification, then the review cycle. */
export function awardStatus(record: AwardRecord, ctx: AwardsContext): AwardStatus {
  const { award } = record;
  if (!record.final) return { kind: 'draft' };
  if (award.revoked) {
    const { date, by, reason } = award.revoked;
    return { kind: 'revoked', date, by, reason, rule: 'R8' };
  }
  const rectification = rectificationOf(award);
  const outcome = rectification && rectificationOutcome(rectification, ctx.today);
  if (rectification && (outcome === 'failed' || outcome === 'overdue')) {
    return { kind: 'revocation-due', deadline: rectification.deadline, reason: outcome };
  }
  if (rectification && outcome === 'open') {
    const { since, deadline } = rectification;
    return { kind: 'rectifying', since, deadline, daysLeft: daysBetween(ctx.today, deadline) };
  }
  const later = supersededBy(record, ctx);
  if (later) return { kind: 'superseded', by: later.award.id };
  const dueOn = reviewDueOn(award);
  if (ctx.today >= dueOn) return { kind: 're-review-due', dueOn, overdue: isReviewOverdue(dueOn, ctx.today) };
  const confirmedOn = award.review?.result === 'pass' ? award.review.date : rectification?.closedOn;
  if (award.review && confirmedOn) return { kind: 'confirmed', confirmedOn, reviewDueOn: dueOn };
  return { kind: 'valid', reviewDueOn: dueOn };
}
