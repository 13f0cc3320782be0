import { z } from 'astro/zod';
import { CITIES, SECTORS, WORKER_GROUPS, type Sector } from '../domain/vocab.ts';
import { percent, programmeYear, sampleFlag, text } from './common.ts';

/** The eight sectors of art. 1 (the vocabulary's `other` is for homes outside them, not a target). */
export const EIGHT_SECTORS = SECTORS.filter((s): s is Exclude<Sector, 'other'> => s !== 'other') as [
  Exclude<Sector, 'other'>,
  ...Exclude<Sector, 'other'>[],
];
export type EightSector = (typeof EIGHT_SECTORS)[number];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A count of unions, positions or people: a whole number, 0 or more. */
const count = z.number({ error: '应为人数或个数（整数）' }).int({ error: '应为整数' }).min(0, { error: '不能小于 0' });

/** One rate (%) for each key, every key required so that no sector or group is silently left out. */
function rates<T extends readonly [string, ...string[]]>(keys: T, what: string) {
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, percent])) as { [K in T[number]]: typeof percent }, {
    error: `应为${what}的比率表（每项一个 0 到 100 的百分数）`,
  });
}

/** One city's ledger figures (工作台账, art. 1) at the end of one year. */
export const cityCoverageSchema = z
  .strictObject({
    /** 建会率 (%) of each of the eight sectors (art. 1; target 70%+ by end of 2020). */
    unionisation: rates(EIGHT_SECTORS, '八大领域建会率'),
    /** 入会率 (%) of each of the eight worker groups (art. 1; target 70%+ by end of 2020). */
    membership: rates(WORKER_GROUPS, '八大群体入会率'),
    /** Grassroots unions at the end of the year. */
    grassrootsUnions: count,
    /** Of them, unions meeting the national federation's 六有 (art. 1; target 80%+ by end of 2020). */
    sixHavesMet: count,
    /** Workers' home positions (阵地) at the end of the year. */
    positions: count,
    /** Of them, positions meeting the 八有 standard (art. 2; all, within about two years). */
    eightHavesMet: count,
    /** Union social workers (工会社会工作专业人才) at the end of the year (art. 4; 4000+ province-wide by 2020). */
    socialWorkers: count,
    /** First chairs (第一主席) seconded so far, cumulative (art. 3; 1000 province-wide). */
    firstChairs: count,
  })
  // Runs even when other fields are wrong, so that one build reports every problem.
  .superRefine(
    (c, ctx) => {
      const over = (part: number, whole: number) =>
        typeof part === 'number' && typeof whole === 'number' && part > whole;
      if (over(c.sixHavesMet, c.grassrootsUnions))
        ctx.addIssue({
          code: 'custom',
          path: ['sixHavesMet'],
          message: `达到“六有”的基层工会（${c.sixHavesMet}）不能多于基层工会总数 grassrootsUnions（${c.grassrootsUnions}）`,
        });
      if (over(c.eightHavesMet, c.positions))
        ctx.addIssue({
          code: 'custom',
          path: ['eightHavesMet'],
          message: `达到“八有”的阵地（${c.eightHavesMet}）不能多于阵地总数 positions（${c.positions}）`,
        });
    },
    { when: (payload) => isRecord(payload.value) },
  );
export type CityCoverage = z.infer<typeof cityCoverageSchema>;

/** One year of the ledger: every one of the 16 cities, so that province totals are whole. */
export const coverageYearSchema = z.strictObject({
  /** The year the figures stand at (end of year). */
  year: programmeYear,
  /** Figures by city, keyed by the city ids of src/lib/domain/vocab.ts (jinan, qingdao ...). */
  cities: z.strictObject(
    Object.fromEntries(CITIES.map((c) => [c, cityCoverageSchema])) as {
      [K in (typeof CITIES)[number]]: typeof cityCoverageSchema;
    },
    { error: '应为各市数据（16 个市，每市一组字段）' },
  ),
});
export type CoverageYear = z.infer<typeof coverageYearSchema>;

/** `content/data/coverage.yaml`: coverage of the programme by year and city, for the /data/ dashboard. */
export const coverageSchema = z
  .strictObject({
    /** Invented sample figures: the dashboard says so (示例数据). Default false. */
    sample: sampleFlag,
    /** Where the figures come from, shown under the dashboard. */
    source: text,
    /** One entry per year, any order; each year once. */
    years: z.array(coverageYearSchema, { error: '应为逐年数据的列表' }).min(1, { error: '至少要有一年的数据' }),
  })
  .superRefine(
    (d, ctx) => {
      const seen = new Set<unknown>();
      d.years.forEach((y, i) => {
        const year = isRecord(y) ? y.year : undefined;
        if (typeof year !== 'number') return;
        if (seen.has(year))
          ctx.addIssue({ code: 'custom', path: ['years', i, 'year'], message: `${year} 年的数据写了两次` });
        seen.add(year);
      });
    },
    { when: (payload) => isRecord(payload.value) && Array.isArray(payload.value['years']) },
  );
export type Coverage = z.infer<typeof coverageSchema>;
