/**
 * `npm run import -- honours`: reads the sheet and the content from disk,
 * hands them to src/lib/spreadsheets, prints the report and writes the year
 * file only when every check passed (and not on --dry-run). Exit code: 0 done,
 * 1 problems (nothing written), 2 a file that cannot be read.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { importHonours, type ImportResult } from '../spreadsheets/import.ts';
import { notes, sheet as sheetMessages, summary, unreadable } from '../spreadsheets/messages.ts';
import { importReportJson, importReportLines, outcomeOf, type ImportMeta } from '../spreadsheets/report.ts';
import { isBlank, type Sheet } from '../spreadsheets/sheet.ts';
import type { SheetProblem } from '../spreadsheets/problem.ts';
import { readSources, resolveReference, shownPath } from './read-content.ts';
import { judgementDay, readSiteConfig } from './site-config.ts';
import { readSpreadsheet } from './spreadsheet-files.ts';

export interface ImportOptions {
  /** The sheet file as typed on the command line. */
  file: string;
  year: number;
  final: boolean;
  dryRun: boolean;
  format: 'text' | 'json';
  /** The content folder. */
  root: string;
  cwd?: string;
  print?: (line: string) => void;
}

/** The workbook's sheet for `year`: the one named for it, else the first with anything in it. */
function pickSheet(sheets: readonly Sheet[], year: number): { sheet: Sheet; note?: string } {
  if (sheets.length === 1) return { sheet: sheets[0]! };
  const named = sheets.find((s) => s.name.includes(String(year)));
  if (named) return { sheet: named, note: notes.pickedSheet(named.name, sheets.length) };
  const first = sheets.find((s) => !s.rows.every(isBlank)) ?? sheets[0]!;
  return { sheet: first, note: notes.firstSheet(first.name, sheets.length) };
}

/** Writes through a temporary file, so an interrupted run leaves the old file whole. */
function writeAtomically(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

export async function importHonoursFile(o: ImportOptions): Promise<number> {
  const cwd = o.cwd ?? process.cwd();
  const print = o.print ?? ((line: string) => console.log(line));
  const fail = (message: string, code: number) => {
    print(o.format === 'json' ? JSON.stringify({ file: o.file, error: message }, null, 2) : message);
    return code;
  };
  const read = await readSpreadsheet(path.resolve(cwd, o.file), o.file);
  if (!read.ok) return fail(read.message, 2);
  if (!read.sheets.length) return fail(sheetMessages.noSheets(o.file), 1);
  if (!existsSync(o.root)) return fail(unreadable.noContent(o.root), 2);
  const extraHeaders: Record<string, string[]> = {};
  let allowedEmailDomains: string[] = [];
  let today: string;
  try {
    if (existsSync(path.join(o.root, 'site.yaml'))) {
      const site = readSiteConfig(o.root);
      for (const { column, aliases } of site.spreadsheetHeaders ?? []) {
        extraHeaders[column] = [...(extraHeaders[column] ?? []), ...aliases];
      }
      allowedEmailDomains = [new URL(site.baseUrl).hostname];
    }
    today = judgementDay(o.root);
  } catch (error) {
    return fail((error as Error).message, 1);
  }
  const { sheet, note } = pickSheet(read.sheets, o.year);
  const honours = path.join(o.root, 'honors');
  const existing = [`${o.year}.yaml`, `${o.year}.yml`].find((name) => existsSync(path.join(honours, name)));
  const relativePath = existing ?? `${o.year}.yaml`;
  const absolute = path.join(honours, relativePath);
  const sources = readSources(o.root, cwd);
  const yearText = sources.find((s) => s.collection === 'honors' && s.relativePath === relativePath)?.text;
  const result: ImportResult = importHonours({
    sheetFile: o.file,
    sheet,
    year: o.year,
    final: o.final,
    extraHeaders,
    sources,
    yearFile: { file: shownPath(cwd, absolute), relativePath, ...(yearText === undefined ? {} : { text: yearText }) },
    exists: (ref, fromFile) => existsSync(resolveReference(o.root, cwd, ref, fromFile)),
    allowedEmailDomains,
    today,
  });
  if (note) result.notes.unshift({ file: o.file, message: note } satisfies SheetProblem);
  const meta: ImportMeta = {
    sheetFile: o.file,
    target: shownPath(cwd, absolute),
    year: o.year,
    source: read.kind === 'csv' ? summary.csv(read.encoding) : summary.workbook(sheet.name),
    ...(read.kind === 'csv' ? { encoding: read.encoding } : {}),
    sheetName: sheet.name,
    dryRun: o.dryRun,
  };
  const outcome = outcomeOf(result, o.dryRun);
  if (outcome === 'written' && result.text !== undefined) writeAtomically(absolute, result.text);
  if (o.format === 'json') print(JSON.stringify(importReportJson(result, meta), null, 2));
  else for (const line of importReportLines(result, meta)) print(line);
  return outcome === 'problems' ? 1 : 0;
}
