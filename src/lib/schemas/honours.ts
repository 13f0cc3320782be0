import { z } from 'astro/zod';
import { LEVELS, PERSON_ROLES } from '../domain/vocab.ts';
import { isoDate, programmeYear, sampleFlag, slug, text } from './common.ts';

/** A 娘家人 (trusted cadre): a union chair or vice-chair who can be honoured (art. 5). */
export const personSchema = z.strictObject({
  /** The person's name as published. */
  name: text,
  role: z.enum(PERSON_ROLES),
  /** The home (grassroots union) the person serves. */
  home: slug,
  /**
   * Consent to publish the person's name (PIPL art. 25): who gave it and when.
   * An award record that shows a name needs it.
   */
  consent: z.strictObject({ ref: text, date: isoDate }).optional(),
  sample: sampleFlag,
});
export type PersonData = z.infer<typeof personSchema>;

const review = z.strictObject({
  /** Date of the three-yearly re-review (R7). */
  date: isoDate,
  result: z.enum(['pass', 'fail'], { error: '复核结果只能是 pass（合格）或 fail（不合格）' }),
});

const rectification = z.strictObject({
  /**
   * Day the rectification was ordered (责令整改之日). Optional after a failed
   * re-review (then the re-review's date counts); required when low
   * satisfaction triggered it (R6). The six months of R8 run from this day.
   */
  orderedOn: isoDate.optional(),
  /** Deadline set when a title fails re-review or satisfaction drops (R6, R8): at most six months. */
  deadline: isoDate,
  /** Set when the rectification was checked: passed keeps the title. */
  result: z.enum(['pass', 'fail']).optional(),
  closedOn: isoDate.optional(),
});

const revocation = z.strictObject({
  date: isoDate,
  /** The body that revoked it: must be the conferring body (R8). */
  by: text,
  reason: text,
});

/** One award: a title conferred on a home or a person in a year. */
export const awardSchema = z
  .strictObject({
    /** Unique award id (R9). */
    id: z.string().regex(/^[A-Za-z0-9-]+$/, { error: '奖项编号只能包含字母、数字和连字符' }),
    /** Certificate serial printed on the certificate (R9: unique). */
    serial: text,
    /** A home id (for a home's title) ... */
    home: slug.optional(),
    /** ... or a person id (for 娘家人). */
    person: slug.optional(),
    /** The title's level (R1). */
    level: z.enum(LEVELS),
    /** One of the year's ten best (R3). */
    topTen: z.boolean().default(false),
    /** 命名单位: the body that conferred the title (R2). */
    conferrer: text,
    conferredOn: isoDate,
    citation: z.string().optional(),
    review: review.optional(),
    rectification: rectification.optional(),
    revoked: revocation.optional(),
  })
  .refine((a) => (a.home ? 1 : 0) + (a.person ? 1 : 0) === 1, {
    error: '每条奖项必须且只能填写 home（职工之家编号）或 person（娘家人编号）之一',
    path: ['home'],
  });
export type AwardData = z.infer<typeof awardSchema>;

/** A year's honour roll: one YAML file per year. */
export const honourYearSchema = z.strictObject({
  year: programmeYear,
  /** `final` once the list is published as final (R3: then exactly ten of each top ten). */
  status: z.enum(['draft', 'final'], { error: '名单状态只能是 draft（草稿）或 final（正式公布）' }),
  /** Date the list was published. */
  published: isoDate.optional(),
  awards: z.array(awardSchema).default([]),
  sample: sampleFlag,
});
export type HonourYearData = z.infer<typeof honourYearSchema>;
