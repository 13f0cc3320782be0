import { describeField } from '../content/field-labels.ts';
import type { Problem } from '../content/problem.ts';
import { LEVEL_LABELS, type Level } from '../domain/vocab.ts';
import type { Holder, SourceEntry } from './types.ts';

import { AWARD_RULES, RULE_IDS, type RuleId } from './catalogue.ts';

export { CONSENT_ARTICLE, type RuleId } from './catalogue.ts';

/** The article each rule cites, from the catalogue. */
export const RULE_ARTICLE = Object.fromEntries(RULE_IDS.map((id) => [id, AWARD_RULES[id].article])) as Record<
  RuleId,
  string
>;

/** A problem at `path` of `entry`, with the position of that field. */
export function problemAt(
  entry: SourceEntry<unknown>,
  path: readonly PropertyKey[],
  message: string,
  hint?: string,
): Problem {
  const position = entry.locate?.(path) ?? { line: 1, col: 1 };
  return {
    file: entry.file ?? entry.id,
    ...position,
    field: describeField(path).field,
    message,
    ...(hint ? { hint } : {}),
  };
}

/** A broken award rule at `path` of `entry`: message says what was found and what is allowed. */
export function violation(
  rule: RuleId,
  entry: SourceEntry<unknown>,
  path: readonly PropertyKey[],
  message: string,
  hint?: string,
): Problem {
  return { ...problemAt(entry, path, message, hint), rule, article: RULE_ARTICLE[rule] };
}

/** A value quoted the way the content checker quotes it. */
export function quote(value: unknown): string {
  return typeof value === 'string' ? `“${value}”` : String(value);
}

export function levelLabel(level: Level): string {
  return `${LEVEL_LABELS[level]}（${level}）`;
}

export function holderLabel(holder: Holder, name?: string): string {
  const kind = holder.kind === 'home' ? '职工之家' : '娘家人';
  return name ? `${kind}“${name}”（${holder.id}）` : `${kind} ${holder.id}`;
}

/** `2024-01-15` as `2024年1月15日`, for sentences. */
export function dateLabel(date: string): string {
  const [y, m, d] = date.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}
