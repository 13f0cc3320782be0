/**
 * An honour list from a sheet, from start to finish and without touching a
 * file: find the header, read and match every row, plan the year's list,
 * write it into the YAML document, then check the whole content as it would
 * be. The result carries every problem at once, or the new file's text.
 */
import type { FileExists, SourceFile } from '../content/check.ts';
import { checkSources } from '../content/check.ts';
import { parseDataSource } from '../content/source.ts';
import { applyPlan, isWritableList, listAwards, newList, newListComment, parseList } from './document.ts';
import { awardSources, attribute, checkContent, directoryOf, fileIndex, isUnreadable } from './check.ts';
import { COLUMNS, headerTable, type ColumnKey, type ExtraHeaders } from './columns.ts';
import { LIST_STATUS_LABELS, headers, hints, notes, sheet as sheetMessages } from './messages.ts';
import { planAwards, type PlannedAward } from './plan.ts';
import { sortImportProblems, type ImportProblem, type SheetProblem } from './problem.ts';
import { parseRow, type ParsedRow } from './rows.ts';
import { columnLabel, dataRows, findHeader, isBlank, type Sheet } from './sheet.ts';

/** The columns an award cannot be added without (R1, R2; the schema's required fields). */
const REQUIRED_FOR_NEW: readonly ColumnKey[] = ['level', 'conferrer', 'conferredOn'];

export interface ImportInput {
  /** The sheet file as the command line named it. */
  sheetFile: string;
  sheet: Sheet;
  year: number;
  /** `--final`: publish the list as final. */
  final: boolean;
  /** `site.yaml`'s `spreadsheetHeaders`. */
  extraHeaders?: ExtraHeaders;
  /** The content as read (every collection; only homes, people and honours are checked). */
  sources: readonly SourceFile[];
  /** The year file: the name problems give it, its path in the honours folder, its text when it exists. */
  yearFile: { file: string; relativePath: string; text?: string };
  exists: FileExists;
  /** E-mail domains the site may publish (its own), for the privacy guard. */
  allowedEmailDomains?: readonly string[];
  /** The day award statuses are judged on. */
  today: string;
}

export interface ImportResult {
  problems: ImportProblem[];
  /** Notes that do not stop the import (a column it ignored). */
  notes: SheetProblem[];
  /** The header's row, and how many data rows were read. */
  header?: number;
  rowCount: number;
  awards: PlannedAward[];
  status: 'draft' | 'final';
  /** The year file's new text; set when there is no problem. */
  text?: string;
  /** False when the file would be written as it is. */
  changed: boolean;
}

