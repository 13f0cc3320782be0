/**
 * What the rows do to the year's list: each row updates the award it names
 * (by id, else the same holder's award with the same serial or conferrer) or
 * adds one, with its id and serial formed the way the record forms them when
 * the sheet leaves them out. Existing awards keep their place.
 */
import { awardIdFor, conferringBody, nextSerial, serialPrefix } from '../awards/naming.ts';
import { RULE_ARTICLE } from '../awards/messages.ts';
import { serialKey } from '../verify/serial-key.ts';
import type { RowFields, ParsedRow } from './rows.ts';
import { cell, hints } from './messages.ts';
import type { SheetProblem } from './problem.ts';

/** An award as YAML holds it (the list may not be valid yet: validation comes after). */
export type AwardObject = Record<string, unknown>;

export interface PlannedAward {
  row: number;
  /** Place in the list after the import. */
  index: number;
  action: 'add' | 'update' | 'same';
  award: AwardObject;
}

/** The field order of an award, as the sample rolls write it. */
export const AWARD_KEYS = [
  'id',
  'serial',
  'home',
  'person',
  'level',
  'topTen',
  'conferrer',
  'conferredOn',
  'citation',
  'review',
  'rectification',
  'revoked',
] as const;
const SUB_KEYS: Record<string, readonly string[]> = {
  review: ['date', 'result'],
  rectification: ['orderedOn', 'deadline', 'result', 'closedOn'],
  revoked: ['date', 'by', 'reason'],
};

/** `value`'s keys in the record's order, unknown ones after. */
function ordered(value: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const keys = [...order.filter((k) => k in value), ...Object.keys(value).filter((k) => !order.includes(k))];
  return Object.fromEntries(keys.map((k) => [k, value[k]]));
}

function findExisting(row: ParsedRow, existing: readonly AwardObject[]): number {
  const { fields, holder } = row;
  if (fields.id) return existing.findIndex((a) => a['id'] === fields.id);
  const mine = existing.map((a, i) => ({ a, i })).filter(({ a }) => a[holder.kind] === holder.id);
  const bySerial =
    fields.serial && mine.find(({ a }) => serialKey(String(a['serial'] ?? '')) === serialKey(fields.serial!));
  if (bySerial) return bySerial.i;
  if (fields.conferrer) return mine.find(({ a }) => a['conferrer'] === fields.conferrer)?.i ?? -1;
  return mine.length === 1 ? mine[0]!.i : -1;
}

/** The award after the row: the existing one with what the row says laid over it. */
function apply(base: AwardObject, row: ParsedRow): AwardObject {
  const f: RowFields = row.fields;
  const next: AwardObject = { ...base };
  delete next['home'];
  delete next['person'];
  next[row.holder.kind] = row.holder.id;
  for (const key of ['id', 'serial', 'level', 'conferrer', 'conferredOn'] as const) {
    if (f[key] !== undefined) next[key] = f[key];
  }
  if (f.topTen !== undefined && (f.topTen || 'topTen' in base)) next['topTen'] = f.topTen;
  for (const key of ['citation', 'review', 'rectification', 'revoked'] as const) {
    const value = f[key];
    if (value === null) delete next[key];
    else if (typeof value === 'object') next[key] = ordered(value, SUB_KEYS[key] ?? []);
    else if (value !== undefined) next[key] = value;
  }
  return ordered(next, AWARD_KEYS);
}

export interface Plan {
  awards: PlannedAward[];
  /** Rows that name the same award as an earlier row. */
  problems: SheetProblem[];
}

/** Plans the list: `existing` is the year file's awards as written, in order. */
export function planAwards(
  rows: readonly ParsedRow[],
  existing: readonly AwardObject[],
  year: number,
  problemAt: (row: number, message: string, extra: object) => SheetProblem,
): Plan {
  const problems: Plan['problems'] = [];
  const claimed = new Map<number, number>();
  const planned: PlannedAward[] = [];
  let added = 0;
  for (const row of rows) {
    const index = findExisting(row, existing);
    const base = index >= 0 ? existing[index]! : undefined;
    if (index >= 0 && claimed.has(index)) {
      const first = claimed.get(index)!;
      problems.push(
        problemAt(row.number, cell.sameAward(first, String(base?.['id'])), {
          rule: 'R9',
          article: RULE_ARTICLE.R9,
          hint: hints.sameAward,
        }),
      );
      continue;
    }
    if (index >= 0) claimed.set(index, row.number);
    const award = apply(base ?? {}, row);
    const body = conferringBody(String(award['conferrer'] ?? ''), row.home);
    if (award['id'] === undefined) award['id'] = awardIdFor(year, row.holder, body, award['topTen'] === true);
    const same = base !== undefined && JSON.stringify(ordered(base, AWARD_KEYS)) === JSON.stringify(award);
    planned.push({
      row: row.number,
      index: index >= 0 ? index : existing.length + added++,
      action: base === undefined ? 'add' : same ? 'same' : 'update',
      award,
    });
  }
  numberSerials(planned, existing, rows, year);
  for (const p of planned) p.award = ordered(p.award, AWARD_KEYS);
  return { awards: planned, problems };
}

/** Gives each new award without a serial the next one of its issuer, after every serial already used. */
function numberSerials(
  planned: PlannedAward[],
  existing: readonly AwardObject[],
  rows: readonly ParsedRow[],
  year: number,
) {
  const used = [...existing, ...planned.map((p) => p.award)].map((a) => String(a['serial'] ?? ''));
  for (const p of planned) {
    if (p.award['serial'] !== undefined) continue;
    const row = rows.find((r) => r.number === p.row)!;
    const body = conferringBody(String(p.award['conferrer'] ?? ''), row.home);
    const serial = nextSerial(serialPrefix(body, row.home, row.holder.kind), year, used);
    p.award['serial'] = serial;
    used.push(serial);
  }
}
