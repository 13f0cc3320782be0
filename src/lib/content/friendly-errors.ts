/**
 * The one place a zod failure becomes problems an editor can act on: the
 * file, the line, the field's Chinese name, what was found, what is allowed,
 * and for a misspelt field "你是不是想写 …". Content collections, award data,
 * `site.yaml` and the coverage ledger all come through here.
 */
import type { z } from 'astro/zod';
import { closest, distance } from 'fastest-levenshtein';
import { FIELD_LABELS, VALUE_LABELS, describeField } from './field-labels.ts';
import type { Problem } from './problem.ts';
import type { Position } from './source.ts';

const HAN = /[\u3400-\u9fff]/;

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
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

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  getter?: () => z.ZodType;
}
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** The object schemas a value at `path` may be checked against (through optional, default, pipes, arrays). */
function objectsAt(schema: z.ZodType, path: readonly PropertyKey[]): Def[] {
  const def = defOf(schema);
  const inner = def.innerType ?? def.getter?.();
  if (inner) return objectsAt(inner, path);
  if (def.type === 'pipe') return [...objectsAt(def.in!, path), ...objectsAt(def.out!, path)];
  if (def.type === 'union') return def.options!.flatMap((o) => objectsAt(o, path));
  if (path.length === 0) return def.type === 'object' ? [def] : [];
  const [head, ...rest] = path;
  if (def.type === 'array' && typeof head === 'number') return objectsAt(def.element!, rest);
  const child = def.type === 'object' && typeof head === 'string' ? def.shape?.[head] : undefined;
  return child ? objectsAt(child, rest) : [];
}

/** The field names a schema allows at `path`. */
export function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  return [...new Set(objectsAt(schema, path).flatMap((d) => Object.keys(d.shape ?? {})))];
}

/**
 * The known field an unknown one was probably meant to be: the same name in
 * other case, a field whose Chinese name was typed, or the nearest spelling.
 */
export function suggestKey(
  unknown: string,
  known: readonly string[],
  labels: Readonly<Record<string, string>> = FIELD_LABELS,
): string | undefined {
  if (!known.length) return undefined;
  const lower = unknown.toLowerCase();
  const exact = known.find((k) => k.toLowerCase() === lower || labels[k] === unknown);
  if (exact) return exact;
  const best = closest(lower, known.map((k) => k.toLowerCase()));
  const index = known.findIndex((k) => k.toLowerCase() === best);
  const limit = unknown.length <= 3 ? 1 : Math.max(2, Math.floor(unknown.length / 3));
  return distance(lower, best) <= limit ? known[index] : undefined;
}

function knownList(keys: readonly string[], labels: Readonly<Record<string, string>>): string {
  return keys.map((k) => (labels[k] ? `${k}（${labels[k]}）` : k)).join('、');
}

/** One zod issue as a sentence: the field's Chinese name, what was found, what is allowed. */
export function issueMessage(
  issue: z.core.$ZodIssue,
  data: unknown,
  labels: Readonly<Record<string, string>> = FIELD_LABELS,
): string {
  const { label, key } = describeField(issue.path, labels);
  const found = valueAt(data, issue.path);
  const name = label ? `「${label}」` : '';
  if (found === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    const values = issue.code === 'invalid_value' ? issue.values : Object.keys(VALUE_LABELS[key] ?? {});
    return `缺少必填字段${name}（${key}）${values.length ? `。允许的值：${allowed(key, values)}` : ''}`;
  }
  if (issue.code === 'invalid_value') {
    return `${name}的值 ${show(found)} 不在允许范围内。允许的值：${allowed(key, issue.values)}`;
  }
  if (HAN.test(issue.message)) {
    const scalar = found !== null && typeof found !== 'object';
    return `${name}${issue.message}${scalar && issue.code !== 'custom' ? `，实际写的是 ${show(found)}` : ''}`;
  }
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
    case 'invalid_format':
      return `${name}格式不正确：${show(found)}`;
    default:
      return `${name}的值 ${show(found)} 不符合要求`;
  }
}

/** Where a file's fields are written. */
export interface Locator {
  file: string;
  /** Position of the value at `path`. */
  locate: (path: readonly PropertyKey[]) => Position;
  /** Position of the key at `path` (its last element); defaults to `locate`. */
  locateKey?: (path: readonly PropertyKey[]) => Position;
}

export interface FriendlyOptions {
  /** Chinese names of the fields, when not the content's (FIELD_LABELS). */
  labels?: Readonly<Record<string, string>>;
  /** Extra facts for a problem at `path` (an award rule and its article), or a replacement problem. */
  annotate?: (problem: Problem, path: readonly PropertyKey[], unknownKey?: string) => Problem;
}

/** Problems for every unrecognised field of one issue: located at the key, with a suggestion. */
function unknownKeyProblems(
  schema: z.ZodType,
  issue: z.core.$ZodIssue & { keys: string[] },
  where: Locator,
  options: FriendlyOptions,
): Problem[] {
  const known = knownKeys(schema, issue.path);
  const labels = options.labels ?? FIELD_LABELS;
  return issue.keys.map((key) => {
    const path = [...issue.path, key];
    const suggestion = suggestKey(key, known, labels);
    const guess = suggestion ? `你是不是想写 ${suggestion}${labels[suggestion] ? `（${labels[suggestion]}）` : ''}？` : '';
    const problem: Problem = {
      file: where.file,
      ...(where.locateKey ?? where.locate)(path),
      field: describeField(path).field,
      message: `无法识别的字段「${key}」。${guess}`.trim(),
      hint: `这里可以写的字段：${knownList(known, labels)}。拼错的字段不会起作用，所以必须改正或删除`,
    };
    return options.annotate?.(problem, suggestion ? [...issue.path, suggestion] : path, key) ?? problem;
  });
}

/**
 * Checks `data` against `schema`. Returns the parsed data, or every problem
 * with its position, in Chinese, never zod's English.
 */
export function parseFriendly<S extends z.ZodType>(
  schema: S,
  data: unknown,
  where: Locator,
  options: FriendlyOptions = {},
): { data: z.infer<S>; problems: [] } | { data?: undefined; problems: Problem[]; invalid: PropertyKey[][] } {
  const result = schema.safeParse(data);
  if (result.success) return { data: result.data, problems: [] };
  const invalid = result.error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys' ? i.keys.map((k) => [...i.path, k]) : [[...i.path]],
  );
  const problems = result.error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') return unknownKeyProblems(schema, issue, where, options);
    const problem: Problem = {
      file: where.file,
      ...where.locate(issue.path),
      field: describeField(issue.path).field,
      message: issueMessage(issue, data, options.labels),
    };
    return [options.annotate?.(problem, issue.path) ?? problem];
  });
  return { problems, invalid };
}
