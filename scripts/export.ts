#!/usr/bin/env node
/**
 * Takes the honour rolls out as an .xlsx workbook, one sheet per year, with
 * each title's current status, serial and verification link.
 *   npm run export -- honours --year <YYYY> [--out file.xlsx] [--content DIR]
 *   npm run export -- honours --all [--out file.xlsx]
 * Exit code: 0 written, 1 content problems or no such list, 2 unreadable content or wrong arguments.
 */
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/node/content-root.ts';
import { exportHonoursFile } from '../src/lib/node/honours-export.ts';
import { usage } from '../src/lib/spreadsheets/messages.ts';

function fail(message: string): never {
  console.error(`${message}\n${usage.exportUsage}`);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        year: { type: 'string' },
        all: { type: 'boolean', default: false },
        out: { type: 'string' },
        content: { type: 'string' },
      },
    });
  } catch (error) {
    return fail(usage.badArguments((error as Error).message));
  }
})();
const [kind] = positionals;
if (kind !== 'honours') fail(usage.unknownKind(kind ?? ''));
if ((values.year === undefined) === !values.all) fail(usage.yearOrAll);
if (values.year !== undefined && !/^\d{4}$/.test(values.year)) fail(usage.badYear(values.year));
if (values.content) process.env['CONTENT_ROOT'] = values.content;

process.exitCode = await exportHonoursFile({
  years: values.year === undefined ? 'all' : Number(values.year),
  ...(values.out ? { out: values.out } : {}),
  root: contentRoot(),
});
