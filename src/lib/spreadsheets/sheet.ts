/**
 * A worksheet as the importer sees it, whatever file it came from, and the
 * search for its header row: offices put a merged title row ("2026年度十佳……
 * 名单"), a date line or a blank row above the headers.
 */
import { COLUMNS, headerKey, type ColumnKey, type HeaderTable } from './columns.ts';
import { cellText, type CellValue } from './normalise.ts';

export interface SheetRow {
  /** The row's number as the spreadsheet program shows it (the line, for a CSV file). */
  number: number;
  /** Cells from column A on; a merged cell repeats its value. */
  cells: CellValue[];
}

export interface Sheet {
  name: string;
  rows: SheetRow[];
}

/** How far down the header row may be. */
export const HEADER_SEARCH_ROWS = 20;

export interface HeaderColumn {
  /** 0-based index into `cells`. */
  index: number;
  key: ColumnKey;
  /** The header as the sheet writes it, for messages. */
  text: string;
}

export interface HeaderRow {
  number: number;
  columns: HeaderColumn[];
  /** Headers the table does not know. */
  unknown: { index: number; text: string }[];
  /** A column given twice: the later header, and the first one it repeats. */
  repeated: { text: string; first: string; key: ColumnKey }[];
}

/** True when the row has nothing in it. */
export function isBlank(row: SheetRow): boolean {
  return row.cells.every((c) => cellText(c) === '');
}

/**
 * The first row of the first `HEADER_SEARCH_ROWS` in which at least two
 * different cells are known headers; a merged title repeats one text across
 * its cells, so it never counts twice.
 */
export function findHeader(sheet: Sheet, table: HeaderTable): HeaderRow | undefined {
  for (const row of sheet.rows.slice(0, HEADER_SEARCH_ROWS)) {
    const texts = row.cells.map((c) => cellText(c));
    const known = new Set(texts.map((t) => table.get(headerKey(t))).filter((k) => k !== undefined));
    if (known.size < 2) continue;
    const columns: HeaderColumn[] = [];
    const unknown: HeaderRow['unknown'] = [];
    const repeated: HeaderRow['repeated'] = [];
    texts.forEach((text, index) => {
      if (!text) return;
      const key = table.get(headerKey(text));
      const first = key && columns.find((c) => c.key === key);
      if (!key) unknown.push({ index, text });
      else if (first) repeated.push({ text, first: first.text, key });
      else columns.push({ index, key, text });
    });
    return { number: row.number, columns, unknown, repeated };
  }
  return undefined;
}

/** The header a message names for a column: the sheet's own, else the standard one. */
export function columnLabel(header: HeaderRow | undefined, key: ColumnKey): string {
  return header?.columns.find((c) => c.key === key)?.text ?? COLUMNS[key].header;
}

/** One data row: its number and its cells by column. */
export interface DataRow {
  number: number;
  cells: Partial<Record<ColumnKey, CellValue>>;
}

/** The rows under the header with something in a data column (a 合计 line under 序号 is not a row). */
export function dataRows(sheet: Sheet, header: HeaderRow): DataRow[] {
  return sheet.rows
    .filter((row) => row.number > header.number)
    .map((row) => ({
      number: row.number,
      cells: Object.fromEntries(header.columns.map((c) => [c.key, row.cells[c.index] ?? null])),
    }))
    .filter((row) =>
      Object.entries(row.cells).some(([k, c]) => COLUMNS[k as ColumnKey].role === 'data' && cellText(c ?? null) !== ''),
    );
}
