import { t } from '../i18n/zh-CN.ts';
import { requiredHours, type CreditRules, type DurationBand } from './study-hours.ts';
import { COMPLETION_SHARE } from './watched.ts';

/**
 * The study-hours rule as learners read it: this site's rule under article 6,
 * with the numbers of the site's configuration (site.yaml `training`). Where
 * the defaults come from is for editors (docs/editor-guide.md), not learners.
 */

const lower = (b: DurationBand) =>
  'atLeastMinutes' in b
    ? b.atLeastMinutes > 0
      ? `${b.atLeastMinutes} 分钟及以上`
      : ''
    : `超过 ${b.moreThanMinutes} 分钟`;

const upper = (previous: DurationBand | undefined) =>
  previous === undefined
    ? ''
    : 'atLeastMinutes' in previous
      ? `不足 ${previous.atLeastMinutes} 分钟`
      : `${previous.moreThanMinutes} 分钟及以下`;

/** Each band as a phrase, longest first: “30 分钟及以上计 1 学时”. */
export function bandPhrases(rules: CreditRules): string[] {
  return rules.videoBands.map((band, i) => {
    const range = [lower(band), upper(rules.videoBands[i - 1])].filter(Boolean).join('、');
    return `${range || '任意时长'}计 ${band.hours} 学时`;
  });
}

/** The rule in two paragraphs: its basis in article 6 and the yearly total, then how a lesson earns hours. */
export function hoursRule(rules: CreditRules): { basis: string; credit: string } {
  return {
    basis: t('courses.rule.basis', {
      days: rules.daysPerYear,
      perDay: rules.hoursPerDay,
      required: requiredHours(rules),
    }),
    credit: t('courses.rule.credit', {
      share: Math.round(COMPLETION_SHARE * 100),
      bands: bandPhrases(rules).join('，'),
      quiz: rules.quizPassedHours,
    }),
  };
}
