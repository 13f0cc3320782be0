/**
 * The words the site's search keeps whole (README.md beside this file): the
 * labels of the programme's vocabulary, read from `domain/vocab.ts` so they
 * cannot drift, plus the words of DOMAIN.md that are not labels. Browser-safe.
 */
import {
  AUDIENCE_LABELS,
  CITY_LABELS,
  COURSE_TOPIC_LABELS,
  EIGHT_HAVE_LABELS,
  LECTURE_THEME_SHORT,
  LEVEL_LABELS,
  PERSON_ROLE_LABELS,
  SECTOR_LABELS,
  UNIT_TYPE_LABELS,
  WORKER_GROUP_LABELS,
} from '../domain/vocab.ts';

/** The Han characters of a label, joined: 机关（事业） → 机关事业, “两新”组织 → 两新组织. */
const hanOf = (label: string) => label.replace(/\P{Script=Han}/gu, '');

/** Shandong's 16 prefecture-level cities, without 市 (a query may omit it). */
export const CITY_NAMES: readonly string[] = Object.values(CITY_LABELS).map((c) => c.replace(/市$/, ''));

/** Every label of vocab.ts a searcher may type, as Han words. */
export const VOCABULARY_WORDS: readonly string[] = [
  ...CITY_NAMES,
  ...Object.values(UNIT_TYPE_LABELS),
  ...Object.values(LEVEL_LABELS),
  // 其他领域 is a catch-all, not a sector
  ...Object.entries(SECTOR_LABELS)
    .filter(([key]) => key !== 'other')
    .map(([, label]) => label),
  ...Object.values(WORKER_GROUP_LABELS),
  // 有职工书屋 → 职工书屋
  ...Object.values(EIGHT_HAVE_LABELS).map((label) => label.replace(/^有/, '')),
  ...Object.values(COURSE_TOPIC_LABELS),
  ...Object.values(AUDIENCE_LABELS),
  ...Object.values(LECTURE_THEME_SHORT),
  ...Object.values(PERSON_ROLE_LABELS),
].map(hanOf);

/** DOMAIN.md's words that are not labels of vocab.ts, grouped by the article they come from. */
export const EXTRA_WORDS: readonly string[] = [
  // homes, standards and levels (art. 2, 5)
  '职工之家',
  '网上职工之家',
  '模范职工之家',
  '先进职工之家',
  '合格职工之家',
  '基层工会',
  '单位性质',
  '八有',
  '六有',
  '一体化',
  '菜单式服务',
  // coverage (art. 1)
  '八大领域',
  '八大群体',
  '建会率',
  '入会率',
  '工作台账',
  // people (art. 3, 4, 5)
  '直选八步',
  '第一主席',
  '工会干部',
  '工会社会工作专业人才',
  '双争',
  '娘家人',
  '十佳',
  // honours (art. 5)
  '富民兴鲁劳动奖状',
  '富民兴鲁劳动奖章',
  '五一劳动奖状',
  '五一劳动奖章',
  '劳动奖状',
  '劳动奖章',
  '办实事',
  '公开承诺',
  '会员评家满意度',
  '满意度',
  '命名单位',
  '整顿',
  '复审',
  // training (art. 6)
  '学时',
  '培训天数',
  '网上培训',
  // lecture hall and stories (art. 7, 10)
  '新时代文明传习所',
  '传习所',
  '四个讲解',
  '典型案例',
  '先进典型',
  // bodies
  '总工会',
  '山东省总工会',
  '省总工会',
  '市总工会',
  '山东',
];

/** Every word the site searches whole, no repeats. */
export const SITE_WORDS: readonly string[] = [...new Set([...VOCABULARY_WORDS, ...EXTRA_WORDS])];
