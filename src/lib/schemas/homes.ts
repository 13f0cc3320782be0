import { z } from 'astro/zod';
import { CITIES, EIGHT_HAVES, LEVELS, SECTORS, SIX_HAVES, UNIT_TYPES } from '../domain/vocab.ts';
import { isoDate, percent, photo, programmeYear, sampleFlag, text, type ImageFactory } from './common.ts';

const checklist = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.strictObject(
    Object.fromEntries(keys.map((k) => [k, z.boolean({ error: '应为 true（已达到）或 false（未达到）' })])) as {
      [K in T[number]]: z.ZodBoolean;
    },
  );

/** One item of a home's yearly public pledge list (办实事公开承诺, art. 5). */
const pledgeItem = z.strictObject({
  /** What the union promised to do for its workers. */
  title: text,
  /** The concrete standard it promised to meet. */
  standard: z.string().optional(),
  /** How far it was fulfilled, 0-100 (%). */
  fulfilment: percent,
});

/** A year's pledge list and the worker representatives' rating of it. */
const pledgeYear = z.strictObject({
  year: programmeYear,
  items: z.array(pledgeItem).min(1, { error: '承诺清单至少要有一项' }),
  /** Worker representatives' rating of how the pledges were kept, 0-100. */
  rating: percent,
  /** When the representatives rated them. */
  ratedOn: isoDate,
});

/**
 * The fields before and after the photos, built once: Astro calls a collection's schema function for
 * every entry (its `image()` knows the entry's file), and building the whole schema each time took
 * 1.5 s of a cold content sync at 10,000 homes. The fields keep their order.
 */
const fieldsBefore = {
  /** The home's name as shown, e.g. 济南某某公司工会职工之家. */
  title: text,
  /** The employer or organisation the grassroots union belongs to. */
  unit: text,
  /** 单位性质: public-institution / state-owned / non-public (R1, art. 5). */
  unitType: z.enum(UNIT_TYPES),
  /** One of Shandong's 16 prefecture-level cities. */
  city: z.enum(CITIES),
  /** County, county-level city or district (县/市/区). */
  county: text,
  /** Which of the eight sectors of art. 1 the unit belongs to, or `other`. */
  sector: z.enum(SECTORS),
  /** The home's current grade: qualified / advanced / model (R1). */
  level: z.enum(LEVELS),
  /** Year the home was first named at its current level. */
  year: programmeYear,
  /** Number of union members. */
  members: z.number().int().positive().optional(),
  /** 八有 position standard (art. 2): true for each standard met. */
  eightHaves: checklist(EIGHT_HAVES),
  /** 六有 goal (art. 1): true for each item met. */
  sixHaves: checklist(SIX_HAVES),
  /** 菜单式服务 (art. 2): what the home offers. */
  serviceMenu: z
    .array(z.strictObject({ name: text, description: z.string().optional(), schedule: z.string().optional() }))
    .min(1, { error: '服务菜单至少要有一项' }),
  /** Yearly public pledges with their rating (art. 5). */
  pledges: z.array(pledgeYear).default([]),
  /** Members' satisfaction by year (会员评家满意度, R6). */
  satisfaction: z.array(z.strictObject({ year: programmeYear, percent })).min(1, { error: '至少填写一年的会员满意度' }),
};

const fieldsAfter = {
  /** Public contact details (a hotline, an address); no private numbers. */
  contact: z.strictObject({
    address: text,
    phone: z.string().optional(),
    hours: z.string().optional(),
  }),
  /** Short summary for lists and search results. */
  summary: text,
  /** Invented sample entry, shown with a 示例 label. */
  sample: sampleFlag,
  /** Last update of this page. */
  updated: isoDate.optional(),
};

export function homeSchema<I extends z.ZodType>(image: ImageFactory<I>) {
  return z.strictObject({
    ...fieldsBefore,
    /** Photos, first one is the cover. */
    photos: z.array(photo(image)).min(1, { error: '至少要有一张照片' }),
    ...fieldsAfter,
  });
}
export type HomeData = z.infer<ReturnType<typeof homeSchema<z.ZodString>>>;
/** What every list, card and lookup shows of a home: its name, unit, place and unit type. */
export type HomeBasics = Pick<HomeData, 'title' | 'unit' | 'city' | 'county' | 'unitType'>;
