import type { Problem } from '../content/problem.ts';
import { POLICY_YEAR } from '../domain/vocab.ts';
import { yearOf } from './dates.ts';
import { holderExists, type AwardsContext } from './context.ts';
import { holderLabel, quote, violation } from './messages.ts';
import { awardPath, holderKey } from './records.ts';
import type { AwardRecord } from './types.ts';

const SERIAL_YEAR = /〔(\d{4})〕/;

/** `file:line` of a record's field, to point at the first of two duplicates. */
function where(r: AwardRecord, field: string): string {
  const { line } = r.list.locate?.(awardPath(r, field)) ?? { line: 1 };
  return `${r.list.file ?? r.list.id}:${line}`;
}

/** R9, art. 5: one list per year, named by its year, from 2018 to the current year. */
function checkLists(ctx: AwardsContext): Problem[] {
  const problems: Problem[] = [];
  const currentYear = yearOf(ctx.today);
  const seen = new Map<number, string>();
  for (const list of ctx.input.honors) {
    const { year } = list.data;
    const add = (message: string, hint?: string) => problems.push(violation('R9', list, ['year'], message, hint));
    if (list.id !== String(year)) {
      add(
        `文件名是 ${list.id}，但 year 写的是 ${year}：每年一个文件，文件名就是年份`,
        `把文件改名为 ${year}.yaml，或改正 year`,
      );
    }
    if (year < POLICY_YEAR || year > currentYear) {
      add(`年份 ${year} 不在 ${POLICY_YEAR} 年（政策发布之年）到今年（${currentYear}）之间`);
    }
    const first = seen.get(year);
    if (first) add(`${year} 年已有名单 ${first}，同一年只能有一个名单文件`, '把两个文件的奖项合并到一个文件');
    else seen.set(year, list.file ?? list.id);
  }
  return problems;
}

/** R9, art. 5: the first record with each key; later ones are reported by `report`. */
function checkUnique(
  ctx: AwardsContext,
  key: (r: AwardRecord) => string,
  report: (r: AwardRecord, first: AwardRecord) => Problem,
): Problem[] {
  const seen = new Map<string, AwardRecord>();
  const problems: Problem[] = [];
  for (const r of ctx.records) {
    const first = seen.get(key(r));
    if (first) problems.push(report(r, first));
    else seen.set(key(r), r);
  }
  return problems;
}

/** R9, art. 5: award ids and certificate serials are unique; one title per holder, body and year. */
function checkDuplicates(ctx: AwardsContext): Problem[] {
  return [
    ...checkUnique(
      ctx,
      (r) => r.award.id,
      (r, first) =>
        violation(
          'R9',
          r.list,
          awardPath(r, 'id'),
          `奖项编号 ${quote(r.award.id)} 重复：${where(first, 'id')} 已使用`,
          '每个奖项的编号必须唯一，例如在编号里带上年份',
        ),
    ),
    ...checkUnique(
      ctx,
      (r) => r.award.serial,
      (r, first) =>
        violation(
          'R9',
          r.list,
          awardPath(r, 'serial'),
          `证书编号 ${quote(r.award.serial)} 重复：${where(first, 'serial')} 已使用`,
          '核对证书原件，改正其中一个编号',
        ),
    ),
    ...checkUnique(
      ctx,
      (r) => `${holderKey(r.holder)}|${r.award.conferrer}|${r.year}`,
      (r, first) =>
        violation(
          'R9',
          r.list,
          awardPath(r, r.holder.kind),
          `${holderLabel(r.holder)}在 ${r.year} 年已由${r.award.conferrer}命名过一次（${where(first, 'id')}），同一命名单位每年只记一条`,
          '删除重复的奖项，或合并为一条',
        ),
    ),
  ];
}

/** R9, art. 5: the award names a home or person that exists; its dates and serial fit its year. */
function checkRecord(ctx: AwardsContext, r: AwardRecord): Problem[] {
  const { award, list, year } = r;
  const problems: Problem[] = [];
  const add = (field: string, message: string, hint: string) =>
    problems.push(violation('R9', list, awardPath(r, field), message, hint));
  if (!holderExists(ctx, r.holder)) {
    const [label, dir] = r.holder.kind === 'home' ? ['职工之家', 'content/homes/'] : ['娘家人', 'content/people/'];
    add(r.holder.kind, `没有编号为 ${quote(r.holder.id)} 的${label}`, `编号就是 ${dir} 下的文件名（不含扩展名）`);
  }
  const serialYear = SERIAL_YEAR.exec(award.serial)?.[1];
  if (serialYear && Number(serialYear) !== year) {
    add(
      'serial',
      `证书编号 ${quote(award.serial)} 中的年份是 ${serialYear}，但这是 ${year} 年的名单`,
      `证书编号的年份应为〔${year}〕`,
    );
  }
  const conferredYear = yearOf(award.conferredOn);
  if (conferredYear !== year && conferredYear !== year + 1) {
    add(
      'conferredOn',
      `命名日期 ${award.conferredOn} 不在 ${year} 年或 ${year + 1} 年内（这是 ${year} 年的名单）`,
      '核对命名日期，或把奖项移到对应年份的名单',
    );
  } else if (r.final && award.conferredOn > ctx.today) {
    add(
      'conferredOn',
      `命名日期 ${award.conferredOn} 晚于今天（${ctx.today}），正式名单只能记录已经命名的称号`,
      '核对日期，或把名单改为 draft',
    );
  }
  return problems;
}

/** R9, art. 5: one record, one truth. */
export function checkIntegrity(ctx: AwardsContext): Problem[] {
  return [...checkLists(ctx), ...checkDuplicates(ctx), ...ctx.records.flatMap((r) => checkRecord(ctx, r))];
}
