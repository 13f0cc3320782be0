import type { Problem } from '../content/problem.ts';
import { yearOf } from './dates.ts';
import type { AwardsContext } from './context.ts';
import { dateLabel, violation } from './messages.ts';
import { awardPath } from './records.ts';
import { REVIEW_CYCLE_YEARS, awardStatus } from './status.ts';
import type { AwardRecord } from './types.ts';

/** R7, art. 5: a re-review happens in the third year after the conferral, not before, and not in the future. */
function checkReviewDate(ctx: AwardsContext, r: AwardRecord): Problem[] {
  const review = r.award.review;
  if (!review) return [];
  const earliestYear = r.year + REVIEW_CYCLE_YEARS;
  if (yearOf(review.date) < earliestYear) {
    return [
      violation(
        'R7',
        r.list,
        awardPath(r, 'review', 'date'),
        `复核日期 ${review.date} 太早：${r.year} 年命名的称号在 ${earliestYear} 年复核（三年一复核）`,
        '核对复核日期；每年的考核不用记在 review 里',
      ),
    ];
  }
  if (review.date > ctx.today) {
    return [
      violation(
        'R7',
        r.list,
        awardPath(r, 'review', 'date'),
        `复核日期 ${review.date} 晚于今天（${ctx.today}），还没有发生的复核不能有结果`,
        '复核完成后再填写 review',
      ),
    ];
  }
  return [];
}

/** R7, art. 5: a title in force needs its re-review once the year it fell due in is over. */
function checkReviewDone(ctx: AwardsContext, r: AwardRecord): Problem[] {
  const status = awardStatus(r, ctx);
  if (status.kind !== 're-review-due' || !status.overdue) return [];
  const last = r.award.review ? `上次复核是 ${r.award.review.date}，` : '';
  return [
    violation(
      'R7',
      r.list,
      awardPath(r, 'review'),
      `称号已满三年，${last}应在 ${dateLabel(status.dueOn)} 起的当年内复核，至今没有复核记录`,
      '填写 review（date 复核日期，result: pass 或 fail）；不合格的还要填写 rectification',
    ),
  ];
}

/** R7, art. 5: 三年一复核，对复核合格的予以确认. */
export function checkReviews(ctx: AwardsContext): Problem[] {
  return ctx.records.flatMap((r) => [...checkReviewDate(ctx, r), ...checkReviewDone(ctx, r)]);
}
