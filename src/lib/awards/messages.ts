import { describeField } from '../content/field-labels.ts';
import type { Problem } from '../content/problem.ts';
import { LEVEL_LABELS, type Level } from '../domain/vocab.ts';
import type { Holder, SourceEntry } from './types.ts';

/** The award rules of DOMAIN.md. */
export type RuleId = 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'R7' | 'R8' | 'R9';

/** Every rule comes from article 5 of the policy (开展“双争”活动). */
export const RULE_ARTICLE: Record<RuleId, string> = {
  R1: '第五条',
  R2: '第五条',
  R3: '第五条',
  R4: '第五条',
  R5: '第五条',
  R6: '第五条',
  R7: '第五条',
  R8: '第五条',
  R9: '第五条',
};

/** Where the consent rule comes from: it is the law, not the policy. */
export const CONSENT_ARTICLE = '《个人信息保护法》第二十五条';

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
