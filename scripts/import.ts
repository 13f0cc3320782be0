#!/usr/bin/env node
/**
 * Brings an honour list in from a spreadsheet, checked against the award
 * rules before anything is written.
 *   npm run import -- honours <file.xlsx|file.csv> --year <YYYY> [--dry-run] [--final] [--format json] [--content DIR]
 * Exit code: 0 done, 1 problems (nothing written), 2 unreadable file or wrong arguments.
 */
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/node/content-root.ts';
import { importHonoursFile } from '../src/lib/node/honours-import.ts';
import { usage } from '../src/lib/spreadsheets/messages.ts';

function fail(message: string): never {
  console.error(`${message}\n${usage.importUsage}`);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        year: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        final: { type: 'boolean', default: false },
        format: { type: 'string', default: 'text' },
        content: { type: 'string' },
      },
    });
  } catch (error) {
    return fail(usage.badArguments((error as Error).message));
  }
})();
const [kind, file] = positionals;
if (kind !== 'honours') fail(usage.unknownKind(kind ?? ''));
if (!file) fail(usage.needFile);
if (values.year === undefined) fail(usage.needYear);
if (!/^\d{4}$/.test(values.year)) fail(usage.badYear(values.year));
if (values.content) process.env['CONTENT_ROOT'] = values.content;

process.exitCode = await importHonoursFile({
  file,
  year: Number(values.year),
  final: values.final,
  dryRun: values['dry-run'],
  format: values.format === 'json' ? 'json' : 'text',
  root: contentRoot(),
});
