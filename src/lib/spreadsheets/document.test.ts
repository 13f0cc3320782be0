import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyPlan, listAwards, newList, parseList } from './document.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const sample = readFileSync(path.join(repo, 'content/honors/2021.yaml'), 'utf8');

/** The lines that differ, as [before, after]. */
function changedLines(before: string, after: string): [string, string][] {
  const [a, b] = [before.split('\n'), after.split('\n')];
  return a.flatMap((line, i) => (line === b[i] ? [] : [[line, b[i] ?? '']]));
}

describe('applyPlan on a sample roll', () => {
  it('writes the file back byte for byte when nothing changes', () => {
    const doc = parseList(sample);
    const awards = listAwards(doc);
    const same = awards.map((award, index) => ({ row: index + 3, index, action: 'same' as const, award }));
    expect(applyPlan(doc, same, 'final')).toBe(sample);
  });

  it('changes one field of a flow-style review on its own line, comments and layout kept', () => {
    const doc = parseList(sample);
    const awards = listAwards(doc);
    const index = awards.findIndex((a) => a['review'] !== undefined);
    const award = { ...awards[index]!, review: { date: '2024-07-01', result: 'pass' } };
    const after = applyPlan(doc, [{ row: 3, index, action: 'update', award }], 'final');
    const [[before, now] = ['', ''], ...rest] = changedLines(sample, after);
    expect(rest).toEqual([]);
    expect(now).toBe(before.replace(/date: [\d-]+/, 'date: 2024-07-01'));
    expect(now).toMatch(/^ {4}review: \{ date: 2024-07-01, result: pass \}/);
    expect(after.split('\n').filter((l) => l.trim().startsWith('#'))).toEqual(
      sample.split('\n').filter((l) => l.trim().startsWith('#')),
    );
  });

  it('starts a new list with its year, status and an explaining comment', () => {
    const text = applyPlan(newList(2026, 'draft', ' 说明'), [], 'draft');
    expect(text).toBe('# 说明\n\nyear: 2026\nstatus: draft\nawards: []\n');
  });
});
