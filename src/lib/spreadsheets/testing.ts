/**
 * Small content sets and sheets for the importer's tests: the content as the
 * award rules' tests write it (src/lib/awards/testing.ts), sheets as rows of
 * cells, and one call that imports a sheet into them. Pure (no file system).
 */
import type { ContentFile } from '../awards/testing.ts';
import type { SourceFile } from '../content/check.ts';
import { COLLECTIONS, type CollectionName } from '../content/collections.ts';
import { parseDataSource, parseMarkdownSource } from '../content/source.ts';
import { importHonours, type ImportInput, type ImportResult } from './import.ts';
import type { CellValue } from './normalise.ts';
import { formatImportProblem } from './problem.ts';
import type { SheetSpec } from './export.ts';
import type { Sheet } from './sheet.ts';

/** Content files as the reader gives them, named `content/<path>`. */
export function sourcesOf(files: readonly ContentFile[]): SourceFile[] {
  return files.map(([path, text]) => {
    const [dir = '', ...rest] = path.split('/');
    const collection = dir as CollectionName;
    const source = COLLECTIONS[collection].kind === 'data' ? parseDataSource(text) : parseMarkdownSource(text);
    return { collection, file: `content/${path}`, relativePath: rest.join('/'), source, text };
  });
}

/** A sheet whose rows are numbered from 1. */
export function sheetOf(rows: CellValue[][], name = 'Sheet1'): Sheet {
  return { name, rows: rows.map((cells, i) => ({ number: i + 1, cells })) };
}

export interface TestImport extends Partial<Omit<ImportInput, 'sheet' | 'sources' | 'yearFile'>> {
  year: number;
}

/** Imports `sheet` into `files` (the year's list taken from them when there), judged on 2025-06-01 by default. */
export function importSheet(files: readonly ContentFile[], sheet: Sheet, o: TestImport): ImportResult {
  const relativePath = `${o.year}.yaml`;
  const text = files.find(([p]) => p === `honors/${relativePath}`)?.[1];
  return importHonours({
    sheetFile: '名单.xlsx',
    final: false,
    exists: () => true,
    today: '2025-06-01',
    ...o,
    sheet,
    sources: sourcesOf(files),
    yearFile: { file: `content/honors/${relativePath}`, relativePath, ...(text === undefined ? {} : { text }) },
  });
}

/** The problems as printed, one string each. */
export const printed = (result: ImportResult) => result.problems.map(formatImportProblem);

/** An exported sheet as the importer reads it back: the title across every column, then headers and rows. */
export function sheetFromSpec(spec: SheetSpec): Sheet {
  return sheetOf([spec.columns.map(() => spec.title), spec.columns.map((c) => c.header), ...spec.rows], spec.name);
}
