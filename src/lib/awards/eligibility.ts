import type { Problem } from '../content/problem.ts';
import type { IsoDate } from './dates.ts';
import { recordsOf, type AwardsContext } from './context.ts';
import { dateLabel, holderLabel, violation } from './messages.ts';
import { PROVINCIAL_FEDERATION, awardPath, isProvincial } from './records.ts';
import type { AwardRecord, SourceEntry } from './types.ts';
import type { HonourYearData } from '../schemas/honours.ts';

/**
 * R5, art. 5: the provincial model-home title the home holds on `on`: its
 * latest title from 山东省总工会 by then, if that is a model title not yet
 * revoked. Draft lists count only for awards in that same list (`sameList`).
 */
export function provincialModelTitleOn(
  ctx: AwardsContext,
  homeId: string,
  on: IsoDate,
  sameList?: SourceEntry<HonourYearData>,
): AwardRecord | undefined {
  const latest = recordsOf(ctx, { kind: 'home', id: homeId })
    .filter((r) => (r.final || r.list === sameList) && isProvincial(r.award) && r.award.conferredOn <= on)
    .at(-1);
  if (!latest || latest.award.level !== 'model') return undefined;
  const revoked = latest.award.revoked;
  return revoked && revoked.date <= on ? undefined : latest;
}

/**
 * R5, art. 5: a union chair or vice-chair may receive a provincial honour
 * only while their home holds the provincial model-home title.
 */
export function checkProvincialCondition(ctx: AwardsContext): Problem[] {
  const problems: Problem[] = [];
  for (const r of ctx.records) {
    if (r.holder.kind !== 'person' || !isProvincial(r.award)) continue;
    const person = ctx.people.get(r.holder.id);
    if (!person) continue;
    const homeId = person.data.home;
    if (provincialModelTitleOn(ctx, homeId, r.award.conferredOn, r.list)) continue;
    const home = ctx.homes.get(homeId);
    problems.push(
      violation(
        'R5',
        r.list,
        awardPath(r, 'person'),
        `${holderLabel(r.holder, person.data.name)}获得${PROVINCIAL_FEDERATION}授予的省级荣誉，但其所在的${holderLabel({ kind: 'home', id: homeId }, home?.data.title)}在${dateLabel(r.award.conferredOn)}没有有效的省级模范职工之家称号。获得省级模范职工之家称号是本单位工会主席参评省级荣誉的条件`,
        '先核对该职工之家的省级模范称号（命名单位为山东省总工会、等级为 model、未被撤销），或把这条奖项移出省级名单',
      ),
    );
  }
  return problems;
}
