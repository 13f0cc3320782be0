/**
 * The targets the dashboard reports against (DOMAIN.md, "Targets that the
 * site reports against"), each with the article that sets it.
 */
export const INDICATORS = [
  'unionisation',
  'membership',
  'sixHaves',
  'eightHaves',
  'socialWorkers',
  'firstChairs',
] as const;
export type Indicator = (typeof INDICATORS)[number];

export interface Target {
  /** What is measured, as the dashboard names it. */
  label: string;
  /** The figure to reach: a percentage, or a number of people. */
  value: number;
  unit: '%' | '人' | '名';
  /** Article of the ten opinions that sets the target (1-10). */
  article: number;
  /** When it is due, as the policy words it. */
  due: string;
  /** The target in one line, as the policy words it. */
  text: string;
}

export const TARGETS: Record<Indicator, Target> = {
  unionisation: {
    label: '八大领域建会率',
    value: 70,
    unit: '%',
    article: 1,
    due: '2020 年底',
    text: '八大领域建会率均达到 70% 以上',
  },
  membership: {
    label: '八大群体入会率',
    value: 70,
    unit: '%',
    article: 1,
    due: '2020 年底',
    text: '八大群体入会率均达到 70% 以上',
  },
  sixHaves: {
    label: '基层工会达到“六有”',
    value: 80,
    unit: '%',
    article: 1,
    due: '2020 年底',
    text: '全省 80% 以上的基层工会达到全总提出的“六有”目标',
  },
  eightHaves: {
    label: '阵地达到“八有”',
    value: 100,
    unit: '%',
    article: 2,
    due: '发文后两年左右，约 2020 年',
    text: '基层阵地达到“八有”标准（全部达标）',
  },
  socialWorkers: {
    label: '工会社会工作专业人才',
    value: 4000,
    unit: '人',
    article: 4,
    due: '2020 年',
    text: '工会社会工作专业人才队伍达到 4000 人以上',
  },
  firstChairs: {
    label: '挂职“第一主席”',
    value: 1000,
    unit: '名',
    article: 3,
    due: '自 2018 年下半年起',
    text: '从省、市、县、乡四级工会选派 1000 名干部挂职“第一主席”',
  },
};

/** True when a figure reaches its target ("以上": the target itself counts as met). */
export function meetsTarget(value: number, target: number): boolean {
  return value >= target;
}

/** How far a figure has come towards its target, in % of the target (over 100 when exceeded). */
export function progressTowards(value: number, target: number): number {
  if (target <= 0) throw new RangeError(`target must be positive, got ${target}`);
  return round1((value / target) * 100);
}

const ARTICLE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 第一条 ... 第十条. */
export function articleName(article: number): string {
  const numeral = ARTICLE_NUMERALS[article - 1];
  if (!numeral) throw new RangeError(`the ten opinions have articles 1-10, got ${article}`);
  return `第${numeral}条`;
}

/** Rounds to one decimal, the precision every aggregated rate is published and judged at. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
