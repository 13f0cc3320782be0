import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../content/collections.ts';
import { siteSchema } from '../schemas/site.ts';
import { cmsConfig } from './config.ts';
import { fieldFor, NoWidgetError } from './fields.ts';
import type { CmsCollection, CmsField } from './types.ts';

const HAN = /[\u4e00-\u9fff]/;
const local = cmsConfig(
  { kind: 'local', proxyUrl: '/api/v1/', contentPath: 'content' },
  { name: '站', baseUrl: 'https://zgzj.example.cn', tags: ['职工书屋', '办实事'] },
);
const collection = (name: string) => local.collections.find((c) => c.name === name)!;
const fieldsOf = (c: CmsCollection) => c.fields ?? c.files![0]!.fields;

/** Every field path of a zod object schema, walked independently of the generator. */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (['optional', 'default', 'nullable', 'prefault'].includes(def['type'] as string))
    return schemaPaths(def['innerType'] as z.ZodType, prefix);
  if (def['type'] === 'pipe') return schemaPaths(def['out'] as z.ZodType, prefix);
  if (def['type'] === 'array') return schemaPaths(def['element'] as z.ZodType, prefix);
  if (def['type'] !== 'object') return [];
  return Object.entries(def['shape'] as Record<string, z.ZodType>).flatMap(([k, v]) => [
    `${prefix}${k}`,
    ...schemaPaths(v, `${prefix}${k}.`),
  ]);
}

/** Every widget path of the generated fields. */
function widgetPaths(fields: readonly CmsField[], prefix = ''): [string, CmsField][] {
  return fields.flatMap((f) => [
    [`${prefix}${f.name}`, f] as [string, CmsField],
    ...widgetPaths(f.fields ?? [], `${prefix}${f.name}.`),
  ]);
}

describe('the CMS configuration generated from the schemas', () => {
  const cases = [
    ...Object.entries(COLLECTIONS).map(([name, spec]) => [name, spec.schema(() => z.string())] as const),
    ['settings', siteSchema] as const,
  ];

  it.each(cases)('gives every field of %s a widget with a Chinese label and hint', (name, schema) => {
    const widgets = new Map(widgetPaths(fieldsOf(collection(name))));
    for (const path of schemaPaths(schema)) {
      const w = widgets.get(path);
      expect(w, `${name}: ${path} has no widget`).toBeDefined();
      expect(w!.label, `${name}: ${path} label`).toMatch(HAN);
      expect(w!.hint ?? '', `${name}: ${path} hint`).toMatch(HAN);
    }
  });

  it('fails on a field type the editor has no widget for', () => {
    expect(() => fieldFor('title', z.bigint(), { collection: 'stories' })).toThrow(NoWidgetError);
    expect(() => fieldFor('title', z.enum(['x', 'y']), { collection: 'stories' })).toThrow(/没有中文名称/);
    expect(() => fieldFor('noSuchField', z.string(), { collection: 'stories' })).toThrow(/没有中文名称/);
  });

  it('offers enums as selects with the Chinese labels of the vocabulary', () => {
    const unitType = fieldsOf(collection('homes')).find((f) => f.name === 'unitType')!;
    expect(unitType).toMatchObject({ widget: 'select', required: true });
    expect(unitType.options).toEqual([
      { label: '机关（事业）', value: 'public-institution' },
      { label: '国有（集体）', value: 'state-owned' },
      { label: '非公企业', value: 'non-public' },
    ]);
    const venue = widgetPaths(fieldsOf(collection('homes'))).find(([p]) => p === 'eightHaves.venue')![1];
    expect(venue).toMatchObject({ widget: 'boolean', label: '有活动场所' });
    const audience = fieldsOf(collection('courses')).find((f) => f.name === 'audience')!;
    expect(audience).toMatchObject({ widget: 'select', multiple: true, min: 1 });
  });

  it('links references with relation widgets that store the entry id (its file name)', () => {
    const homes = fieldsOf(collection('stories')).find((f) => f.name === 'homes')!;
    expect(homes).toMatchObject({
      widget: 'relation',
      collection: 'homes',
      multiple: true,
      value_field: '{{filename}}',
    });
    const awards = widgetPaths(fieldsOf(collection('honors')));
    expect(awards.find(([p]) => p === 'awards.home')![1]).toMatchObject({ widget: 'relation', collection: 'homes' });
    expect(awards.find(([p]) => p === 'awards.person')![1]).toMatchObject({ widget: 'relation', collection: 'people' });
  });

  it('marks optional fields, keeps patterns and numeric limits', () => {
    const w = new Map(widgetPaths(fieldsOf(collection('honors'))));
    expect(w.get('awards.id')!.pattern![0]).toBe('^[A-Za-z0-9-]+$');
    expect(w.get('awards.citation')!.required).toBe(false);
    expect(w.get('year')).toMatchObject({ widget: 'number', value_type: 'int', min: 2018 });
    expect(new Map(widgetPaths(fieldsOf(collection('homes')))).get('satisfaction.percent')).toMatchObject({
      min: 0,
      max: 100,
    });
    expect(w.get('published')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
  });

  it('takes story tags from site.yaml and asks for alt text with every photo', () => {
    const fields = new Map(widgetPaths(fieldsOf(collection('stories'))));
    expect(fields.get('tags')!.options!.map((o) => o.value)).toEqual(['职工书屋', '办实事']);
    expect(fields.get('cover.src')).toMatchObject({
      widget: 'image',
      media_folder: '/content/media/photos',
      public_folder: '../media/photos',
    });
    expect(fields.get('cover.alt')!.hint).toContain('必填');
    expect(new Map(widgetPaths(fieldsOf(collection('homes')))).get('photos.src')!.public_folder).toBe(
      '../../media/photos',
    );
  });

  it('writes a story body in its four sections, and refuses one that lacks a section', () => {
    const body = fieldsOf(collection('stories')).find((f) => f.name === 'body')!;
    const pattern = new RegExp(body.pattern![0]);
    expect(pattern.test(String(body.default))).toBe(true);
    expect(pattern.test('## 背景\n\n文字\n\n## 做法\n\n文字\n\n## 职工评价\n\n文字')).toBe(false);
    expect(body.pattern![1]).toContain('## 成效');
  });

  it('commits to Gitea or Forgejo with PKCE from site.yaml, with review only where Forgejo offers it', () => {
    const settings = {
      backend: 'forgejo',
      url: 'https://git.zgzj.example.cn/',
      repo: 'zgzj/site',
      branch: 'main',
      appId: 'abc',
      contentPath: 'content',
      workflow: true,
    } as const;
    const git = cmsConfig({ kind: 'git', settings }, { name: '站', baseUrl: 'https://zgzj.example.cn' });
    expect(git.backend).toMatchObject({
      name: 'forgejo',
      repo: 'zgzj/site',
      app_id: 'abc',
      base_url: 'https://git.zgzj.example.cn',
      api_root: 'https://git.zgzj.example.cn/api/v1',
    });
    expect(JSON.stringify(git)).not.toMatch(/secret/i);
    expect(git.publish_mode).toBe('editorial_workflow');
    expect(
      cmsConfig({ kind: 'git', settings: { ...settings, backend: 'gitea' } }, { name: '站', baseUrl: 'https://x.cn' })
        .publish_mode,
    ).toBeUndefined();
  });
});
