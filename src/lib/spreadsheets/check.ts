/**
 * The full check of an import's result, before anything is written: the
 * content as it would be with the new year file, through the collections'
 * schemas, the privacy guard and the award rules (R1-R9, consent) exactly as
 * `npm run validate` runs them. Problems that a row caused are said in the
 * sheet's terms (row and column); the rest keep their file and line.
 */
import { awardsInputFrom } from '../awards/input.ts';
import { checkAwards } from '../awards/rules.ts';
import { checkSources, type CheckedSources, type Entries, type FileExists, type SourceFile } from '../content/check.ts';
import { entryId, type CollectionName } from '../content/collections.ts';
import type { Problem } from '../content/problem.ts';
import { checkGuards } from '../guards/index.ts';
import type { ColumnKey } from './columns.ts';
import type { Directory } from './match.ts';
import type { ImportProblem, SheetProblem } from './problem.ts';
import type { ParsedRow } from './rows.ts';

/** The collections an honour list touches: problems elsewhere (a story's) do not stop an import. */
const AWARD_COLLECTIONS: readonly CollectionName[] = ['homes', 'people', 'honors'];

export function awardSources(sources: readonly SourceFile[]): SourceFile[] {
  return sources.filter((s) => AWARD_COLLECTIONS.includes(s.collection));
}

/** Homes and people as the rows are matched against them: those whose files pass their schemas. */
export function directoryOf(entries: Entries): Directory {
  return {
    homes: entries.homes.map((e) => {
      const d = e.data as unknown as Directory['homes'][number];
      return { id: e.id, title: d.title, unit: d.unit, city: d.city, county: d.county, unitType: d.unitType };
    }),
    people: entries.people.map((e) => {
      const d = e.data as unknown as Directory['people'][number];
      return { id: e.id, name: d.name, home: d.home, role: d.role };
    }),
  };
}

/** True when a file could not be read or parsed: the award rules then wait, as `npm run validate` has them wait. */
export const isUnreadable = (s: SourceFile) => Boolean(s.unreadable) || s.source.syntaxErrors.length > 0;

/**
 * Schemas, privacy and award rules over the content with the new honour
 * lists, judged on `today`. Homes and people do not change on an import, so
 * their check from before it (`before`, over the same files) is reused: on a
 * province of ten thousand homes that check is most of the time taken.
 */
export function checkContent(
  before: { sources: readonly SourceFile[]; checked: CheckedSources },
  lists: readonly SourceFile[],
  o: { exists: FileExists; today: string; allowedEmailDomains?: readonly string[] },
): Problem[] {
  const checked = checkSources([...lists], o.exists);
  const listFiles = new Set(lists.map((s) => s.file));
  const previous = before.checked.problems.filter((p) => !listFiles.has(p.file));
  const entries: Entries = { ...before.checked.entries, honors: checked.entries.honors };
  const partial: Entries = { ...before.checked.partial, honors: checked.partial.honors };
  const others = before.sources.filter((s) => s.collection !== 'honors');
  const rulesWait = [...others, ...lists].some(isUnreadable);
  return [
    ...previous,
    ...checked.problems,
    ...checkGuards(lists, o.allowedEmailDomains ? { allowedEmailDomains: o.allowedEmailDomains } : {}),
    ...(rulesWait ? [] : checkAwards(awardsInputFrom(entries, partial), { today: o.today }).problems),
  ];
}

/** The column a field of an award is read from, given how the row named its holder. */
function columnOf(path: string[], row: ParsedRow, columns: ReadonlySet<ColumnKey>): ColumnKey | undefined {
  const [field, sub] = path;
  const pick = (...keys: ColumnKey[]) => keys.find((k) => columns.has(k)) ?? keys[0];
  const byField: Record<string, ColumnKey | undefined> = {
    id: 'awardId',
    serial: 'serial',
    home: pick('homeId', 'homeName', 'unitName'),
    person: pick('personId', 'personName'),
    level: 'level',
    topTen: 'topTen',
    conferrer: 'conferrer',
    conferredOn: 'conferredOn',
    citation: 'citation',
  };
  const lifecycle: Record<string, Record<string, ColumnKey>> = {
    review: { date: 'reviewDate', result: 'reviewResult' },
    rectification: {
      orderedOn: 'rectOrderedOn',
      deadline: 'rectDeadline',
      result: 'rectResult',
      closedOn: 'rectClosedOn',
    },
    revoked: { date: 'revokedOn', by: 'revokedBy', reason: 'revokedReason' },
  };
  if (field && lifecycle[field]) return lifecycle[field][sub ?? ''] ?? Object.values(lifecycle[field])[0];
  return field ? (byField[field] ?? (row.holder.kind === 'home' ? byField['home'] : byField['person'])) : undefined;
}

export interface Attribution {
  sheetFile: string;
  /** The year file as problems name it. */
  yearFile: string;
  /** Rows by their award's place in the new list. */
  rowByIndex: ReadonlyMap<number, ParsedRow>;
  rows: readonly ParsedRow[];
  columns: ReadonlySet<ColumnKey>;
  label: (key: ColumnKey) => string;
  /** Entry id and collection of each content file, by the name problems give it. */
  files: ReadonlyMap<string, { collection: CollectionName; id: string }>;
}

export function fileIndex(sources: readonly SourceFile[]): Map<string, { collection: CollectionName; id: string }> {
  return new Map(sources.map((s) => [s.file, { collection: s.collection, id: entryId(s.collection, s.relativePath) }]));
}

/** Says a content problem in the sheet's terms when a row caused it. */
export function attribute(p: Problem, a: Attribution): ImportProblem {
  const { file, line, col, field, message, rule, article, hint } = p;
  const base: Omit<SheetProblem, 'file'> = {
    message,
    ...(rule ? { rule } : {}),
    ...(article ? { article } : {}),
    ...(hint ? { hint } : {}),
  };
  if (file === a.yearFile) {
    const m = /^awards\[(\d+)\](?:\.(.*))?$/.exec(field ?? '');
    if (!m) return field?.startsWith('awards') ? { content: p } : { sheet: { file: a.sheetFile, ...base } };
    const row = a.rowByIndex.get(Number(m[1]));
    if (!row) return { content: p };
    const column = columnOf((m[2] ?? '').split('.'), row, a.columns);
    return { sheet: { file: a.sheetFile, row: row.number, ...(column ? { column: a.label(column) } : {}), ...base } };
  }
  const owner = a.files.get(file);
  const row =
    owner &&
    a.rows.find(
      (r) =>
        (owner.collection === 'people' && r.holder.kind === 'person' && r.holder.id === owner.id) ||
        (owner.collection === 'homes' && r.home.id === owner.id),
    );
  if (!row) return { content: p };
  const column =
    owner.collection === 'people' ? columnOf(['person'], row, a.columns) : columnOf(['home'], row, a.columns);
  return {
    sheet: {
      file: a.sheetFile,
      row: row.number,
      ...(column ? { column: a.label(column) } : {}),
      ...base,
      source: { file, line, col },
    },
  };
}
