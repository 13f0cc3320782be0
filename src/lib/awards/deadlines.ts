import type { AwardData } from '../schemas/honours.ts';
import { addMonths, type IsoDate } from './dates.ts';

/** R8, art. 5: 整改期限一般不超过半年. */
export const RECTIFICATION_MONTHS = 6;

/** R8, art. 5: the latest deadline a rectification ordered on `since` may have. */
export function latestDeadline(since: IsoDate): IsoDate {
  return addMonths(since, RECTIFICATION_MONTHS);
}

/** R8, art. 5: a deadline after the order and at most six calendar months after it. */
export function isDeadlineAllowed(since: IsoDate, deadline: IsoDate): boolean {
  return deadline > since && deadline <= latestDeadline(since);
}

/** A title's rectification as the rules see it. */
export interface Rectification {
  /** When it was ordered; unknown only when the record lacks `orderedOn` and no re-review failed. */
  since: IsoDate | undefined;
  deadline: IsoDate;
  result: 'pass' | 'fail' | undefined;
  closedOn: IsoDate | undefined;
  /** False when a re-review failed and no rectification was written down. */
  recorded: boolean;
}

/**
 * The rectification a title is under: the recorded one, or, after a failed
 * re-review with none recorded, the longest one R8 allows (so the title still
 * runs out of time).
 */
export function rectificationOf(award: AwardData): Rectification | undefined {
  const failedOn = award.review?.result === 'fail' ? award.review.date : undefined;
  const r = award.rectification;
  if (r) {
    return {
      since: r.orderedOn ?? failedOn,
      deadline: r.deadline,
      result: r.result,
      closedOn: r.closedOn,
      recorded: true,
    };
  }
  if (!failedOn) return undefined;
  return {
    since: failedOn,
    deadline: latestDeadline(failedOn),
    result: undefined,
    closedOn: undefined,
    recorded: false,
  };
}

export type RectificationOutcome = 'open' | 'passed' | 'failed' | 'overdue';

/** R8, art. 5: 逾期未整改或经整改仍未达标的，由命名单位撤销其称号. A pass after the deadline is overdue. */
export function rectificationOutcome(r: Rectification, today: IsoDate): RectificationOutcome {
  if (r.result === 'fail') return 'failed';
  if (r.result === 'pass') return r.closedOn && r.closedOn > r.deadline ? 'overdue' : 'passed';
  return today > r.deadline ? 'overdue' : 'open';
}
