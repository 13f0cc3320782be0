/**
 * Which award rule a field of the award data answers to, so that a format
 * error in it (an impossible date, an unknown review result, an empty
 * conferrer) names its rule and article like every rule check does. Also
 * the derived facts that must never be typed in (R4, R5).
 */
import type { Problem } from '../content/problem.ts';
import { AWARD_RULES, CONSENT_ARTICLE, type RuleId } from './catalogue.ts';

/** The collections that hold award data. */
const AWARD_DATA = new Set(['homes', 'people', 'honors']);

/** R-rule of each field of an award (`awards[i].<field>`). */
const AWARD_FIELD_RULES: Record<string, RuleId> = {
  id: 'R9',
  serial: 'R9',
  home: 'R9',
  person: 'R9',
  level: 'R1',
  topTen: 'R3',
  conferrer: 'R2',
  conferredOn: 'R9',
  citation: 'R9',
  review: 'R7',
  rectification: 'R8',
  revoked: 'R8',
};

/** R-rule of each field of a year's list. */
const LIST_FIELD_RULES: Record<string, RuleId> = { year: 'R9', status: 'R3', published: 'R9', awards: 'R9' };

/** R-rule of the fields of a home that the award rules read. */
const HOME_FIELD_RULES: Record<string, RuleId> = { level: 'R1', unitType: 'R1', satisfaction: 'R6', year: 'R9' };

/** R-rule of the fields of a 娘家人 (consent is the law's, see below). */
const PERSON_FIELD_RULES: Record<string, RuleId> = { role: 'R4', home: 'R9', name: 'R9' };

/**
 * Facts the rules derive from the record (DOMAIN.md: "Eligibility is
 * derived, never typed in by hand"), with the rule that derives them.
 */
export const DERIVED_FIELDS: Readonly<Record<string, { rule: RuleId; what: string }>> = {
  mayDayEligible: { rule: 'R4', what: '可推荐五一劳动奖状（章）的资格' },
  mayDay: { rule: 'R4', what: '可推荐五一劳动奖状（章）的资格' },
  eligible: { rule: 'R4', what: '推荐资格' },
  eligibility: { rule: 'R4', what: '推荐资格' },
  consecutiveYears: { rule: 'R4', what: '连续保持模范称号的年数' },
  modelYears: { rule: 'R4', what: '保持模范称号的年份' },
  streak: { rule: 'R4', what: '连续保持模范称号的年数' },
  provincialHonourEligible: { rule: 'R5', what: '参评省级荣誉的资格' },
  provincialEligible: { rule: 'R5', what: '参评省级荣誉的资格' },
};

/** The rule a field at `path` of a file of `collection` answers to, or 'consent', or nothing. */
export function ruleOfField(collection: string, path: readonly PropertyKey[]): RuleId | 'consent' | undefined {
  const [head, index, field] = path;
  if (typeof head !== 'string') return undefined;
  if (collection === 'honors') {
    if (head === 'awards' && typeof index === 'number' && typeof field === 'string') return AWARD_FIELD_RULES[field];
    return LIST_FIELD_RULES[head];
  }
  if (collection === 'homes') return HOME_FIELD_RULES[head];
  if (collection === 'people') return head === 'consent' ? 'consent' : PERSON_FIELD_RULES[head];
  return undefined;
}

function withRule(problem: Problem, rule: RuleId | 'consent' | undefined): Problem {
  if (rule === 'consent') return { ...problem, article: CONSENT_ARTICLE };
  return rule ? { ...problem, rule, article: AWARD_RULES[rule].article } : problem;
}

/**
 * For the friendly-error path: gives a problem in award data its rule and
 * article, and turns a derived fact typed in by hand into that rule's error.
 */
export function annotateAwardData(collection: string) {
  return (problem: Problem, path: readonly PropertyKey[], unknownKey?: string): Problem => {
    if (!AWARD_DATA.has(collection)) return problem;
    const derived = unknownKey === undefined ? undefined : DERIVED_FIELDS[unknownKey];
    if (derived) {
      return withRule(
        {
          ...problem,
          message: `「${unknownKey}」是${derived.what}，由荣誉记录按 ${derived.rule} 推算，不能手工填写`,
          hint: `删除这一行；网站按历年名单自动推算并在荣誉榜上公布（见 /honors/rules/#${derived.rule.toLowerCase()}）`,
        },
        derived.rule,
      );
    }
    return withRule(
      problem,
      ruleOfField(collection, path) ?? (unknownKey && collection === 'honors' ? 'R9' : undefined),
    );
  };
}
