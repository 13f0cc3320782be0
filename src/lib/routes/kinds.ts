/** The kinds of page of a built site, by the file Astro writes (pure): for the build's report and the benchmark's profile. */
export interface RouteKind {
  id: string;
  /** As the benchmark's results name it. */
  en: string;
  /** As `npm run build` names it. */
  zh: string;
  pattern: RegExp;
}

/** In the order reports list them; the first pattern that matches a built file wins. */
export const ROUTE_KINDS: readonly RouteKind[] = [
  {
    id: 'home-lists',
    en: 'home lists and facets',
    zh: '职工之家列表和筛选页',
    pattern: /^\/homes\/(index\.html|page\/|(city|county|type|level|sector|eight-haves)\/)/,
  },
  { id: 'homes', en: 'home pages', zh: '职工之家页面', pattern: /^\/homes\/[^/]+\/index\.html$/ },
  {
    id: 'story-lists',
    en: 'story lists',
    zh: '案例列表',
    pattern: /^\/stories\/(index\.html|page\/|(year|city|tag)\/)/,
  },
  { id: 'stories', en: 'stories', zh: '典型案例', pattern: /^\/stories\/[^/]+\/index\.html$/ },
  { id: 'honours', en: 'honour rolls', zh: '荣誉榜', pattern: /^\/honors\// },
  { id: 'verify', en: 'verify pages', zh: '证书查验页', pattern: /^\/verify\/[^/]+\/index\.html$/ },
  { id: 'lessons', en: 'lessons', zh: '课时', pattern: /^\/courses\/[^/]+\/[^/]+\/index\.html$/ },
  { id: 'courses', en: 'courses', zh: '课程', pattern: /^\/courses\// },
  { id: 'lectures', en: 'lectures', zh: '宣讲材料', pattern: /^\/lectures\// },
  { id: 'policy', en: 'policy', zh: '政策文件', pattern: /^\/policy\// },
  { id: 'data', en: 'data files and feeds', zh: '数据文件和订阅', pattern: /\.(json|xml|txt)$/ },
  { id: 'other', en: 'other pages', zh: '其他页面', pattern: /./ },
];

/** The kind of page a built file is, by its path from the site's root (`/homes/x/index.html` -> homes). */
export function routeKind(file: string): RouteKind {
  const path = file.startsWith('/') ? file : `/${file}`;
  return ROUTE_KINDS.find((k) => k.pattern.test(path))!;
}
