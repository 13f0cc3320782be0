/**
 * The search page's facets: the Pagefind filters pages carry (BaseLayout's
 * `search` prop), their names in the URL (`/search/?q=…&city=…`) and the
 * order their values are shown in. Browser-safe.
 */
import { CITY_LABELS, COURSE_TOPIC_LABELS, LEVEL_LABELS, UNIT_TYPE_LABELS } from '../domain/vocab.ts';
import { SECTION } from '../routes/urls.ts';

export interface Facet {
  /** the URL parameter */
  key: string;
  /** the Pagefind filter (as pages write it) */
  filter: string;
  /** the heading shown above its values */
  label: string;
  /** values in the order shown; others follow, sorted */
  order?: readonly string[];
  /** numbers (years), newest first */
  descending?: boolean;
}

/** The kinds of page (the 类型 filter), from pages that explain or tell to pages that list. */
export const PAGE_TYPES = [
  '职工之家',
  '典型案例',
  '课程课时',
  '培训课程',
  '传习所讲稿',
  '政策文件',
  '荣誉榜',
  '栏目',
] as const;

export const FACETS: readonly Facet[] = [
  { key: 'type', filter: '类型', label: '栏目', order: PAGE_TYPES },
  { key: 'city', filter: '城市', label: '城市', order: Object.values(CITY_LABELS) },
  { key: 'unit', filter: '单位性质', label: '单位性质', order: Object.values(UNIT_TYPE_LABELS) },
  { key: 'level', filter: '等级', label: '等级', order: [...Object.values(LEVEL_LABELS)].reverse() },
  { key: 'topic', filter: '培训方向', label: '培训方向', order: Object.values(COURSE_TOPIC_LABELS) },
  { key: 'year', filter: '年份', label: '年份', descending: true },
];

/** Chosen values by Pagefind filter name. */
export type Chosen = Record<string, string[]>;

/** The query and the chosen values in a URL's search part; the filters' Chinese names are accepted too. */
export function readSearchUrl(params: URLSearchParams): { q: string; chosen: Chosen } {
  const chosen: Chosen = {};
  for (const f of FACETS) {
    const values = [...new Set([...params.getAll(f.key), ...params.getAll(f.filter)])].filter(Boolean);
    if (values.length) chosen[f.filter] = values;
  }
  return { q: params.get('q') ?? '', chosen };
}

/** `/search/?q=…&city=…` for a query and chosen values, so a search can be shared. */
export function searchUrl(q: string, chosen: Chosen): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const f of FACETS) for (const v of chosen[f.filter] ?? []) params.append(f.key, v);
  return params.size ? `${SECTION.search}?${params}` : SECTION.search;
}

/** A facet's values in the order shown. */
export function orderValues(facet: Facet, values: readonly string[]): string[] {
  const rank = (v: string) => {
    const i = facet.order?.indexOf(v) ?? -1;
    return i === -1 ? Infinity : i;
  };
  return [...values].sort((a, b) =>
    facet.descending
      ? b.localeCompare(a, 'zh-CN', { numeric: true })
      : rank(a) - rank(b) || a.localeCompare(b, 'zh-CN'),
  );
}
