import type { Problem } from '../content/problem.ts';
import { SATISFACTION_LINE } from '../domain/vocab.ts';
import { yearOf } from './dates.ts';
import { rectificationOf } from './deadlines.ts';
import { recordsOf, type AwardsContext } from './context.ts';
import { holderLabel, violation } from './messages.ts';
import { awardPath } from './records.ts';
import type { AwardRecord, HomeInput } from './types.ts';

/** R6, art. 5: 会员评家满意度达不到70%的进行及时整顿. */
export function isBelowSatisfactionLine(percent: number): boolean {
  return percent < SATISFACTION_LINE;
}

/** The members' satisfaction recorded for `year`, if any. */
export function satisfactionIn(home: HomeInput, year: number): number | undefined {
  return home.satisfaction.find((s) => s.year === year)?.percent;
}

/** R6, art. 5: a home below the line cannot receive a new title that year. */
function checkNewTitles(ctx: AwardsContext): Problem[] {
  const problems: Problem[] = [];
  for (const r of ctx.records) {
    if (r.holder.kind !== 'home') continue;
    const home = ctx.homes.get(r.holder.id);
    const percent = home && satisfactionIn(home.data, r.year);
    if (percent === undefined || !isBelowSatisfactionLine(percent)) continue;
    problems.push(
      violation(
        'R6',
        r.list,
        awardPath(r, 'home'),
        `${holderLabel(r.holder, home?.data.title)}${r.year} 年的会员评家满意度为 ${percent}%，低于 ${SATISFACTION_LINE}%，当年不能获得新的称号`,
        '满意度低于 70% 的职工之家应先整顿；整顿达标后的年度才能再获称号',
      ),
    );
  }
  return problems;
}

/** True when the title was put into rectification, or revoked, in `year` or the year after. */
function actedOn(r: AwardRecord, year: number): boolean {
  const since = rectificationOf(r.award)?.since;
  const revokedOn = r.award.revoked?.date;
  return [since, revokedOn].some((d) => d !== undefined && (yearOf(d) === year || yearOf(d) === year + 1));
}

/**
 * R6, art. 5: a titled home below the line must be put into rectification:
 * a title it held that year carries a rectification ordered that year or the
 * next (or was revoked then). A home with no title has nothing to record it on.
 */
function checkRectificationOrdered(ctx: AwardsContext): Problem[] {
  const problems: Problem[] = [];
  for (const home of ctx.input.homes) {
    home.data.satisfaction.forEach((s, i) => {
      if (!isBelowSatisfactionLine(s.percent)) return;
      const held = recordsOf(ctx, { kind: 'home', id: home.id }).filter(
        (r) => r.final && r.year <= s.year && !(r.award.revoked && yearOf(r.award.revoked.date) < s.year),
      );
      if (!held.length || held.some((r) => actedOn(r, s.year))) return;
      const latest = held.at(-1);
      problems.push(
        violation(
          'R6',
          home,
          ['satisfaction', i, 'percent'],
          `${s.year} 年会员评家满意度为 ${s.percent}%，低于 ${SATISFACTION_LINE}%，但该职工之家的称号没有整顿记录`,
          `在 ${latest?.list.file ?? '荣誉名单'} 的奖项 ${latest?.award.id ?? ''} 下填写 rectification（orderedOn 整顿开始日期，deadline 不超过六个月）`,
        ),
      );
    });
  }
  return problems;
}

/** R6, art. 5. */
export function checkSatisfaction(ctx: AwardsContext): Problem[] {
  return [...checkNewTitles(ctx), ...checkRectificationOrdered(ctx)];
}
