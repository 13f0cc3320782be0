/**
 * Whose title a row is: a 娘家人 when it names a person (姓名, 娘家人编号),
 * else a home; matched in the directory (never guessed), then held against
 * the record: the city, unit type, role and names the row gives must be the
 * ones the site has registered (R9: one record, one truth).
 */
import type { RuleId } from '../awards/messages.ts';
import type { Holder } from '../awards/types.ts';
import {
  CITY_LABELS,
  PERSON_ROLE_LABELS,
  UNIT_TYPE_LABELS,
  type City,
  type PersonRole,
  type UnitType,
} from '../domain/vocab.ts';
import type { ColumnKey } from './columns.ts';
import { matchHome, matchPerson, type Directory, type HomeRecord, type Match } from './match.ts';
import { cell, hints } from './messages.ts';
import { nameKey } from './normalise.ts';
import type { SheetProblem } from './problem.ts';

/** A row's cells as text, and a way to report a problem in one of its columns. */
export interface RowCells {
  text: (key: ColumnKey) => string;
  report: (key: ColumnKey, message: string, rule?: RuleId, extra?: Partial<SheetProblem>) => void;
}

/** What the row says of the home or person, already read. */
export interface HolderFacts {
  city?: City;
  unitType?: UnitType;
  role?: PersonRole;
}

export interface RowHolder {
  holder: Holder;
  /** The home: the holder, or the home the person serves. */
  home: HomeRecord;
}

const mismatch = (r: RowCells, key: ColumnKey, place: string, recorded: string) =>
  r.report(key, cell.mismatch(r.text(key), place, recorded), 'R9', { hint: hints.mismatch });

/** The holder the row names, or undefined after reporting why there is none. */
export function resolveHolder(r: RowCells, dir: Directory, facts: HolderFacts): RowHolder | undefined {
  const names = (['homeName', 'unitName'] as const).map(r.text).filter(Boolean);
  const homeId = r.text('homeId');
  const isPerson = Boolean(r.text('personName') || r.text('personId'));
  const homeColumn: ColumnKey = homeId ? 'homeId' : r.text('homeName') ? 'homeName' : 'unitName';
  if (!isPerson && !homeId && !names.length) {
    r.report(homeColumn, cell.noHolder);
    return undefined;
  }
  const { city, unitType, role } = facts;
  const homeMatch =
    homeId || names.length
      ? matchHome({ ...(homeId ? { id: homeId } : {}), names, ...(city ? { city } : {}) }, dir)
      : undefined;
  let found: RowHolder | undefined;
  if (isPerson) {
    const column: ColumnKey = r.text('personId') ? 'personId' : 'personName';
    const m = matchPerson(
      {
        ...(r.text('personId') ? { id: r.text('personId') } : { name: r.text('personName') }),
        ...(homeMatch?.kind === 'found' ? { home: homeMatch.record.id } : {}),
        ...(role ? { role } : {}),
      },
      dir,
    );
    if (m.kind !== 'found') return reportMatch(m, 'person', (message, extra) => r.report(column, message, 'R9', extra));
    const person = m.record;
    const home = dir.homes.find((h) => h.id === person.home);
    const label = `娘家人“${person.name}”（${person.id}）`;
    if (role && role !== person.role) mismatch(r, 'role', label, PERSON_ROLE_LABELS[person.role]);
    if (homeId && homeId !== person.home) mismatch(r, 'homeId', `${label}所在的职工之家`, person.home);
    // A person whose home is missing is R9's to report (it checks people's homes); the row cannot go on.
    if (home) found = { holder: { kind: 'person', id: person.id }, home };
  } else if (homeMatch?.kind === 'found') {
    found = { holder: { kind: 'home', id: homeMatch.record.id }, home: homeMatch.record };
  } else if (homeMatch) {
    return reportMatch(homeMatch, 'home', (message, extra) => r.report(homeColumn, message, 'R9', extra));
  }
  if (!found) return undefined;
  const { home } = found;
  const place = `职工之家“${home.title}”`;
  for (const key of ['homeName', 'unitName'] as const) {
    const typed = r.text(key);
    if (typed && ![home.title, home.unit].some((n) => nameKey(n) === nameKey(typed))) {
      mismatch(r, key, place, key === 'homeName' ? home.title : home.unit);
    }
  }
  if (city && city !== home.city) mismatch(r, 'city', place, CITY_LABELS[home.city]);
  if (unitType && unitType !== home.unitType) mismatch(r, 'unitType', place, UNIT_TYPE_LABELS[home.unitType]);
  return found;
}

function reportMatch(
  m: Exclude<Match<unknown>, { kind: 'found' }>,
  kind: Holder['kind'],
  report: (message: string, extra: Partial<SheetProblem>) => void,
): undefined {
  const home = kind === 'home';
  if (m.kind === 'many') {
    report(home ? cell.homeMany(m.text, m.candidates.length) : cell.personMany(m.text, m.candidates.length), {
      candidates: m.candidates,
      hint: home ? hints.homeMany : hints.personMany,
    });
    return undefined;
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
  return undefined;
}
