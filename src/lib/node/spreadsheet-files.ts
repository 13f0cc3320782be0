/**
 * Spreadsheet files on disk: reading .xlsx (ExcelJS) and .csv into sheets,
 * telling a password-protected or an old .xls file from a broken one, and
 * writing the export's workbook. Everything past the bytes is src/lib/spreadsheets'.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import CFB from 'cfb';
import ExcelJS from 'exceljs';
import { CsvError, decodeCsv, parseCsv, type CsvEncoding } from '../spreadsheets/csv.ts';
import type { SheetSpec } from '../spreadsheets/export.ts';
import { unreadable } from '../spreadsheets/messages.ts';
import type { CellValue } from '../spreadsheets/normalise.ts';
import type { Sheet } from '../spreadsheets/sheet.ts';

export type ReadResult =
  | { ok: true; kind: 'xlsx'; sheets: Sheet[] }
  | { ok: true; kind: 'csv'; sheets: Sheet[]; encoding: CsvEncoding }
  | { ok: false; message: string };

const XLSX_TYPES = ['.xlsx', '.xlsm', '.xls'];

const isZip = (b: Buffer) => b.length > 3 && b[0] === 0x50 && b[1] === 0x4b;
const isCompoundFile = (b: Buffer) => b.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));

/** A compound file is either an encrypted .xlsx (it holds EncryptionInfo) or a .xls workbook. */
function compoundFileMessage(bytes: Buffer, shown: string): string {
  try {
    const names = CFB.read(bytes, { type: 'buffer' }).FullPaths.map((p) => p.split('/').filter(Boolean).at(-1));
    if (names.includes('EncryptionInfo') || names.includes('EncryptedPackage')) return unreadable.encrypted(shown);
    return names.includes('Workbook') || names.includes('Book')
      ? unreadable.legacyXls(shown)
      : unreadable.corrupt(shown);
  } catch {
    return unreadable.corrupt(shown);
  }
}

function cellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('result' in v) return cellValue((v.result ?? null) as ExcelJS.CellValue);
  if ('formula' in v || 'sharedFormula' in v) return null;
  if ('hyperlink' in v) return cellValue(v.text as ExcelJS.CellValue);
  if ('error' in v) return String(v.error);
  return null;
}

function sheetOf(ws: ExcelJS.Worksheet): Sheet {
  const rows: Sheet['rows'] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const cells: CellValue[] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push(cellValue(row.getCell(c).value));
    rows.push({ number: row.number, cells });
  });
  return { name: ws.name, rows };
}

async function readXlsx(bytes: Buffer, shown: string): Promise<ReadResult> {
  if (isCompoundFile(bytes)) return { ok: false, message: compoundFileMessage(bytes, shown) };
  if (!isZip(bytes)) return { ok: false, message: unreadable.corrupt(shown) };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false, message: unreadable.corrupt(shown) };
  }
  return { ok: true, kind: 'xlsx', sheets: workbook.worksheets.map(sheetOf) };
}

/** Reads a sheet file; `shown` is its name in messages. Never throws: an unreadable file is a message. */
export async function readSpreadsheet(file: string, shown = file): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) return { ok: false, message: unreadable.notAFile(shown) };
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: unreadable.notFound(shown) };
    return {
      ok: false,
      message: unreadable.ioError(shown, code === 'EACCES' ? '没有读取权限' : String(code ?? error)),
    };
  }
  const ext = path.extname(file).toLowerCase();
  if (XLSX_TYPES.includes(ext)) return readXlsx(bytes, shown);
  if (ext !== '.csv') return { ok: false, message: unreadable.wrongType(shown) };
  const { text, encoding } = decodeCsv(bytes);
  try {
    return { ok: true, kind: 'csv', encoding, sheets: [parseCsv(text, path.basename(file))] };
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, message: unreadable.csvBroken(shown, error.line) };
    throw error;
  }
}

/** The export's workbook: a merged title row, the header row frozen under it, widths, printed landscape. */
export async function workbookBytes(specs: readonly SheetSpec[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'npm run export';
  for (const spec of specs) {
    const ws = workbook.addWorksheet(spec.name, {
      views: [{ state: 'frozen', ySplit: 2, xSplit: 0 }],
      pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' },
    });
    ws.columns = spec.columns.map((c) => ({ key: c.key, width: c.width }));
    ws.addRow([spec.title]);
    ws.mergeCells(1, 1, 1, spec.columns.length);
    ws.getRow(1).font = { bold: true, size: 14 };
    ws.getRow(1).alignment = { horizontal: 'center' };
    ws.addRow(spec.columns.map((c) => c.header));
    ws.getRow(2).font = { bold: true };
    for (const cells of spec.rows) {
      ws.addRow(
        cells.map((v, i) => (spec.columns[i]?.link && typeof v === 'string' && v ? { text: v, hyperlink: v } : v)),
      );
    }
    spec.columns.forEach((c, i) => {
      if (c.date) ws.getColumn(i + 1).numFmt = 'yyyy"年"m"月"d"日"';
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
