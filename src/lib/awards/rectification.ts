import type { Problem } from '../content/problem.ts';
import { isDeadlineAllowed, latestDeadline, rectificationOf, rectificationOutcome } from './deadlines.ts';
import type { AwardsContext } from './context.ts';
import { dateLabel, quote, violation } from './messages.ts';
import { awardPath } from './records.ts';
import type { AwardRecord } from './types.ts';

/** R8, art. 5: 不合格的提出限期整改要求，整改期限一般不超过半年. */
function checkDeadline(r: AwardRecord): Problem[] {
  const { award, list } = r;
  const rect = rectificationOf(award);
  if (!rect) return [];
  const at = (...field: string[]) => awardPath(r, ...field);
  if (!rect.recorded) {
    return [
      violation(
        'R8',
        list,
        at('review', 'result'),
        `复核不合格（${award.review?.date}），但没有整改记录`,
        `填写 rectification.deadline，最晚 ${latestDeadline(rect.since ?? '')}（复核后六个月）`,
      ),
    ];
  }
  if (!rect.since) {
    return [
      violation(
        'R8',
        list,
        at('rectification'),
        '整改记录缺少开始日期 orderedOn（不是因复核不合格而整改时必须填写）',
        '填写 orderedOn：责令整改的日期，六个月的期限从这一天算起',
      ),
    ];
  }
  const problems: Problem[] = [];
  const latest = latestDeadline(rect.since);
  if (!isDeadlineAllowed(rect.since, rect.deadline)) {
    problems.push(
      violation(
        'R8',
        list,
        at('rectification', 'deadline'),
        `整改期限 ${rect.deadline} 不在允许范围内：应晚于 ${rect.since}，且最晚 ${latest}（不超过六个月）`,
        `把 deadline 改为 ${latest} 或更早`,
      ),
    );
  }
  if (rect.result && !rect.closedOn) {
    problems.push(
      violation(
        'R8',
        list,
        at('rectification', 'result'),
        '整改有了结论，但没有验收日期 closedOn，无法判断是否在期限内完成',
        '填写 closedOn：整改验收的日期',
      ),
    );
  }
  if (rect.result === 'pass' && rect.closedOn && rect.closedOn > rect.deadline) {
    problems.push(
      violation(
        'R8',
        list,
        at('rectification', 'closedOn'),
        `整改在 ${rect.closedOn} 才通过验收，晚于期限 ${rect.deadline}：逾期未整改的称号应撤销`,
        '核对日期；确属逾期的，由命名单位撤销称号（填写 revoked）',
      ),
    );
  }
  return problems;
}

/** R8, art. 5: 逾期未整改或经整改仍未达标的，由命名单位撤销其称号. */
function checkRevocation(ctx: AwardsContext, r: AwardRecord): Problem[] {
  const { award, list } = r;
  const rect = rectificationOf(award);
  const outcome = rect && rectificationOutcome(rect, ctx.today);
  const revoked = award.revoked;
  const problems: Problem[] = [];
  // A deadline R8 does not allow is reported by checkDeadline, not again as a missed one.
  const deadlineWrong = !!rect?.since && !isDeadlineAllowed(rect.since, rect.deadline);
  if (rect?.recorded && !deadlineWrong && (outcome === 'failed' || outcome === 'overdue') && !revoked) {
    const why = outcome === 'failed' ? '整改后仍未达标' : `整改期限 ${rect.deadline} 已过而未通过整改`;
    const field = outcome === 'failed' ? 'result' : 'deadline';
    problems.push(
      violation(
        'R8',
        list,
        awardPath(r, 'rectification', field),
        `${why}，称号必须由命名单位（${award.conferrer}）撤销，但没有撤销记录`,
        `填写 revoked：date 撤销日期，by: ${award.conferrer}，reason 原因`,
      ),
    );
  }
  if (!revoked) return problems;
  if (revoked.by !== award.conferrer) {
    problems.push(
      violation(
        'R8',
        list,
        awardPath(r, 'revoked', 'by'),
        `撤销单位写的是 ${quote(revoked.by)}，称号只能由命名单位 ${quote(award.conferrer)} 撤销`,
        `把 by 改为 ${award.conferrer}`,
      ),
    );
  }
  if (revoked.date > ctx.today) {
    problems.push(
      violation(
        'R8',
        list,
        awardPath(r, 'revoked', 'date'),
        `撤销日期 ${revoked.date} 晚于今天（${ctx.today}）`,
        '撤销决定作出后再填写 revoked',
      ),
    );
  } else if (rect?.recorded && !rect.result && revoked.date <= rect.deadline) {
    problems.push(
      violation(
        'R8',
        list,
        awardPath(r, 'revoked', 'date'),
        `整改期限（${dateLabel(rect.deadline)}）未到、也没有整改结论，称号不能在 ${revoked.date} 撤销`,
        '先填写整改结论 rectification.result 和 closedOn，未达标的再撤销',
      ),
    );
  }
  return problems;
}

/** R8, art. 5. */
export function checkRectifications(ctx: AwardsContext): Problem[] {
  return ctx.records.flatMap((r) => [...checkDeadline(r), ...checkRevocation(ctx, r)]);
}
