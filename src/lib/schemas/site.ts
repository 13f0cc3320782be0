import { z } from 'astro/zod';
import { editorSettingsSchema } from '../cms/settings.ts';
import { isoDate } from './common.ts';

/**
 * Site identity and settings, kept in the content root as `site.yaml` so
 * that a union building its own site from its own content folder brings
 * its own name and filings.
 */
export const siteSchema = z.strictObject({
  /** Site name shown in the header and titles. */
  name: z.string().min(1),
  /** Short name for narrow screens. */
  shortName: z.string().min(1),
  /** Who runs the site (主办单位). */
  organiser: z.string().min(1),
  /** Public base URL, used for absolute links, the sitemap, the feed and certificate QR codes. */
  baseUrl: z.url({ error: '应为完整网址，例如 https://zgzj.example.cn' }),
  /** One-line description for search engines and feeds. */
  description: z.string().min(1),
  /** ICP filing number (ICP备案号), shown in the footer when set. */
  icp: z.string().optional(),
  /** Public-security filing number (公安备案号), shown in the footer when set. */
  psb: z.string().optional(),
  /** Contact line in the footer (a hotline, an address). */
  contact: z.string().optional(),
  /**
   * The day honour statuses are judged on (re-review due, days left of a
   * rectification), `YYYY-MM-DD`. Leave it out on a live site (today is
   * used); a sample or archived site pins it so its data stays consistent.
   */
  asOf: isoDate.optional(),
  /** The tags case stories may use; editors pick from these (a typo is an error, not a new tag). */
  tags: z.array(z.string().min(1)).optional(),
  /**
   * More headers the honours importer accepts: for a standard column
   * (`column: 职工之家名称`), the other ways local sheets write it
   * (`aliases: [基层工会全称]`). A list rather than a map, so the browser
   * editor can show it; the built-in ones are in src/lib/spreadsheets/columns.ts.
   */
  spreadsheetHeaders: z
    .array(z.strictObject({ column: z.string().min(1), aliases: z.array(z.string().min(1)).min(1) }))
    .optional(),
  /** Training: days required per year (art. 6) and study hours per day. */
  training: z
    .strictObject({
      daysPerYear: z.number().positive().default(7),
      hoursPerDay: z.number().positive().default(8),
    })
    .default({ daysPerYear: 7, hoursPerDay: 8 }),
  /** Online services (网上职工之家, art. 7) the organiser links to; none are built in. */
  services: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/),
        title: z.string().min(1),
        description: z.string().min(1),
        /** How to use it, step by step. */
        steps: z.array(z.string()).default([]),
        /** Link to the platform (optional: some services are offline only). */
        href: z.url().optional(),
        hotline: z.string().optional(),
      }),
    )
    .default([]),
  /** The online editor's git service (/admin/); without it /admin/ explains how to set it up. */
  editor: editorSettingsSchema.optional(),
});
export type SiteConfig = z.infer<typeof siteSchema>;
