/**
 * `npm run export -- honours`: the content's honour rolls as an .xlsx
 * workbook, one sheet per year, statuses judged as the site judges them.
 * Exit code: 0 written, 1 content that cannot give a complete roll, 2 content
 * that cannot be read.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { awardsInputFrom } from '../awards/input.ts';
import { checkAwards } from '../awards/rules.ts';
import { holderDirectory } from '../awards/roll.ts';
import type { Entry } from '../content/check.ts';
import { formatProblem } from '../content/problem.ts';
import type { PersonRole, UnitType } from '../domain/vocab.ts';
import { formatDate } from '../format.ts';
import type { HonourYearData } from '../schemas/honours.ts';
import { awardSources, directoryOf, isUnreadable } from '../spreadsheets/check.ts';
import { honoursSheet } from '../spreadsheets/export.ts';
import { summary, unreadable } from '../spreadsheets/messages.ts';
import { loadContent, shownPath } from './read-content.ts';
import { judgementDay, readSiteConfig } from './site-config.ts';
import { workbookBytes } from './spreadsheet-files.ts';

export interface ExportOptions {
  /** One year, or every year with a list. */
  years: number | 'all';
  /** Where to write; `honours-<year>.xlsx` (or `honours-all.xlsx`) in the working folder by default. */
  out?: string;
  root: string;
  cwd?: string;
  print?: (line: string) => void;
}

export async function exportHonoursFile(o: ExportOptions): Promise<number> {
  const cwd = o.cwd ?? process.cwd();
  const print = o.print ?? ((line: string) => console.log(line));
  if (!existsSync(o.root)) {
    print(unreadable.noContent(o.root));
    return 2;
  }
  let baseUrl: string;
  let today: string;
  try {
    baseUrl = readSiteConfig(o.root).baseUrl;
    today = judgementDay(o.root);
  } catch (error) {
    print((error as Error).message);
    return 1;
  }
  const { entries, problems, sources } = loadContent(o.root, cwd);
  const awardFiles = new Set(awardSources(sources).map((s) => s.file));
  const broken = problems.filter((p) => awardFiles.has(p.file));
  if (broken.length) {
    for (const p of broken) print(formatProblem(p));
    print(summary.contentBroken(broken.length));
    return awardSources(sources).some(isUnreadable) ? 2 : 1;
  }
  const lists = (entries.honors as unknown as Entry<HonourYearData>[])
    .map((e) => e.data)
    .filter((l) => o.years === 'all' || l.year === o.years)
    .sort((a, b) => a.year - b.year);
  if (!lists.length) {
    print(o.years === 'all' ? summary.noLists : summary.noList(o.years));
    return 1;
  }
  const report = checkAwards(awardsInputFrom(entries), { today });
  const ruleProblems = report.problems.filter((p) => p.rule).length;
  if (ruleProblems) print(summary.ruleWarnings(ruleProblems));
  const dir = holderDirectory(
    entries.homes as unknown as Entry<{ title: string; unitType: UnitType }>[],
    entries.people as unknown as Entry<{ name: string; home: string; role: PersonRole }>[],
  );
  const homes = new Map(directoryOf(entries).homes.map((h) => [h.id, h]));
  const specs = lists.map((list) => honoursSheet(list, { report, dir, homes, baseUrl }));
  const out = path.resolve(cwd, o.out ?? `honours-${o.years}.xlsx`);
  mkdirSync(path.dirname(out), { recursive: true });
  const temporary = `${out}.${process.pid}.tmp`;
  writeFileSync(temporary, await workbookBytes(specs));
  renameSync(temporary, out);
  const count = lists.reduce((n, l) => n + l.awards.length, 0);
  print(summary.exported(shownPath(cwd, out), lists.length, count, formatDate(today)));
  return 0;
}
