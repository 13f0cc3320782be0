/**
 * A CSV file's bytes as a sheet. Excel on Chinese Windows saves "CSV (逗号
 * 分隔)" in GB18030/GBK and "CSV UTF-8" with a byte-order mark; "Unicode
 * 文本" is UTF-16 with tabs. The encoding is found, never assumed, and said.
 */
import { parse } from 'csv-parse/sync';
import type { Sheet } from './sheet.ts';

export type CsvEncoding = 'UTF-8' | 'UTF-8（带 BOM）' | 'UTF-16' | 'GB18030（GBK）';

/** The text of `bytes` and the encoding it was in: a BOM says so; else UTF-8 if it is valid UTF-8; else GB18030. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8（带 BOM）' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // GB18030 is a superset of GBK and GB2312 and decodes any byte sequence.
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030（GBK）' };
  }
}

/** Tab-separated when the first line has tabs and no commas (Excel's "Unicode 文本"), else comma-separated. */
function delimiterOf(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  return first.includes('\t') && !first.includes(',') ? '\t' : ',';
}

/** Where a CSV cannot be read: an unclosed quote, and its line. */
export class CsvError extends Error {
  readonly line: number;
  constructor(line: number) {
    super(`CSV quote not closed at line ${line}`);
    this.line = line;
  }
}

/**
 * The rows of a CSV text. Row numbers count records as Excel shows them
 * (blank lines included), so `第 N 行` is the row an editor sees.
 */
export function parseCsv(text: string, name: string): Sheet {
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      bom: true,
    }) as string[][];
  } catch (error) {
    throw new CsvError(Number((error as { lines?: number }).lines ?? 1));
  }
  return { name, rows: records.map((cells, i) => ({ number: i + 1, cells })) };
}
