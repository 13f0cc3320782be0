/**
 * One data row read into the fields of an award and the home or person it
 * is for. Only the columns the sheet has are read: a column it lacks leaves
 * the record's value alone, an empty cell in a column it has clears it.
 */
import { RULE_ARTICLE, type RuleId } from '../awards/messages.ts';
import type { Level } from '../domain/vocab.ts';
import type { AwardData } from '../schemas/honours.ts';
import type { ColumnKey } from './columns.ts';
import { resolveHolder, type RowHolder } from './holder.ts';
import type { Directory } from './match.ts';
import { cell } from './messages.ts';
import {
  cellText,
  nameText,
  normaliseSerial,
  parseCity,
  parseDate,
  parseLevel,
  parseResult,
  parseRole,
  parseUnitType,
  parseYesNo,
  type CellValue,
  type Parsed,
} from './normalise.ts';
import type { SheetProblem } from './problem.ts';
import type { DataRow } from './sheet.ts';

type Lifecycle = 'review' | 'rectification' | 'revoked';

/** What a row says of an award: a field left out is not in the sheet; `null` clears it. */
export interface RowFields {
  id?: string;
  serial?: string;
  level?: Level;
  topTen?: boolean;
  conferrer?: string;
  conferredOn?: string;
  citation?: string | null;
  review?: Partial<NonNullable<AwardData['review']>> | null;
  rectification?: Partial<NonNullable<AwardData['rectification']>> | null;
  revoked?: Partial<NonNullable<AwardData['revoked']>> | null;
}

export interface ParsedRow extends RowHolder {
  number: number;
  fields: RowFields;
}

/** The group of columns each lifecycle field is read from, and the field each column fills. */
const LIFECYCLE: Record<Lifecycle, Partial<Record<ColumnKey, string>>> = {
  review: { reviewDate: 'date', reviewResult: 'result' },
  rectification: {
    rectOrderedOn: 'orderedOn',
    rectDeadline: 'deadline',
    rectResult: 'result',
    rectClosedOn: 'closedOn',
  },
  revoked: { revokedOn: 'date', revokedBy: 'by', revokedReason: 'reason' },
};

/**
 * A sheet without an 等级 column may name the title instead (模范职工之家,
 * 十佳职工信赖的职工之家): the level is the one it names, model for the top
 * ten (R3: the top ten are model homes and 娘家人).
 */
function levelOfTitle(title: string): Level | undefined {
  if (!title) return undefined;
  const named = parseLevel(title);
  if (named.ok) return named.value;
  return title.includes('十佳') ? 'model' : undefined;
}

/** Reads the row; problems name the row and the column. */
export function parseRow(
  row: DataRow,
  dir: Directory,
  problemAt: (row: number, column: ColumnKey, message: string, extra?: Partial<SheetProblem>) => SheetProblem,
): { parsed?: ParsedRow; problems: SheetProblem[] } {
  const problems: SheetProblem[] = [];
  const has = (key: ColumnKey) => key in row.cells;
  const raw = (key: ColumnKey): CellValue => row.cells[key] ?? null;
  const text = (key: ColumnKey) => cellText(raw(key));
  const report = (key: ColumnKey, message: string, rule?: RuleId, extra: Partial<SheetProblem> = {}) =>
    problems.push(
      problemAt(row.number, key, message, { ...(rule ? { rule, article: RULE_ARTICLE[rule] } : {}), ...extra }),
    );
  /** The parsed value of a non-empty cell, or undefined (empty, or reported). */
  const read = <T>(
    key: ColumnKey,
    parse: (v: CellValue) => Parsed<T>,
    badMessage: (t: string) => string,
    rule?: RuleId,
  ) => {
    if (!text(key)) return undefined;
    const result = parse(raw(key));
    if (result.ok) return result.value;
    report(key, result.reason === 'no-such-day' ? cell.noSuchDay(text(key)) : badMessage(text(key)), rule);
    return undefined;
  };
  const date = (key: ColumnKey) => read(key, parseDate, cell.badDate);

  const fields: RowFields = {};
  if (text('awardId')) fields.id = text('awardId');
  if (text('serial')) fields.serial = normaliseSerial(raw('serial'));
  const level = has('level') ? read('level', parseLevel, cell.badLevel, 'R1') : levelOfTitle(text('title'));
  if (level) fields.level = level;
  if (has('topTen')) fields.topTen = read('topTen', parseYesNo, cell.badYesNo) ?? false;
  else if (text('title')) fields.topTen = text('title').includes('十佳');
  if (text('conferrer')) fields.conferrer = nameText(raw('conferrer'));
  const conferredOn = date('conferredOn');
  if (conferredOn) fields.conferredOn = conferredOn;
  if (has('citation')) fields.citation = text('citation') || null;
  for (const [field, columns] of Object.entries(LIFECYCLE) as [Lifecycle, Record<string, string>][]) {
    const present = Object.keys(columns).filter((k) => has(k as ColumnKey)) as ColumnKey[];
    if (!present.length) continue;
    const value: Record<string, string> = {};
    for (const key of present) {
      const v = key.endsWith('Result')
        ? read(key, parseResult, cell.badResult)
        : ['revokedBy', 'revokedReason'].includes(key)
          ? text(key) || undefined
          : date(key);
      if (v) value[columns[key]!] = v;
    }
    fields[field] = Object.keys(value).length ? value : null;
  }

  const city = read('city', parseCity, cell.badCity);
  const unitType = read('unitType', parseUnitType, cell.badUnitType, 'R1');
  const role = read('role', parseRole, cell.badRole);
  const found = resolveHolder({ text, report }, dir, {
    ...(city ? { city } : {}),
    ...(unitType ? { unitType } : {}),
    ...(role ? { role } : {}),
  });
  return { ...(found ? { parsed: { number: row.number, ...found, fields } } : {}), problems };
}
