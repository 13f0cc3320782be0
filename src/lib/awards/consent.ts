import type { Problem } from '../content/problem.ts';
import type { AwardsContext } from './context.ts';
import { CONSENT_ARTICLE, problemAt } from './messages.ts';
import type { AwardRecord } from './types.ts';

/** The day a record first shows the person's name: the list's publication, else the conferral. */
function shownOn(r: AwardRecord): string {
  return r.list.data.published ?? r.award.conferredOn;
}

/**
 * PIPL art. 25: a person's name is published only with their consent. Every
 * 娘家人 named by an award needs a consent record dated no later than the
 * first final list that shows the name.
 */
export function checkConsent(ctx: AwardsContext): Problem[] {
  const problems: Problem[] = [];
  for (const person of ctx.input.people) {
    const named = ctx.records.filter((r) => r.holder.kind === 'person' && r.holder.id === person.id);
    if (!named.length) continue;
    const { consent, name } = person.data;
    if (!consent) {
      problems.push({
        ...problemAt(
          person,
          ['consent'],
          `${name}（${person.id}）出现在荣誉名单中，但没有本人同意公开姓名的记录`,
          '填写 consent：ref 同意书编号，date 签署日期；没有同意书的，名单中不能公开姓名',
        ),
        article: CONSENT_ARTICLE,
      });
      continue;
    }
    const first = named
      .filter((r) => r.final)
      .map(shownOn)
      .sort()[0];
    if (first && consent.date > first) {
      problems.push({
        ...problemAt(
          person,
          ['consent', 'date'],
          `同意书日期 ${consent.date} 晚于姓名首次公开的日期 ${first}`,
          '公开姓名前应取得本人同意；核对同意书日期',
        ),
        article: CONSENT_ARTICLE,
      });
    }
  }
  return problems;
}
