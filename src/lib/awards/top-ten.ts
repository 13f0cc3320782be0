import type { Problem } from '../content/problem.ts';
import type { HonourYearData } from '../schemas/honours.ts';
import type { AwardsContext } from './context.ts';
import { levelLabel, quote, violation } from './messages.ts';
import { PROVINCIAL_FEDERATION, awardPath } from './records.ts';
import type { AwardRecord, Holder, SourceEntry, YearFacts } from './types.ts';

/** R3, art. 5: 省总工会每年选树十佳职工之家、十佳“娘家人”. */
export const TOP_TEN = 10;

const KIND_LABEL: Record<Holder['kind'], string> = { home: '十佳职工之家', person: '十佳“娘家人”' };

/** A list's top-ten awards of one kind, in list order. */
export function topTenOf(records: readonly AwardRecord[], kind: Holder['kind']): AwardRecord[] {
  return records.filter((r) => r.award.topTen && r.holder.kind === kind).sort((a, b) => a.index - b.index);
}

/** R3, art. 5: at most ten of each kind; a final list has exactly ten. */
export function topTenCountProblems(
  list: SourceEntry<HonourYearData>,
  records: readonly AwardRecord[],
  complete = true,
): Problem[] {
  const problems: Problem[] = [];
  for (const kind of ['home', 'person'] as const) {
    const chosen = topTenOf(records, kind);
    chosen.slice(TOP_TEN).forEach((r, i) => {
      problems.push(
        violation(
          'R3',
          list,
          awardPath(r, 'topTen'),
          `${list.data.year} 年的第 ${TOP_TEN + i + 1} 个${KIND_LABEL[kind]}：每年最多 ${TOP_TEN} 个`,
          '把多出的奖项改为 topTen: false，或移到其他名单',
        ),
      );
    });
    // A list with an unreadable award may have its tenth in it: its format error is reported instead.
    if (complete && list.data.status === 'final' && chosen.length < TOP_TEN) {
      problems.push(
        violation(
          'R3',
          list,
          ['status'],
          `${list.data.year} 年名单已正式公布（final），但只有 ${chosen.length} 个${KIND_LABEL[kind]}，正式名单必须正好 ${TOP_TEN} 个`,
          `补齐${KIND_LABEL[kind]}，或在名单确定前把 status 改为 draft`,
        ),
      );
    }
  }
  return problems;
}

/** R3, art. 5: the top ten are model homes and 娘家人 chosen by the provincial federation. */
export function topTenAwardProblems(list: SourceEntry<HonourYearData>, r: AwardRecord): Problem[] {
  if (!r.award.topTen) return [];
  const problems: Problem[] = [];
  if (r.award.level !== 'model') {
    problems.push(
      violation(
        'R3',
        list,
        awardPath(r, 'level'),
        `十佳的等级写的是 ${levelLabel(r.award.level)}，十佳必须是 ${levelLabel('model')}`,
        '把 level 改为 model，或把 topTen 改为 false',
      ),
    );
  }
  if (r.award.conferrer !== PROVINCIAL_FEDERATION) {
    problems.push(
      violation(
        'R3',
        list,
        awardPath(r, 'conferrer'),
        `十佳的命名单位写的是 ${quote(r.award.conferrer)}，十佳由${PROVINCIAL_FEDERATION}选树`,
        `把 conferrer 改为 ${PROVINCIAL_FEDERATION}`,
      ),
    );
  }
  return problems;
}

/** R3, art. 5: every list's top ten. */
export function checkTopTen(ctx: AwardsContext): Problem[] {
  return ctx.input.honors.flatMap((list) => {
    const records = ctx.records.filter((r) => r.list === list);
    const complete = !ctx.incompleteLists.has(list);
    return [...topTenCountProblems(list, records, complete), ...records.flatMap((r) => topTenAwardProblems(list, r))];
  });
}

/** The top-ten counts of every list, by year. */
export function yearFacts(ctx: AwardsContext): YearFacts[] {
  return ctx.input.honors
    .map((list) => {
      const records = ctx.records.filter((r) => r.list === list);
      return {
        year: list.data.year,
        status: list.data.status,
        file: list.file ?? list.id,
        topTenHomes: topTenOf(records, 'home').length,
        topTenPeople: topTenOf(records, 'person').length,
      };
    })
    .sort((a, b) => a.year - b.year);
}
