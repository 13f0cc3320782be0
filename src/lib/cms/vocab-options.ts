import {
  AUDIENCES,
  AUDIENCE_LABELS,
  CITIES,
  CITY_LABELS,
  COURSE_TOPICS,
  COURSE_TOPIC_LABELS,
  EIGHT_HAVE_LABELS,
  LECTURE_THEMES,
  LECTURE_THEME_LABELS,
  LEVELS,
  LEVEL_LABELS,
  PERSON_ROLES,
  PERSON_ROLE_LABELS,
  SECTORS,
  SECTOR_LABELS,
  SIX_HAVE_LABELS,
  UNIT_TYPES,
  UNIT_TYPE_LABELS,
} from '../domain/vocab.ts';

/**
 * Chinese labels for every set of allowed values a schema uses, matched by
 * the set itself: a select shows 模范, writes `model`. The vocabulary's
 * own lists come from src/lib/domain/vocab.ts; the few small enums that live
 * in a schema (list status, review result, video type) are named here.
 */
const VALUE_SETS: [readonly string[], Readonly<Record<string, string>>][] = [
  [CITIES, CITY_LABELS],
  [UNIT_TYPES, UNIT_TYPE_LABELS],
  [LEVELS, LEVEL_LABELS],
  [SECTORS, SECTOR_LABELS],
  [COURSE_TOPICS, COURSE_TOPIC_LABELS],
  [AUDIENCES, AUDIENCE_LABELS],
  [LECTURE_THEMES, LECTURE_THEME_LABELS],
  [PERSON_ROLES, PERSON_ROLE_LABELS],
  [['draft', 'final'], { draft: '草稿（不公布）', final: '正式公布' }],
  [['pass', 'fail'], { pass: '合格', fail: '不合格' }],
  [['gitea', 'forgejo'], { gitea: 'Gitea', forgejo: 'Forgejo' }],
  [
    ['video/mp4', 'video/webm', 'application/x-mpegURL'],
    { 'video/mp4': 'MP4 视频', 'video/webm': 'WebM 视频', 'application/x-mpegURL': 'HLS 流（.m3u8）' },
  ],
];

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v) => b.includes(v));

/** The `{ label, value }` options of a select for these allowed values, or undefined when a value has no Chinese label. */
export function selectOptions(values: readonly string[]): { label: string; value: string }[] | undefined {
  const labels = VALUE_SETS.find(([set]) => sameSet(set, values))?.[1];
  if (!labels || values.some((v) => !labels[v])) return undefined;
  return values.map((value) => ({ label: labels[value]!, value }));
}

/** Labels of the keys of a checklist object (八有, 六有), by the object's field name. */
export const CHECKLIST_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  eightHaves: EIGHT_HAVE_LABELS,
  sixHaves: SIX_HAVE_LABELS,
};
