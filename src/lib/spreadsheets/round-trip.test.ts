/**
 * Export -> import is the identity on the sample honours: for any year, any
 * order of its awards, any order of the columns and any of the ways offices
 * retype a sheet (dates as text or day numbers, full-width digits, other
 * brackets, stray spaces, √ for 是), importing the exported roll into the
 * content without that year's file gives back the same awards and status.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { awardsInputFrom } from '../awards/input.ts';
import { checkAwards } from '../awards/rules.ts';
import { holderDirectory } from '../awards/roll.ts';
import type { Entry } from '../content/check.ts';
import { readSources, loadContent } from '../node/read-content.ts';
import type { HonourYearData } from '../schemas/honours.ts';
import { directoryOf } from './check.ts';
import { EXPORT_COLUMNS, honoursSheet, type SheetSpec } from './export.ts';
import { importHonours } from './import.ts';
import type { CellValue } from './normalise.ts';
import { formatImportProblem } from './problem.ts';
import { sheetFromSpec } from './testing.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const root = path.join(repo, 'content');
const TODAY = '2026-11-24';

const { entries } = loadContent(root, repo);
const sources = readSources(root, repo);
const report = checkAwards(awardsInputFrom(entries), { today: TODAY });
const ctx = {
  report,
  dir: holderDirectory(entries.homes as never, entries.people as never),
  homes: new Map(directoryOf(entries).homes.map((h) => [h.id, h])),
  baseUrl: 'https://zgzj.example.cn',
};
const lists = (entries.honors as unknown as Entry<HonourYearData>[]).map((e) => e.data);
const listOf = (year: number) => lists.find((l) => l.year === year)!;
const yearSource = (year: number) => sources.find((s) => s.relativePath === `${year}.yaml`)!;
/** The awards as the file writes them (no schema defaults filled in). */
const written = (year: number) => (parse(yearSource(year).text!) as { awards: Record<string, unknown>[] }).awards;

const permutationOf = (n: number) => fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n });

const FULL_WIDTH = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** The ways a person retypes a cell of each kind; index chosen by fast-check. */
const RETYPE: Record<string, ((v: CellValue) => CellValue)[]> = {
  date: [
    (v) => v,
    (v) => {
      const [y, m, d] = (v as Date).toISOString().slice(0, 10).split('-').map(Number);
      return `${y}年${m}月${d}日`;
    },
    (v) => (v as Date).toISOString().slice(0, 10).replace(/-0?/g, '/'),
    (v) => FULL_WIDTH((v as Date).toISOString().slice(0, 10).replace(/-/g, '.')),
    (v) => (v as Date).getTime() / 86_400_000 + 25569,
  ],
  serial: [(v) => v, (v) => FULL_WIDTH(String(v)), (v) => ` ${String(v).replace('〔', '【').replace('〕', '】')} `],
  name: [(v) => v, (v) => `  ${String(v)}\u3000`],
  topTen: [(v) => v, (v) => (v === '是' ? '√' : '')],
  level: [(v) => v, (v) => `${String(v)}级`],
};
const KIND: Record<string, keyof typeof RETYPE> = {
  命名日期: 'date',
  复核日期: 'date',
  整改期限: 'date',
  整改验收日期: 'date',
  责令整改日期: 'date',
  撤销日期: 'date',
  证书编号: 'serial',
  职工之家名称: 'name',
  姓名: 'name',
  命名单位: 'name',
  是否十佳: 'topTen',
  等级: 'level',
};

/** The sheet with its columns in `order` and each cell retyped by `choice`. */
function retyped(spec: SheetSpec, order: number[], choice: (row: number, col: number) => number): SheetSpec {
  const columns = order.map((i) => spec.columns[i]!);
  const rows = spec.rows.map((row, r) =>
    order.map((i) => {
      const kind = KIND[spec.columns[i]!.header];
      const value = row[i] ?? null;
      if (!kind || value === null || value === '') return value;
      const ways = RETYPE[kind]!;
      return ways[choice(r, i) % ways.length]!(value);
    }),
  );
  return { ...spec, columns, rows };
}

describe('export -> import', () => {
  it('is the identity on the sample honours, whatever order and however retyped', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...lists.map((l) => l.year))
          .chain((year) => fc.tuple(fc.constant(year), permutationOf(listOf(year).awards.length))),
        permutationOf(EXPORT_COLUMNS.length),
        fc.array(fc.nat(20), { minLength: 50, maxLength: 50 }),
        ([year, permutation], order, choices) => {
          const list = listOf(year);
          const raw = written(list.year);
          const awards = permutation.map((i) => list.awards[i]!);
          const spec = honoursSheet({ year: list.year, status: list.status, awards }, ctx);
          const sheet = sheetFromSpec(retyped(spec, order, (r, c) => choices[(r * 7 + c) % choices.length]!));
          const result = importHonours({
            sheetFile: '名单.xlsx',
            sheet,
            year: list.year,
            final: list.status === 'final',
            sources: sources.filter((s) => s !== yearSource(list.year)),
            yearFile: { file: `content/honors/${list.year}.yaml`, relativePath: `${list.year}.yaml` },
            exists: () => true,
            today: TODAY,
          });
          expect(result.problems.map(formatImportProblem)).toEqual([]);
          const back = parse(result.text!) as { year: number; status: string; awards: unknown[] };
          expect([back.year, back.status]).toEqual([list.year, list.status]);
          expect(back.awards).toEqual(permutation.map((i) => raw[i]));
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
