/**
 * The command line that `npm run import` and `npm run export` share: `honours`, what follows it,
 * `--year <YYYY>` and `--content DIR`, plus each command's own options. Wrong arguments print
 * their message in Chinese with the command's usage and exit 2; `--help` prints the usage.
 */
import type { ParseArgsOptionsConfig } from 'node:util';
import { usage } from '../spreadsheets/messages.ts';
import { commandLine } from './command-line.ts';

const SHARED = { year: { type: 'string' }, content: { type: 'string' } } as const;

export function honoursCommand<const O extends ParseArgsOptionsConfig>(usageText: string, options: O) {
  const fail = (message: string): never => {
    console.error(`${message}\n${usageText}`);
    process.exit(2);
  };
  const { values, positionals } = commandLine({
    usage: usageText,
    allowPositionals: true,
    options: { ...SHARED, ...options },
  });
  const [kind, ...rest] = positionals;
  if (kind !== 'honours') fail(usage.unknownKind(kind ?? ''));
  const { content } = values as { content?: string };
  if (content) process.env['CONTENT_ROOT'] = content;
  /** The year of `--year`, which must be four digits. */
  const year = (text: string): number => (/^\d{4}$/.test(text) ? Number(text) : fail(usage.badYear(text)));
  return { values, rest, fail, year };
}
