import type { Problem } from '../content/problem.ts';
import type { AwardsContext } from './context.ts';
import { violation } from './messages.ts';
import { awardPath } from './records.ts';
import type { AwardRecord } from './types.ts';

/**
 * R8, art. 5: the events of a title happen in order. A rectification is
 * ordered after the title exists and closed after it was ordered; a title is
 * revoked only after it was conferred. (A deadline before the order is
 * deadlines.ts's; a re-review before the third year is review.ts's.)
 */
function checkRecord(r: AwardRecord): Problem[] {
  const { award, list } = r;
  const problems: Problem[] = [];
  const add = (path: PropertyKey[], message: string, hint: string) =>
    problems.push(violation('R8', list, awardPath(r, ...path), message, hint));
  const rect = award.rectification;
  if (rect?.orderedOn && rect.orderedOn < award.conferredOn) {
    add(
      ['rectification', 'orderedOn'],
      `整改开始日期 ${rect.orderedOn} 早于命名日期 ${award.conferredOn}：称号命名之前不能责令整改`,
      '核对整改开始日期和命名日期',
    );
  }
  const since = rect?.orderedOn ?? (award.review?.result === 'fail' ? award.review.date : undefined);
  if (rect?.closedOn && since && rect.closedOn < since) {
    add(
      ['rectification', 'closedOn'],
      `整改验收日期 ${rect.closedOn} 早于整改开始日期 ${since}`,
      '核对验收日期：整改开始之后才能验收',
    );
  }
  if (award.revoked && award.revoked.date < award.conferredOn) {
    add(
      ['revoked', 'date'],
      `撤销日期 ${award.revoked.date} 早于命名日期 ${award.conferredOn}：称号还没有命名，不能撤销`,
      '核对撤销日期和命名日期',
    );
  }
  return problems;
}

/** R8, art. 5: impossible orders of events. */
export function checkChronology(ctx: AwardsContext): Problem[] {
  return ctx.records.flatMap(checkRecord);
}
