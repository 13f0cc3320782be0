import { stringify } from 'yaml';
import {
  CITIES,
  CITY_LABELS,
  EIGHT_HAVES,
  LEVELS,
  SECTORS,
  SIX_HAVES,
  UNIT_TYPES,
  type City,
  type Level,
} from '../domain/vocab.ts';

/** A small deterministic PRNG (mulberry32), so a seed gives the same corpus on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ['工会', '职工之家', '基层工会', '工会主席', '职工代表', '娘家人', '工会干部', '会员'];
const VERBS = ['建起了', '完善了', '开放了', '坚持', '推出了', '整合了', '办好了', '延长了'];
const OBJECTS = [
  '职工书屋',
  '户外劳动者驿站',
  '母婴关爱室',
  '心理咨询室',
  '法律援助站',
  '技能培训班',
  '爱心托管班',
  '文体活动室',
  '服务菜单',
  '八有阵地',
];
const TAILS = [
  '，职工满意度明显提高。',
  '，受到职工欢迎。',
  '，娘家人的作用更加突出。',
  '，做到会、站、家一体化。',
  '，让新就业形态劳动者有了落脚点。',
  '，职工书屋里常有夜班职工读书。',
];
const UNITS = [
  '钢铁',
  '港口',
  '物流',
  '电力',
  '纺织',
  '化工',
  '医院',
  '学校',
  '商场',
  '建筑',
  '食品',
  '机械',
  '软件',
  '快递',
  '供水',
  '燃气',
];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}

function paragraph(rnd: () => number, sentences: number): string {
  return Array.from(
    { length: sentences },
    () => `${pick(rnd, SUBJECTS)}${pick(rnd, VERBS)}${pick(rnd, OBJECTS)}${pick(rnd, TAILS)}`,
  ).join('');
}

export interface CorpusOptions {
  homes: number;
  stories: number;
  seed: number;
  /** Photo paths relative to a home file and a story file. */
  photos: { home: string[]; story: string[] };
}

/** Generated content files (path under the content root -> text), valid against the project's schemas and award rules. */
export function generateCorpus(o: CorpusOptions): Map<string, string> {
  const rnd = random(o.seed);
  const files = new Map<string, string>();
  const homes: { id: string; city: City; level: Level }[] = [];
  for (let i = 0; i < o.homes; i++) {
    const city = CITIES[i % CITIES.length]!;
    // The first ten homes are the model homes the top-ten lists draw on.
    const level: Level = i < 10 ? 'model' : pick(rnd, LEVELS);
    const id = `${city}-bench-${i}`;
    homes.push({ id, city, level });
    const unit = `示例：${CITY_LABELS[city]}某${pick(rnd, UNITS)}公司${i}`;
    const data = {
      title: `${unit.slice(3)}职工之家`,
      unit,
      unitType: pick(rnd, UNIT_TYPES),
      city,
      county: '示例区',
      sector: pick(rnd, SECTORS),
      level,
      year: 2019 + (i % 7),
      eightHaves: Object.fromEntries(EIGHT_HAVES.map((k) => [k, rnd() > 0.1])),
      sixHaves: Object.fromEntries(SIX_HAVES.map((k) => [k, rnd() > 0.1])),
      serviceMenu: [{ name: pick(rnd, OBJECTS) }, { name: '法律援助' }],
      satisfaction: [2022, 2023, 2024, 2025].map((year) => ({ year, percent: 75 + Math.floor(rnd() * 24) })),
      photos: [{ src: pick(rnd, o.photos.home), alt: '示例插画：职工之家活动场景' }],
      contact: { address: `${CITY_LABELS[city]}示例路 ${i} 号` },
      summary: paragraph(rnd, 1),
      sample: true,
    };
    files.set(
      `homes/${city}/${id}.md`,
      `---\n${stringify(data)}---\n\n## 建家历程\n\n${paragraph(rnd, 5)}\n\n## 特色做法\n\n${paragraph(rnd, 6)}\n`,
    );
  }
  for (let i = 0; i < o.stories; i++) {
    const home = homes[Math.floor(rnd() * homes.length)]!;
    const data = {
      title: `${CITY_LABELS[home.city]}${pick(rnd, OBJECTS)}的故事 ${i}`,
      author: '示例作者',
      date: `202${3 + (i % 3)}-0${1 + (i % 9)}-1${i % 10}`,
      city: home.city,
      tags: ['办实事'],
      homes: [home.id],
      summary: paragraph(rnd, 1),
      cover: { src: pick(rnd, o.photos.story), alt: '示例插画：职工活动场景' },
      sample: true,
    };
    files.set(
      `stories/bench-${i}.md`,
      `---\n${stringify(data)}---\n\n## 背景\n\n${paragraph(rnd, 3)}\n\n## 做法\n\n${paragraph(rnd, 5)}\n\n## 成效\n\n${paragraph(rnd, 3)}\n\n## 职工评价\n\n${paragraph(rnd, 2)}\n`,
    );
  }
  // Honour rolls for 2023-2025: full top-ten lists (10 model homes, their 10 chairs)
  // and one provincial title a year for a share of the other homes (R2-R9 hold).
  const top = homes.slice(0, 10);
  top.forEach((h, i) =>
    files.set(
      `people/bench-chair-${i}.yaml`,
      stringify({
        name: `示例主席${i}`,
        role: 'chair',
        home: h.id,
        consent: { ref: `示例-同意书-${i}`, date: '2022-01-01' },
        sample: true,
      }),
    ),
  );
  for (const year of [2023, 2024, 2025]) {
    const awards = [
      ...top.map((h, i) => ({
        id: `b${year}-t${i}`,
        serial: `鲁工家证〔${year}〕T${i}`,
        home: h.id,
        level: 'model',
        topTen: true,
        conferrer: '山东省总工会',
        conferredOn: `${year}-04-26`,
      })),
      ...top.map((_, i) => ({
        id: `b${year}-p${i}`,
        serial: `鲁工娘证〔${year}〕P${i}`,
        person: `bench-chair-${i}`,
        level: 'model',
        topTen: true,
        conferrer: '山东省总工会',
        conferredOn: `${year}-04-26`,
      })),
      ...homes
        .slice(10)
        .filter((_, i) => i % 5 === year % 5)
        .map((h, i) => ({
          id: `b${year}-h${i}`,
          serial: `鲁工家证〔${year}〕H${i}`,
          home: h.id,
          level: h.level,
          conferrer: '山东省总工会',
          conferredOn: `${year}-04-26`,
        })),
    ];
    files.set(
      `honors/${year}.yaml`,
      stringify({ year, status: 'final', published: `${year}-04-28`, awards, sample: true }, { lineWidth: 0 }),
    );
  }
  return files;
}
