import type { z } from 'astro/zod';
import { FIELD_LABELS } from '../content/field-labels.ts';
import { isoDate } from '../schemas/common.ts';
import { contextLabel, fieldHint } from './hints.ts';
import type { CmsField } from './types.ts';
import { CHECKLIST_LABELS, selectOptions } from './vocab-options.ts';

/** What the generator must know about a collection beyond its schema. */
export interface FieldContext {
  /** Collection name, for hints and references (`stories`, `honors` …). */
  collection: string;
  /** The schema instance standing for an image path (what the collection's image factory returned). */
  image?: z.ZodType;
  /** Field paths (`homes`, `awards.person`) that hold ids of entries of another collection. */
  references?: Readonly<Record<string, Reference>>;
  /** Field paths holding `/media/...` file paths, with the media folder (under the content root) they live in. */
  mediaFiles?: Readonly<Record<string, string>>;
  /** Field paths whose values must come from a list the site keeps (a story's tags from site.yaml). */
  choices?: Readonly<Record<string, readonly string[]>>;
  /** Where images go: the media folder under the content root and the path written into the file. */
  imageFolders?: { media: string; public: string };
}

/** A relation: which collection, and which of its fields to show and search. */
export interface Reference {
  collection: string;
  display: string[];
  search: string[];
}