export function importHonours(input: ImportInput): ImportResult {
  const { sheetFile, sheet } = input;
  const problems: ImportProblem[] = [];
  const notesOut: SheetProblem[] = [];
  const sheetProblem = (p: Omit<SheetProblem, 'file'>) => problems.push({ sheet: { file: sheetFile, ...p } });
  const doc = input.yearFile.text === undefined ? undefined : parseList(input.yearFile.text);
  const currentStatus = doc?.get('status') === 'final' ? 'final' : 'draft';
  const status = input.final ? 'final' : currentStatus;
  if (!input.final && currentStatus === 'final')
    notesOut.push({ file: sheetFile, message: notes.statusKept(LIST_STATUS_LABELS.final) });
  const result = (extra: Partial<ImportResult> = {}): ImportResult => ({
    problems: sortImportProblems(problems),
    notes: notesOut,
    rowCount: 0,
    awards: [],
    status,
    changed: false,
    ...extra,
  });

  const { table, errors } = headerTable(input.extraHeaders);
  for (const e of errors) {
    const message =
      e.kind === 'unknown-standard'
        ? headers.unknownStandard(e.standard)
        : headers.aliasTaken(e.alias, e.standard, e.takenBy);
    problems.push({
      content: {
        file: 'content/site.yaml',
        line: 1,
        col: 1,
        field: 'spreadsheetHeaders',
        message,
        hint: hints.siteYaml,
      },
    });
  }
  if (sheet.rows.every(isBlank)) {
    sheetProblem({ message: sheetMessages.empty(sheet.name) });
    return result();
  }
  const header = findHeader(sheet, table);
  if (!header) {
    sheetProblem({ message: sheetMessages.noHeader(sheet.name) });
    return result();
  }
  const label = (key: ColumnKey) => columnLabel(header, key);
  for (const u of header.unknown)
    notesOut.push({ file: sheetFile, row: header.number, column: u.text, message: notes.unknownColumn(u.text) });
  for (const r of header.repeated) {
    sheetProblem({
      row: header.number,
      column: r.text,
      message: sheetMessages.repeatedColumn(r.text, r.first, COLUMNS[r.key].header),
      hint: hints.repeatedColumn,
    });
  }
  const columns = new Set(header.columns.map((c) => c.key));
  if (!(['homeName', 'unitName', 'homeId', 'personName', 'personId'] as const).some((k) => columns.has(k))) {
    sheetProblem({ row: header.number, message: sheetMessages.missingHolderColumn, hint: hints.missingHolderColumn });
  }
  const rows = dataRows(sheet, header);
  if (!rows.length) sheetProblem({ message: sheetMessages.noRows(header.number) });
  if (problems.length) return result({ header: header.number, rowCount: rows.length });

  const sources = awardSources(input.sources);
  const before = checkSources(sources, input.exists);
  const isYearFile = (s: SourceFile) => s.collection === 'honors' && s.relativePath === input.yearFile.relativePath;
  const existing = sources.find(isYearFile);
  if ((existing && isUnreadable(existing)) || (doc && !isWritableList(doc))) {
    // The year file must be fixed by hand first: its YAML is broken, or it is not a list of awards.
    problems.push(...before.problems.filter((p) => p.file === input.yearFile.file).map((content) => ({ content })));
    return result({ header: header.number, rowCount: rows.length });
  }
  const dir = directoryOf(before.entries);
  const problemAt = (
    row: number,
    column: ColumnKey,
    message: string,
    extra: Partial<SheetProblem> = {},
  ): SheetProblem => ({
    file: sheetFile,
    row,
    column: label(column),
    message,
    ...extra,
  });
  const parsed: ParsedRow[] = [];
  for (const row of rows) {
    const r = parseRow(row, dir, problemAt);
    problems.push(...r.problems.map((sheet) => ({ sheet })));
    if (r.parsed) parsed.push(r.parsed);
  }
  const list = doc ?? newList(input.year, status, newListComment(input.year, sheetFile));
  const plan = planAwards(parsed, listAwards(list), input.year, (row, message, extra) => ({
    file: sheetFile,
    row,
    message,
    ...extra,
  }));
  problems.push(...plan.problems.map((sheet) => ({ sheet })));
  const text = applyPlan(list, plan.awards, status);

  const yearSource: SourceFile = {
    collection: 'honors',
    file: input.yearFile.file,
    relativePath: input.yearFile.relativePath,
    source: parseDataSource(text),
    text,
  };
  const lists = [...sources.filter((s) => s.collection === 'honors' && !isYearFile(s)), yearSource];
  const after = [...sources.filter((s) => s.collection !== 'honors'), ...lists];
  const attribution = {
    sheetFile,
    yearFile: input.yearFile.file,
    rowByIndex: new Map(plan.awards.map((p) => [p.index, parsed.find((r) => r.number === p.row)!])),
    rows: parsed,
    columns,
    label,
    files: fileIndex(after),
  };
  // A column new awards need but the sheet lacks is said once, not on every row.
  const missing = plan.awards.some((a) => a.action === 'add')
    ? REQUIRED_FOR_NEW.filter((k) => !columns.has(k) && !(k === 'level' && columns.has('title')))
    : [];
  for (const key of missing) {
    sheetProblem({
      row: header.number,
      message: sheetMessages.missingColumn(COLUMNS[key].header),
      hint: hints.missingColumn,
    });
  }
  // A cell already reported (a date it could not read) is not reported again as the field the schema misses.
  const reported = new Set(problems.map((p) => ('sheet' in p ? `${p.sheet.row}|${p.sheet.column}` : '')));
  const missingLabels = new Set(missing.map(label));
  for (const p of checkContent({ sources, checked: before }, lists, {
    exists: input.exists,
    today: input.today,
    ...(input.allowedEmailDomains ? { allowedEmailDomains: input.allowedEmailDomains } : {}),
  }).map((c) => attribute(c, attribution))) {
    const known =
      'sheet' in p && (reported.has(`${p.sheet.row}|${p.sheet.column}`) || missingLabels.has(p.sheet.column ?? ''));
    if (!known) problems.push(p);
  }
  const changed = text !== input.yearFile.text;
  return result({
    header: header.number,
    rowCount: rows.length,
    awards: plan.awards,
    changed,
    ...(problems.length ? {} : { text }),
  });
}
