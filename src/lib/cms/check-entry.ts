import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../content/collections.ts';
import { issueMessage } from '../content/friendly-errors.ts';
import { checkPrivacy } from '../guards/privacy.ts';
import { storyStructureMessage } from '../guards/structure.ts';
import { siteSchema } from '../schemas/site.ts';
import { contentOf } from './format.ts';

export interface EntryCheckOptions {
  /** Today, `YYYY-MM-DD`: nothing may be dated later. */
  today: string;
  /** The story tags the site allows. */
  tags?: readonly string[];
  /** E-mail domains the site may publish. */
  allowedEmailDomains?: readonly string[];
}

const DATE_FIELDS: Partial<Record<string, string>> = {
  stories: 'date',
  lectures: 'date',
  courses: 'published',
  lessons: 'published',
};

/**
 * What is wrong with one entry as the editor is about to save it, in the
 * same Chinese words `npm run validate` uses: the collection's schema, the
 * privacy guard, the story's four parts, dates and tags. The Markdown/MDX
 * allow-list (it parses with a native library) and the rules that need the
 * whole site (R1-R9 across years, references) are checked by the local
 * editor's server and by every build.
 */
export function entryProblems(
  collection: string,
  data: Record<string, unknown>,
  fileText: string,
  options: EntryCheckOptions,
): string[] {
  const problems: string[] = [];
  const content = contentOf(data);
  const schema: z.ZodType =
    collection === 'settings'
      ? siteSchema
      : (COLLECTIONS[collection as CollectionName]?.schema(() => z.string()) ?? z.object({}));
  const parsed = schema.safeParse(content);
  if (!parsed.success) for (const issue of parsed.error.issues) problems.push(issueMessage(issue, content));

  for (const p of checkPrivacy('', fileText, options)) problems.push(`第 ${p.line} 行：${p.message}`);
  const body = typeof data['body'] === 'string' ? data['body'] : undefined;
  if (body !== undefined) {
    if (collection === 'stories') {
      const structure = storyStructureMessage(body);
      if (structure) problems.push(`「正文」${structure}`);
    }
  }
  const dateField = DATE_FIELDS[collection];
  const date = dateField ? content[dateField] : undefined;
  if (typeof date === 'string' && date > options.today) problems.push(`「日期」${date} 晚于今天（${options.today}）`);
  if (collection === 'stories' && options.tags && Array.isArray(content['tags'])) {
    for (const tag of content['tags'] as string[]) {
      if (!options.tags.includes(tag)) problems.push(`「标签」未知的标签“${tag}”，请从站点设置的案例标签中选用`);
    }
  }
  return [...new Set(problems)];
}
