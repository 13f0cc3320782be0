#!/usr/bin/env node
/**
 * Takes the honour rolls out as an .xlsx workbook, one sheet per year, with
 * each title's current status, serial and verification link.
 *   npm run export -- honours --year <YYYY> [--out file.xlsx] [--content DIR]
 *   npm run export -- honours --all [--out file.xlsx]
 * Exit code: 0 written, 1 content problems or no such list, 2 unreadable content or wrong arguments.
 */
import { contentRoot } from '../src/lib/node/content-root.ts';
import { exportHonoursFile } from '../src/lib/node/honours-export.ts';
import { honoursCommand } from '../src/lib/node/honours-command.ts';
import { usage } from '../src/lib/spreadsheets/messages.ts';

const { values, fail, year } = honoursCommand(usage.exportUsage, {
  all: { type: 'boolean', default: false },
  out: { type: 'string' },
});
if ((values.year === undefined) === !values.all) fail(usage.yearOrAll);

process.exitCode = await exportHonoursFile({
  years: values.year === undefined ? 'all' : year(values.year),
  ...(values.out ? { out: values.out } : {}),
  root: contentRoot(),
});
