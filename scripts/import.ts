#!/usr/bin/env node
/**
 * Brings an honour list in from a spreadsheet, checked against the award
 * rules before anything is written.
 *   npm run import -- honours <file.xlsx|file.csv> --year <YYYY> [--dry-run] [--final] [--format json] [--content DIR]
 * Exit code: 0 done, 1 problems (nothing written), 2 unreadable file or wrong arguments.
 */
import { contentRoot } from '../src/lib/node/content-root.ts';
import { honoursCommand } from '../src/lib/node/honours-command.ts';
import { importHonoursFile } from '../src/lib/node/honours-import.ts';
import { usage } from '../src/lib/spreadsheets/messages.ts';

const { values, rest, fail, year } = honoursCommand(usage.importUsage, {
  'dry-run': { type: 'boolean', default: false },
  final: { type: 'boolean', default: false },
  format: { type: 'string', default: 'text' },
});
const file = rest[0] || fail(usage.needFile);
const listYear = year(values.year ?? fail(usage.needYear));

process.exitCode = await importHonoursFile({
  file,
  year: listYear,
  final: values.final,
  dryRun: values['dry-run'],
  format: values.format === 'json' ? 'json' : 'text',
  root: contentRoot(),
});
