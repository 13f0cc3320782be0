#!/usr/bin/env node
/**
 * Checks all content before Astro sees it: schemas, dates, ids, references
 * and the award rules R1-R9. Prints `file:line:col  message` lines and a
 * summary; exit 0 clean, 1 problems, 2 unreadable input.
 *   npm run validate [-- --content DIR] [--format json]
 */
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/node/content-root.ts';
import { validateAll } from '../src/lib/node/validate.ts';

const { values } = parseArgs({
  options: { content: { type: 'string' }, format: { type: 'string', default: 'text' } },
});
if (values.content) process.env['CONTENT_ROOT'] = values.content;
process.exitCode = await validateAll(contentRoot(), {
  format: values.format === 'json' ? 'json' : 'text',
  cache: true,
});
