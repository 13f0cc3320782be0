/**
 * One data row read into the fields of an award and the home or person it
 * is for. Only the columns the sheet has are read: a column it lacks leaves
 * the record's value alone, an empty cell in a column it has clears it.
 */
import { RULE_ARTICLE, type RuleId } from '../awards/messages.ts';
import type { Holder } from '../awards/types.ts';
import { CITY_LABELS, PERSON_ROLE_LABELS, UNIT_TYPE_LABELS, type Level } from '../domain/vocab.ts';
import type { AwardData } from '../schemas/honors.ts';
import type { ColumnKey } from './columns.ts';
import { matchHome, matchPerson, type Directory, type HomeRecord, type Match } from './match.ts';
import { cell, hints } from './messages.ts';
import {
  cellText,
  nameKey,
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

export interface ParsedRow {
  number: number;
  holder: Holder;
  /** The home: the holder, or the home the person serves. */
  home: HomeRecord;
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
  const level = read('level', parseLevel, cell.badLevel, 'R1');
  if (level) fields.level = level;
  if (has('topTen')) fields.topTen = read('topTen', parseYesNo, cell.badYesNo) ?? false;
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
  const names = (['homeName', 'unitName'] as const).map(text).filter(Boolean);
  const homeId = text('homeId');
  const isPerson = Boolean(text('personName') || text('personId'));
  const homeColumn: ColumnKey = homeId ? 'homeId' : text('homeName') ? 'homeName' : 'unitName';
  if (!isPerson && !homeId && !names.length) {
    report(homeColumn, cell.noHolder);
    return { problems };
  }
  const homeMatch =
    homeId || names.length
      ? matchHome({ ...(homeId ? { id: homeId } : {}), names, ...(city ? { city } : {}) }, dir)
      : undefined;
  let holder: Holder;
  let home: HomeRecord | undefined;
  if (isPerson) {
    const personColumn: ColumnKey = text('personId') ? 'personId' : 'personName';
    const m = matchPerson(
      {
        ...(text('personId') ? { id: text('personId') } : { name: text('personName') }),
        ...(homeMatch?.kind === 'found' ? { home: homeMatch.record.id } : {}),
        ...(role ? { role } : {}),
      },
      dir,
    );
    if (m.kind !== 'found') {
      reportMatch(m, 'person', (message, extra) => report(personColumn, message, 'R9', extra));
      return { problems };
    }
    const person = m.record;
    holder = { kind: 'person', id: person.id };
    home = dir.homes.find((h) => h.id === person.home);
    const label = `娘家人“${person.name}”（${person.id}）`;
    if (role && role !== person.role) {
      report('role', cell.mismatch(text('role'), label, PERSON_ROLE_LABELS[person.role]), 'R9', {
        hint: hints.mismatch,
      });
    }
  } else {
    if (homeMatch?.kind !== 'found') {
      if (homeMatch) reportMatch(homeMatch, 'home', (message, extra) => report(homeColumn, message, 'R9', extra));
      return { problems };
    }
    home = homeMatch.record;
    holder = { kind: 'home', id: home.id };
  }
  // A person whose home is missing is R9's to report (it checks people's homes); the row cannot go on.
  if (!home) return { problems };
  const place = `职工之家“${home.title}”`;
  for (const key of ['homeName', 'unitName'] as const) {
    const typed = text(key);
    if (typed && ![home.title, home.unit].some((n) => nameKey(n) === nameKey(typed))) {
      report(key, cell.mismatch(typed, place, key === 'homeName' ? home.title : home.unit), 'R9', {
        hint: hints.mismatch,
      });
    }
  }
  if (city && city !== home.city) {
    report('city', cell.mismatch(text('city'), place, CITY_LABELS[home.city]), 'R9', { hint: hints.mismatch });
  }
  if (unitType && unitType !== home.unitType) {
    report('unitType', cell.mismatch(text('unitType'), place, UNIT_TYPE_LABELS[home.unitType]), 'R9', {
      hint: hints.mismatch,
    });
  }
  return { parsed: { number: row.number, holder, home, fields }, problems };
}

function reportMatch(
  m: Exclude<Match<unknown>, { kind: 'found' }>,
  kind: Holder['kind'],
  report: (message: string, extra: Partial<SheetProblem>) => void,
): void {
  const home = kind === 'home';
  if (m.kind === 'many') {
    report(home ? cell.homeMany(m.text, m.candidates.length) : cell.personMany(m.text, m.candidates.length), {
      candidates: m.candidates,
      hint: home ? hints.homeMany : hints.personMany,
    });
    return;
  }
  const message =
    m.by === 'id'
      ? home
        ? cell.homeIdNotFound(m.text)
        : cell.personIdNotFound(m.text)
      : home
        ? cell.homeNotFound(m.text)
        : cell.personNotFound(m.text);
  report(message, { candidates: m.candidates, hint: home ? hints.homeNotFound : hints.personNotFound });
}
