import type { CollectionName } from '../content/collections.ts';
import type { ScaffoldContext } from './context.ts';
import { homeTemplate } from './home.ts';
import { lectureTemplate } from './lecture.ts';
import { storyTemplate } from './story.ts';

export type { ScaffoldContext } from './context.ts';

export interface KindSpec {
  template: (c: ScaffoldContext) => string;
  collection: CollectionName;
  /** Chinese name, for messages. */
  label: string;
  /** First URL segment of its pages. */
  route: string;
  /** The field holding its photos: `required` when the schema asks for one. */
  photo?: { field: string; required: boolean };
}

/** What `npm run new` can create. */
export const KINDS = {
  story: {
    template: storyTemplate,
    collection: 'stories',
    label: '典型案例',
    route: 'stories',
    photo: { field: 'cover', required: false },
  },
  lecture: { template: lectureTemplate, collection: 'lectures', label: '传习所讲稿', route: 'lectures' },
  home: {
    template: homeTemplate,
    collection: 'homes',
    label: '职工之家',
    route: 'homes',
    photo: { field: 'photos', required: true },
  },
} as const satisfies Record<string, KindSpec>;

export type ScaffoldKind = keyof typeof KINDS;
export const SCAFFOLD_KINDS = Object.keys(KINDS) as ScaffoldKind[];

export const isScaffoldKind = (kind: string | undefined): kind is ScaffoldKind =>
  kind !== undefined && Object.hasOwn(KINDS, kind);
