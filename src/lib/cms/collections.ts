import { z } from 'astro/zod';
import { courseSchema, lessonSchema } from '../schemas/courses.ts';
import { slug } from '../schemas/common.ts';
import { homeSchema } from '../schemas/homes.ts';
import { honourYearSchema, personSchema } from '../schemas/honours.ts';
import { lectureSchema } from '../schemas/lectures.ts';
import { policySchema } from '../schemas/policies.ts';
import { siteSchema } from '../schemas/site.ts';
import { storySchema } from '../schemas/stories.ts';
import { STORY_SECTIONS } from '../guards/structure.ts';
import { objectFields, stringPattern, type FieldContext, type Reference } from './fields.ts';
import { formatName, ID_FIELD, KIND_FIELD } from './format-names.ts';
import type { CmsCollection, CmsField } from './types.ts';
import {
  courseHref,
  homeHref,
  honoursYearHref,
  lectureHref,
  lessonHref,
  policyHref,
  storyHref,
} from '../routes/urls.ts';

/** The value an image factory returns here, so the generator knows an image field when it sees one. */
const IMAGE = z.string();
const image = () => IMAGE;

const HOME: Reference = { collection: 'homes', display: ['title'], search: ['title', 'unit', 'county'] };
const PERSON: Reference = { collection: 'people', display: ['name'], search: ['name'] };
const COURSE: Reference = { collection: 'courses', display: ['title'], search: ['title'] };

/** The field for a new entry's file name (its URL); not written into the file. */
function idField(from: string): CmsField {
  return {
    name: ID_FIELD,
    label: '网址（文件名）',
    widget: 'string',
    required: false,
    pattern: stringPattern(slug),
    hint: `只在新建时使用：留空则按${from}的拼音自动生成；建好后网址不再改变`,
  };
}

/** The Markdown body, with the parts a kind of entry is written in. */
function body(hint: string, template?: string, pattern?: [string, string]): CmsField {
  return {
    name: 'body',
    label: '正文',
    widget: 'markdown',
    required: true,
    hint,
    ...(template ? { default: template } : {}),
    ...(pattern ? { pattern } : {}),
    // Photos in a body would bypass the site's image pipeline and alt-text rule: photos go in the photo fields.
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
    editor_components: [],
    modes: ['rich_text', 'raw'],
  };
}

const STORY_TEMPLATE = [
  ['背景', '这个单位或群体遇到了什么问题，职工有什么需求。'],
  ['做法', '工会做了什么、怎么做的：写具体，便于其他单位学习复制。'],
  ['成效', '用事实和数字说明效果。'],
  ['职工评价', '引用一两位职工的话；公开姓名须经本人同意。'],
]
  .map(([h, p]) => `## ${h}\n\n（${p}）`)
  .join('\n\n');

/** A regular expression that the body matches only when it has the four story sections in order. */
const STORY_PATTERN: [string, string] = [
  `^[\\s\\S]*${STORY_SECTIONS.map((s) => `(?:^|\\n)##[ \\t]+${s}[ \\t]*(?:\\n|$)`).join('[\\s\\S]*')}[\\s\\S]*$`,
  `正文必须依次包含四个小标题：${STORY_SECTIONS.map((s) => `## ${s}`).join('、')}`,
];

export interface CollectionOptions {
  /** Path of the content folder from the repository root, e.g. `content`. */
  contentPath: string;
  /** The story tags site.yaml allows; stories then pick them from a list. */
  tags?: readonly string[];
}

