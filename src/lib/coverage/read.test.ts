import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { coverageProblems, readCoverage } from './read.ts';
import { coverageOf, yearFigures } from './test-data.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'coverage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function contentWith(text?: string): string {
  const root = mkdtempSync(path.join(dir, 'content-'));
  if (text !== undefined) {
    mkdirSync(path.join(root, 'data'));
    writeFileSync(path.join(root, 'data', 'coverage.yaml'), text);
  }
  return root;
}

describe('readCoverage', () => {
  it('gives null for a content folder without coverage data', () => {
    const root = contentWith();
    expect(readCoverage(root, dir)).toBeNull();
    expect(coverageProblems(root, dir)).toEqual([]);
  });

  it('reads and checks the file', () => {
    const root = contentWith(stringify(coverageOf(yearFigures(2020, 70))));
    expect(readCoverage(root, dir)!.years[0]!.year).toBe(2020);
  });

  it('names the file relative to the working folder when it is wrong', () => {
    const root = contentWith('sample: yes please\n');
    const shown = path.relative(dir, path.join(root, 'data', 'coverage.yaml'));
    expect(() => readCoverage(root, dir)).toThrow(shown);
    expect(coverageProblems(root, dir).map((p) => p.field)).toEqual(['sample', 'source', 'years']);
  });

  it('reads the sample content', () => {
    const coverage = readCoverage(path.resolve(import.meta.dirname, '../../../content'));
    expect(coverage?.sample).toBe(true);
  });
});
