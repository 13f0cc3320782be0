import type { Problem } from '../content/problem.ts';
import { RULE_ARTICLE } from './messages.ts';

const HOME_FILE = /(^|[\\/])homes[\\/]/;
const HONORS_FILE = /(^|[\\/])honors[\\/]/;
const AWARD_LEVEL = /^awards\[\d+\]\.level$/;

/** R1, art. 5: the field of a content problem is a grade or a unit type. */
export function isGradeField(problem: Problem): boolean {
  const field = problem.field ?? '';
  if (HOME_FILE.test(problem.file)) return field === 'level' || field === 'unitType';
  return HONORS_FILE.test(problem.file) && AWARD_LEVEL.test(field);
}

/**
 * R1, art. 5: grades are 合格/先进/模范 and unit types the three of the
 * policy. The schemas enforce both; this marks their problems with the rule.
 */
export function tagGradeProblems(problems: readonly Problem[]): Problem[] {
  return problems.map((p) => (!p.rule && isGradeField(p) ? { ...p, rule: 'R1', article: RULE_ARTICLE.R1 } : p));
}