/** Every collection the editor offers, generated from the schemas. */
export function cmsCollections({ contentPath: c, tags }: CollectionOptions): CmsCollection[] {
  const photos = (depth: number) => ({ media: `/${c}/media/photos`, public: `${'../'.repeat(depth)}media/photos` });
  const fields = (collection: string, schema: z.ZodType, extra: Partial<FieldContext> = {}) =>
    objectFields(schema, { collection, image: IMAGE, ...extra });
  const markdown = { extension: 'md' } as const;
  const data = { extension: 'yaml' } as const;
  /** A folder collection of `kind` files whose new entries are named by the id field, unless `rest` says otherwise. */
  const folder = (
    name: string,
    [label, singular]: [string, string],
    description: string,
    kind: typeof markdown | typeof data,
    rest: Omit<CmsCollection, 'name' | 'label'>,
  ): CmsCollection => ({
    name,
    label,
    label_singular: singular,
    description,
    folder: `${c}/${name}`,
    ...kind,
    create: true,
    slug: `{{fields.${ID_FIELD}}}`,
    identifier_field: 'title',
    ...rest,
  });
  /** The editor's preview link: the entry's page, by its file name. */
  const preview = (href: (id: string) => string, id = '{{filename}}') => href(id).replace(/^\//, '');
  const lessonMedia = `${c}/media/lessons`;

  const collections: CmsCollection[] = [
    folder(
      'stories',
      ['典型案例', '典型案例'],
      '第十条：可推广、可复制的先进典型。按“背景、做法、成效、职工评价”四部分写。',
      markdown,
      {
        summary: '{{title}}（{{date}}）',
        sortable_fields: ['date', 'title'],
        preview_path: preview(storyHref),
        fields: [
          ...fields('stories', storySchema(image), {
            references: { homes: HOME },
            imageFolders: photos(1),
            ...(tags ? { choices: { tags } } : {}),
          }),
          body('按四个小标题写：背景、做法、成效、职工评价；不要写个人手机号、身份证号', STORY_TEMPLATE, STORY_PATTERN),
          idField('标题'),
        ],
      },
    ),
    folder(
      'homes',
      ['职工之家', '职工之家'],
      '模范、先进和合格职工之家：单位、等级、“八有”“六有”、服务菜单、承诺和满意度。',
      markdown,
      {
        path: `{{city}}/{{slug}}`,
        summary: '{{title}}',
        sortable_fields: ['title', 'city', 'level', 'year'],
        preview_path: preview(homeHref),
        fields: [
          ...fields('homes', homeSchema(image), { imageFolders: photos(2) }),
          body('职工之家的介绍：建家历程、特色做法、职工评价'),
          idField('名称'),
        ],
      },
    ),
    folder('lectures', ['传习所讲稿', '讲稿'], '第七条：新时代文明传习所的讲稿，属于“四个讲解”之一。', markdown, {
      summary: '{{title}}（{{date}}）',
      sortable_fields: ['date', 'title'],
      preview_path: preview(lectureHref),
      fields: [
        ...fields('lectures', lectureSchema),
        body('讲稿正文：用二级标题（## ）分节，讲稿页和演示模式按节显示'),
        idField('标题'),
      ],
    }),
    folder('courses', ['培训课程', '课程'], '第六条：网上培训课程；课时在“课程课时”里编辑。', markdown, {
      path: '{{slug}}/index',
      filter: { field: KIND_FIELD, value: 'course' },
      summary: '{{title}}',
      preview_path: preview(courseHref, '{{dirname}}'),
      fields: [
        ...fields('courses', courseSchema, { references: { prerequisites: COURSE } }),
        body('课程介绍'),
        idField('标题'),
      ],
    }),
    folder('lessons', ['课程课时', '课时'], '课程的每一课：视频、字幕、章节和小测验。', markdown, {
      folder: `${c}/courses`,
      path: '{{course}}/{{slug}}',
      filter: { field: KIND_FIELD, value: 'lesson' },
      summary: '{{dirname}} 第 {{order}} 课：{{title}}',
      sortable_fields: ['title', 'order'],
      preview_path: preview(lessonHref, '{{dirname}}/{{filename}}'),
      fields: [
        ...fields('lessons', lessonSchema, {
          mediaFiles: { 'videos.src': lessonMedia, 'captions.src': lessonMedia, poster: lessonMedia },
        }),
        body('课时说明和文字稿'),
        {
          name: 'course',
          label: '所属课程',
          widget: 'relation',
          collection: 'courses',
          value_field: '{{dirname}}',
          search_fields: ['title'],
          display_fields: ['title'],
          required: false,
          hint: '只在新建课时时选择：课时放进这门课程的文件夹',
        },
        idField('标题'),
      ],
    }),
    folder(
      'honors',
      ['荣誉名单', '年度名单'],
      '第五条：每年一个名单，记录授予职工之家和“娘家人”的称号；保存前按规则 R1-R9 检查。',
      data,
      {
        slug: '{{fields.year}}',
        identifier_field: 'year',
        summary: '{{year}} 年（{{status}}）',
        sortable_fields: ['year'],
        preview_path: preview(honoursYearHref),
        fields: fields('honors', honourYearSchema, { references: { 'awards.home': HOME, 'awards.person': PERSON } }),
      },
    ),
    folder('people', ['娘家人', '娘家人'], '可以获得荣誉的工会主席、副主席；公开姓名须有本人同意的凭据。', data, {
      identifier_field: 'name',
      summary: '{{name}}',
      sortable_fields: ['name'],
      fields: [...fields('people', personSchema, { references: { home: HOME } }), idField('姓名')],
    }),
    folder(
      'policies',
      ['政策文件', '政策文件'],
      '政策原文，每条以“## 一、……”开头，网页为每条生成固定锚点。',
      markdown,
      {
        summary: '{{title}}',
        preview_path: preview(policyHref),
        fields: [
          ...fields('policies', policySchema),
          body('政策原文：每一条以“## 一、……”这样的二级标题开头'),
          idField('标题'),
        ],
      },
    ),
    {
      name: 'settings',
      label: '站点设置',
      description: '站点名称、主办单位、备案号、案例标签、培训设置和网上服务。',
      ...data,
      editor: { preview: false },
      files: [{ name: 'site', label: '站点设置', file: `${c}/site.yaml`, fields: fields('site', siteSchema) }],
    },
  ];
  return collections.map((c) => ({ ...c, format: formatName(c.name) }));
}
