import { z } from 'astro/zod';
import { isoDate, text } from './common.ts';

/** A policy document with numbered articles. */
export const policySchema = z.strictObject({
  title: text,
  /** The body that issued it. */
  issuer: text,
  /** Date of the document. */
  date: isoDate,
  /** Document number (文号), where known. */
  number: z.string().optional(),
  summary: text,
  /** Order in the policy list, lowest first. */
  order: z.number().int().default(100),
});
export type PolicyData = z.infer<typeof policySchema>;
