import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentRoot } from '../node/content-root.ts';
import type { Problem } from '../content/problem.ts';
import type { Coverage } from '../schemas/coverage.ts';
import { COVERAGE_FILE, coverageOrThrow, parseCoverage } from './parse.ts';

// Node-only: reads the coverage figures from disk for the /data/ page, scripts and tests.

function locate(root: string, cwd: string) {
  const absolute = path.join(root, COVERAGE_FILE);
  return { absolute, shown: path.relative(cwd, absolute) || absolute };
}

/**
 * The coverage figures of a content folder, checked; `null` when it has none
 * (a content folder without `data/coverage.yaml` builds a dashboard that says
 * there is no data yet). Throws naming the file, line and field when wrong.
 */
export function readCoverage(root = contentRoot(), cwd = process.cwd()): Coverage | null {
  const { absolute, shown } = locate(root, cwd);
  if (!existsSync(absolute)) return null;
  return coverageOrThrow(readFileSync(absolute, 'utf8'), shown);
}

/** Problems in a content folder's coverage file, for the pre-build validator; none when there is no file. */
export function coverageProblems(root = contentRoot(), cwd = process.cwd()): Problem[] {
  const { absolute, shown } = locate(root, cwd);
  if (!existsSync(absolute)) return [];
  return parseCoverage(readFileSync(absolute, 'utf8'), shown).problems;
}
