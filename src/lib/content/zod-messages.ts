import type { z } from 'astro/zod';
import { VALUE_LABELS, describeField } from './field-labels.ts';

const HAN = /[\u3400-\u9fff]/;

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function show(value: unknown): string {
  if (typeof value === 'string') return `“${value}”`;
  if (value === null) return '空值';
  if (Array.isArray(value)) return '列表';
  if (typeof value === 'object') return '一组字段';
  return String(value);
}

function allowed(key: string, values: readonly unknown[]): string {
  const labels = VALUE_LABELS[key];
  return values.map((v) => (labels?.[String(v)] ? `${String(v)}（${labels[String(v)]}）` : String(v))).join('、');
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: 'true 或 false',
  array: '列表（每行以 - 开头）',
  object: '一组字段',
  date: '日期',
};

/**
 * Turns one zod issue into a sentence an editor understands: the field's
 * Chinese name, what was found, and what is allowed.
 */
export function issueMessage(issue: z.core.$ZodIssue, data: unknown): string {
  const { label, key } = describeField(issue.path);
  const found = valueAt(data, issue.path);
  const name = label ? `「${label}」` : '';
  if (found === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    const values = issue.code === 'invalid_value' ? issue.values : Object.keys(VALUE_LABELS[key] ?? {});
    return `缺少必填字段${name}（${key}）${values.length ? `。允许的值：${allowed(key, values)}` : ''}`;
  }
  if (issue.code === 'invalid_value') {
    return `${name}的值 ${show(found)} 不在允许范围内。允许的值：${allowed(key, issue.values)}`;
  }
  if (HAN.test(issue.message)) return `${name}${issue.message}`;
  switch (issue.code) {
    case 'invalid_type':
      return `${name}应为${TYPE_NAMES[issue.expected] ?? issue.expected}，实际写的是 ${show(found)}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `${name}至少需要 ${String(issue.minimum)} 项`
        : issue.origin === 'string'
          ? `${name}至少需要 ${String(issue.minimum)} 个字`
          : `${name}不能小于 ${String(issue.minimum)}，实际为 ${show(found)}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `${name}最多 ${String(issue.maximum)} 项`
        : `${name}不能大于 ${String(issue.maximum)}，实际为 ${show(found)}`;
    case 'unrecognized_keys':
      return `有无法识别的字段：${issue.keys.join('、')}（请检查拼写）`;
    case 'invalid_format':
      return `${name}格式不正确：${show(found)}`;
    default:
      return `${name}的值 ${show(found)} 不符合要求`;
  }
}
