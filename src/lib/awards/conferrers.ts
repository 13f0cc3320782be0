import type { Problem } from '../content/problem.ts';
import { CITY_LABELS } from '../domain/vocab.ts';
import { homeOf, type AwardsContext } from './context.ts';
import { holderLabel, quote, violation } from './messages.ts';
import { PROVINCIAL_FEDERATION, awardPath } from './records.ts';
import type { HomeInput } from './types.ts';

/**
 * R2, art. 5 (由命名单位颁发): the bodies that can name a home: the
 * provincial federation, its city's federation, its county's federation.
 */
export function allowedConferrers(home: Pick<HomeInput, 'city' | 'county'>): string[] {
  return [PROVINCIAL_FEDERATION, `${CITY_LABELS[home.city]}总工会`, `${home.county}总工会`];
}

/** R2, art. 5: every award names a conferring body that is over the home (or the person's home). */
export function checkConferrers(ctx: AwardsContext): Problem[] {
  const problems: Problem[] = [];
  for (const r of ctx.records) {
    const home = homeOf(ctx, r.holder);
    if (!home) continue;
    const allowed = allowedConferrers(home.data);
    if (allowed.includes(r.award.conferrer)) continue;
    problems.push(
      violation(
        'R2',
        r.list,
        awardPath(r, 'conferrer'),
        `命名单位写的是 ${quote(r.award.conferrer)}，但它不是${holderLabel(r.holder)}的上级工会。允许的命名单位：${allowed.join('、')}`,
        '命名单位写全称，例如“济南市总工会”；跨市的称号由山东省总工会命名',
      ),
    );
  }
  return problems;
}
