import { stringify } from 'yaml';
import { CITIES, CITY_LABELS, EIGHT_HAVES, LEVELS, SIX_HAVES, type City, type Level } from '../domain/vocab.ts';
import type { HomeData } from '../schemas/homes.ts';
import cities from './cities.json' with { type: 'json' };
import type { HomeStub } from './honours.ts';
import { HONOUR_YEARS } from './honours.ts';
import { between, chance, dayIn, pick, sample, type Random } from './random.ts';
import { SCHEDULES, SERVICES, paragraph, sentence, workerQuote } from './text.ts';

/**
 * Each city's telephone area code and a few of its real districts and
 * counties (R2: a county federation may name a home); the type checks that
 * every city is there.
 */
const CITY_FACTS: Record<City, { areaCode: string; counties: readonly string[] }> = cities;

/** Kinds of unit: slug, name, unit type, sector. */
const UNITS = [
  ['steel', '钢铁集团', 'state-owned', 'other'],
  ['port', '港务公司', 'state-owned', 'logistics'],
  ['power', '供电公司', 'state-owned', 'other'],
  ['coal', '煤矿', 'state-owned', 'other'],
  ['water', '水务集团', 'state-owned', 'other'],
  ['hospital', '人民医院', 'public-institution', 'other'],
  ['school', '实验学校', 'public-institution', 'other'],
  ['street', '街道办事处', 'public-institution', 'buildings'],
  ['culture', '文化馆', 'public-institution', 'other'],
  ['express', '快递分拨中心', 'non-public', 'logistics'],
  ['textile', '纺织有限公司', 'non-public', 'parks'],
  ['chem', '化工园区', 'non-public', 'parks'],
  ['market', '蔬菜批发市场', 'non-public', 'markets'],
  ['tower', '商务楼宇', 'non-public', 'buildings'],
  ['startup', '创业孵化基地', 'non-public', 'startup-platforms'],
  ['coop', '农民专业合作社', 'non-public', 'cooperatives'],
  ['town', '特色小镇', 'non-public', 'towns'],
  ['software', '软件园', 'non-public', 'two-new'],
] as const;
const BRANDS = [
  '东岳',
  '泉城',
  '齐鲁',
  '海岱',
  '鲁信',
  '华泰',
  '恒通',
  '金岭',
  '瑞丰',
  '宏达',
  '万和',
  '盛源',
  '沂蒙',
  '黄河',
  '渤海',
  '泰和',
];
const PHOTO_ALTS = [
  '示例插画：职工书屋里，几名职工坐在长桌旁看书',
  '示例插画：职工之家活动室里，职工在打乒乓球',
  '示例插画：工会服务站的服务台前，工作人员在为职工登记',
  '示例插画：户外劳动者驿站里，快递员在休息、喝水',
];

/** Home ids and places, spread over the 16 cities in turn. */
export function homeStubs(rnd: Random, n: number): (HomeStub & { unit: (typeof UNITS)[number]; brand: string })[] {
  return Array.from({ length: n }, (_, i) => {
    const city = CITIES[i % CITIES.length]!;
    const unit = pick(rnd, UNITS);
    return {
      id: `${city}-${unit[0]}-${String(i).padStart(5, '0')}`,
      city,
      county: pick(rnd, CITY_FACTS[city].counties),
      unit,
      brand: pick(rnd, BRANDS),
    };
  });
}

export interface HomeDetails {
  level: { level: Level; year: number } | undefined;
  lowSatisfactionYear: number | undefined;
  /** Photo paths relative to the home's file. */
  photos: readonly string[];
}

/** The Markdown file of one generated home. */
export function homeFile(rnd: Random, stub: ReturnType<typeof homeStubs>[number], d: HomeDetails): string {
  const cityShort = CITY_LABELS[stub.city].slice(0, 2);
  const [, unitName, unitType, sector] = stub.unit;
  const level = d.level ?? { level: pick(rnd, LEVELS), year: pick(rnd, HONOUR_YEARS) };
  const data: Omit<HomeData, 'updated'> & { updated: string } = {
    title: `${cityShort}${stub.brand}${unitName}职工之家（示例）`,
    unit: `示例：${cityShort}${stub.brand}${unitName}`,
    unitType,
    city: stub.city,
    county: stub.county,
    sector,
    level: level.level,
    year: level.year,
    members: between(rnd, 30, 9000),
    eightHaves: Object.fromEntries(EIGHT_HAVES.map((k) => [k, chance(rnd, 0.9)])) as HomeData['eightHaves'],
    sixHaves: Object.fromEntries(SIX_HAVES.map((k) => [k, chance(rnd, 0.9)])) as HomeData['sixHaves'],
    serviceMenu: sample(rnd, SERVICES, between(rnd, 2, 6)).map((name) => ({
      name,
      description: sentence(rnd),
      schedule: pick(rnd, SCHEDULES),
    })),
    pledges: sample(rnd, [2023, 2024, 2025], between(rnd, 0, 2))
      .sort()
      .map((year) => ({
        year,
        rating: between(rnd, 75, 99),
        ratedOn: dayIn(rnd, year, 12, 12),
        items: Array.from({ length: between(rnd, 1, 4) }, () => ({
          title: `${pick(rnd, SERVICES)}${pick(rnd, ['提质', '扩面', '延时开放', '进班组', '进车间'])}`,
          standard: sentence(rnd),
          fulfilment: between(rnd, 70, 100),
        })),
      })),
    satisfaction: HONOUR_YEARS.map((year) => ({
      year,
      percent: year === d.lowSatisfactionYear ? between(rnd, 58, 69) : between(rnd, 72, 99),
    })),
    photos: sample(rnd, d.photos, between(rnd, 1, 3)).map((src) => ({ src, alt: pick(rnd, PHOTO_ALTS) })),
    contact: {
      address: `${CITY_LABELS[stub.city]}${stub.county}示例路 ${between(rnd, 1, 999)} 号`,
      phone: `${CITY_FACTS[stub.city].areaCode}-8${between(rnd, 1_000_000, 9_999_999)}`,
      hours: pick(rnd, SCHEDULES),
    },
    summary: sentence(rnd),
    sample: true,
    updated: dayIn(rnd, 2025),
  };
  const practices = Array.from({ length: 3 }, (_, i) => `${['一', '二', '三'][i]}是${sentence(rnd)}`).join('');
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n## 建家历程\n\n${paragraph(rnd, between(rnd, 3, 6))}\n\n## 特色做法\n\n${practices}\n\n${paragraph(rnd, between(rnd, 1, 3))}\n\n## 职工评价\n\n${workerQuote(rnd)}${workerQuote(rnd)}\n`;
}
