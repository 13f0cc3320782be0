import { describe, expect, it } from 'vitest';
import { VARIANTS } from './browser-run.ts';
import type { ExperimentResult } from './measure.ts';
import { summarise, type Row } from './measure.ts';
import { experimentReport, parseVariants } from './report.ts';

const row = (query: string, recall: number, precisionAtN: number, kind: Row['kind'] = 'domain'): Row => ({
  query,
  kind,
  sent: query,
  containing: 4,
  results: 5,
  found: recall * 4,
  recall,
  precisionAtN,
});

describe('the search experiment report', () => {
  it('gives the index figures, a table row per kind of query and each query short of 1', () => {
    const rows = [row('职工书屋', 1, 1), row('娘家人', 0.5, 0.75), row('食堂', 1, 1, 'general')];
    const result = {
      size: 1000,
      variant: 'ours',
      stats: { ms: 12_340, files: 40, bytes: 204_800, indexBytes: 102_400, fragmentBytes: 51_200 },
      run: { kept: true, firstBytes: 81_920, firstMs: 150, perQueryMs: 12.4, sent: [] },
      domain: summarise(rows.filter((r) => r.kind === 'domain')),
      general: summarise(rows.filter((r) => r.kind === 'general')),
      rows,
    } as unknown as ExperimentResult;
    const lines = experimentReport(result).split('\n');
    expect(lines[0]).toBe('');
    expect(lines[1]).toBe(
      '## 1000 页 · ours  （建索引 12.3 s，索引 40 个文件 200 KB：词块 100 KB，页面片段 50 KB；首次查询 80 KB、150 ms；每次查询 12 ms；探测：查询词保持完整）',
    );
    expect(lines.slice(4)).toEqual([
      '| 领域词 (2) | 75.00% | 50.00% | 1 | 2 / 8 | 0.875 | 1 |',
      '| 普通词 (1) | 100.00% | 100.00% | 0 | 0 / 4 | 1.000 | 1 |',
      '   娘家人 [娘家人] 含该词 4 页，结果 5，找到 2（50.00%），P@N 0.75',
    ]);
  });

  it('takes known variants and names the unknown ones with the choices', () => {
    expect(parseVariants('stock,ours', VARIANTS)).toEqual({ variants: ['stock', 'ours'] });
    expect(parseVariants('ours,best', VARIANTS)).toEqual({
      error: '未知的方案 best，可选：stock, ours, degraded, pairs',
    });
  });
});