type Def = { type: string; [k: string]: unknown };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (s: z.ZodType) =>
  ((defOf(s).checks as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? []).map((c) => c._zod.def);

/** A schema with its optional/default wrappers taken off. */
interface Unwrapped {
  schema: z.ZodType;
  required: boolean;
  default?: unknown;
}

function unwrap(schema: z.ZodType): Unwrapped {
  let s = schema;
  let required = true;
  let dflt: unknown;
  for (;;) {
    const def = defOf(s);
    if (def.type === 'optional' || def.type === 'nullable') {
      required = false;
      s = def.innerType as z.ZodType;
    } else if (def.type === 'default' || def.type === 'prefault') {
      required = false;
      dflt = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
      s = def.innerType as z.ZodType;
    } else if (def.type === 'readonly' || def.type === 'catch') {
      s = def.innerType as z.ZodType;
    } else break;
  }
  return { schema: s, required, ...(dflt !== undefined ? { default: dflt } : {}) };
}

/** The Chinese message a schema gives for a value that breaks its pattern. */
function patternMessage(schema: z.ZodType): string {
  const result = schema.safeParse('\u0000 不符合格式 \u0000');
  return result.success ? '格式不正确' : (result.error.issues[0]?.message ?? '格式不正确');
}

/** A string schema's regular expression and its Chinese message, for Decap's `pattern`. */
export function stringPattern(schema: z.ZodType): [string, string] | undefined {
  const regex = checksOf(schema).find((c) => c.check === 'string_format' && c.pattern instanceof RegExp)?.pattern as
    RegExp | undefined;
  return regex ? [regex.source, patternMessage(schema)] : undefined;
}

function numberLimits(schema: z.ZodType): Pick<CmsField, 'min' | 'max' | 'value_type'> {
  const out: Pick<CmsField, 'min' | 'max' | 'value_type'> = { value_type: 'float' };
  for (const c of checksOf(schema)) {
    if (c.check === 'number_format' && String(c.format).includes('int')) out.value_type = 'int';
    if (c.check === 'greater_than') out.min = Number(c.value) + (c.inclusive ? 0 : out.value_type === 'int' ? 1 : 0);
    if (c.check === 'less_than') out.max = Number(c.value) - (c.inclusive ? 0 : out.value_type === 'int' ? 1 : 0);
  }
  return out;
}

const minItems = (schema: z.ZodType) =>
  checksOf(schema).find((c) => c.check === 'min_length')?.minimum as number | undefined;
const maxItems = (schema: z.ZodType) =>
  checksOf(schema).find((c) => c.check === 'max_length')?.maximum as number | undefined;

/** Thrown when a schema uses a type the editor has no widget for: the config test then fails. */
export class NoWidgetError extends Error {}

function label(collection: string, path: string[]): string {
  const key = path.at(-1)!;
  const checklist = path.length > 1 ? CHECKLIST_LABELS[path.at(-2)!] : undefined;
  const found = checklist ? checklist[key] : (contextLabel(collection, path) ?? FIELD_LABELS[key]);
  if (!found)
    throw new NoWidgetError(`字段 ${path.join('.')} 没有中文名称（在 src/lib/content/field-labels.ts 中补上）`);
  return found;
}

/** One schema field as an editor widget, with label, hint, required, default, pattern and limits. */
export function fieldFor(name: string, schema: z.ZodType, ctx: FieldContext, parent: string[] = []): CmsField {
  const path = [...parent, name];
  const key = path.join('.');
  const { schema: inner, required, default: dflt } = unwrap(schema);
  const base: CmsField = {
    name,
    label: label(ctx.collection, path),
    widget: 'string',
    required,
    hint:
      fieldHint(ctx.collection, path) ??
      (path.length > 1 && CHECKLIST_LABELS[path.at(-2)!] ? '已经达到这一项标准的，请勾选' : undefined),
    ...(dflt !== undefined && !(Array.isArray(dflt) && dflt.length === 0) ? { default: dflt } : {}),
  };
  const reference = ctx.references?.[key];
  const media = ctx.mediaFiles?.[key];
  const def = defOf(inner);

  if (inner === isoDate) {
    return {
      ...base,
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      date_format: 'YYYY-MM-DD',
      time_format: false,
      picker_utc: true,
      ...(required ? {} : { default: '' }),
    };
  }
  if (ctx.image && inner === ctx.image) {
    return { ...base, widget: 'image', choose_url: false, ...imageFolders(ctx) };
  }
  if (reference && (def.type === 'string' || def.type === 'array')) {
    const multiple = def.type === 'array';
    return {
      ...base,
      widget: 'relation',
      collection: reference.collection,
      value_field: '{{filename}}',
      search_fields: reference.search,
      display_fields: reference.display,
      options_length: 50,
      ...(multiple ? { multiple: true, ...(minItems(inner) ? { min: minItems(inner) } : {}) } : {}),
    };
  }
  const choices = ctx.choices?.[key];
  if (choices && def.type === 'array') {
    return { ...base, widget: 'select', multiple: true, options: choices.map((c) => ({ label: c, value: c })) };
  }
  switch (def.type) {
    case 'string': {
      if (media) return { ...base, widget: 'file', choose_url: false, media_folder: media, public_folder: `/${media}` };
      const pattern = stringPattern(inner);
      return { ...base, ...(pattern ? { pattern } : {}) };
    }
    case 'pipe':
      // A preprocessed value (z.preprocess): the editor edits what it becomes.
      return fieldFor(name, def.out as z.ZodType, ctx, parent);
    case 'number':
      return { ...base, widget: 'number', ...numberLimits(inner) };
    case 'boolean':
      return { ...base, widget: 'boolean', ...(base.default === undefined ? { default: false } : {}) };
    case 'enum': {
      const values = Object.values(def.entries as Record<string, string>);
      const options = selectOptions(values);
      if (!options)
        throw new NoWidgetError(
          `字段 ${key} 的可选值 ${values.join('、')} 没有中文名称（在 src/lib/cms/vocab-options.ts 中补上）`,
        );
      return { ...base, widget: 'select', options };
    }
    case 'object': {
      const fields = objectFields(inner, ctx, path);
      // Decap checks the fields of an object even when the object is left out; for an optional
      // object (a cover, a revocation) the page's own check (the schema) asks for them once it is used.
      return {
        ...base,
        widget: 'object',
        collapsed: false,
        fields: required ? fields : fields.map((f) => ({ ...f, required: false })),
      };
    }
    case 'array':
      return listField(base, inner, ctx, path);
    default:
      throw new NoWidgetError(`字段 ${key} 的类型 ${def.type} 在编辑器里没有对应的控件`);
  }
}

function imageFolders(ctx: FieldContext): Pick<CmsField, 'media_folder' | 'public_folder'> {
  return ctx.imageFolders ? { media_folder: ctx.imageFolders.media, public_folder: ctx.imageFolders.public } : {};
}

function listField(base: CmsField, schema: z.ZodType, ctx: FieldContext, path: string[]): CmsField {
  const element = unwrap(defOf(schema).element as z.ZodType).schema;
  const limits = {
    ...(minItems(schema) ? { min: minItems(schema) } : {}),
    ...(maxItems(schema) ? { max: maxItems(schema) } : {}),
  };
  const elementDef = defOf(element);
  if (elementDef.type === 'enum') {
    const values = Object.values(elementDef.entries as Record<string, string>);
    const options = selectOptions(values);
    if (!options) throw new NoWidgetError(`字段 ${path.join('.')} 的可选值没有中文名称`);
    return { ...base, widget: 'select', multiple: true, options, ...limits };
  }
  if (elementDef.type === 'object') {
    const fields = objectFields(element, ctx, path);
    const first = fields.find((f) => f.widget === 'string' || f.widget === 'number' || f.widget === 'datetime');
    return {
      ...base,
      widget: 'list',
      collapsed: true,
      fields,
      ...(first ? { summary: `{{fields.${first.name}}}` } : {}),
      ...limits,
    };
  }
  // A list of single values: one widget per item.
  const item = fieldFor(path.at(-1)!, element, ctx, path.slice(0, -1));
  return { ...base, widget: 'list', field: { ...item, required: true }, ...limits };
}

/** The widgets of an object schema's fields, in the schema's order. */
export function objectFields(schema: z.ZodType, ctx: FieldContext, path: string[] = []): CmsField[] {
  const { schema: inner } = unwrap(schema);
  const def = defOf(inner);
  if (def.type !== 'object') throw new NoWidgetError(`${path.join('.') || ctx.collection} 不是一组字段（object）`);
  return Object.entries(def.shape as Record<string, z.ZodType>).map(([name, s]) => fieldFor(name, s, ctx, path));
}
