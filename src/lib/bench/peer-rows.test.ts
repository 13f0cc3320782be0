import { describe, expect, it } from 'vitest';
import { certificateRows, hugoRows, hugoSkippedRow } from './peer-rows.ts';

describe('hugoRows', () => {
  it("sets Hugo's ms per page beside the whole Astro step and its rendering phase", () => {
    const { rows, hugoMsPerPage } = hugoRows(
      { runs: [{ seconds: 2, peakTreeMb: 80 }], pages: 1000, version: 'hugo v0.131.0-abc linux/amd64' },
      { msPerPage: 10, pages: 1000, renderSeconds: 4 },
    );
    expect(hugoMsPerPage).toBe(2);
    expect(rows.map((r) => [r.item, r.value])).toEqual([
      ['hugo, the same homes as .md', '2.0 s'],
      ['astro / hugo per page', '5.0x'],
      ['astro rendering only / hugo', '2.0x'],
    ]);
    expect(rows[0]!.note).toBe('1000 pages, 2.00 ms/page, peak 80 MB; v0.131.0-abc');
  });

  it("takes the median of Hugo's builds, whose time varies widely, and shows their range", () => {
    const times = [9.2, 2.8, 4.7, 3.1, 6.3];
    const { rows, hugoMsPerPage } = hugoRows(
      { runs: times.map((seconds, i) => ({ seconds, peakTreeMb: 600 + i })), pages: 1000, version: 'hugo v0.111.3' },
      { msPerPage: 9.4, pages: 1000 },
    );
    expect(hugoMsPerPage).toBeCloseTo(4.7);
    expect(rows.map((r) => r.value)).toEqual(['4.7 s', '2.0x']);
    expect(rows[0]!.note).toBe('median of 5 builds (2.80-9.20 s), 1000 pages, 4.70 ms/page, peak 604 MB; v0.111.3');
  });

  it('leaves out the rendering ratio when Astro did not report the phase, and says why Hugo was skipped', () => {
    const { rows } = hugoRows(
      { runs: [{ seconds: 1, peakTreeMb: 1 }], pages: 10, version: 'hugo v1' },
      { msPerPage: 1, pages: 10 },
    );
    expect(rows).toHaveLength(2);
    expect(hugoSkippedRow(true).note).toBe('--no-hugo');
    expect(hugoSkippedRow(false).note).toMatch(/not installed/);
  });
});

describe('certificateRows', () => {
  const output = [
    '证书基准：24 张，A4 横向 200 dpi',
    '  satori+resvg 冷缓存：12.0 张/秒',
    '  吞吐之比（冷缓存 / Chromium，都含启动）：2.35 倍；每张 CPU 之比：3.10 倍（目标 ≥ 2）',
  ].join('\n');

  it('makes a row of each indented line and reads the throughput ratio the target judges', () => {
    const { rows, ratio } = certificateRows(output, 0, 24);
    expect(rows.map((r) => [r.item, r.value])).toEqual([
      ['certificates (24)', 'satori+resvg 冷缓存：12.0 张/秒'],
      ['certificates (24)', '吞吐之比（冷缓存 / Chromium，都含启动）：2.35 倍；每张 CPU 之比：3.10 倍（目标 ≥ 2）'],
    ]);
    expect(ratio).toBe(2.35);
  });

  it('says a failed run failed, with its last line, and has no ratio without the line', () => {
    const { rows, ratio } = certificateRows('  satori ok\nError: Chromium did not start', 1, 24);
    expect(rows.at(-1)).toEqual({
      section: 'peers',
      item: 'certificates',
      value: 'failed',
      note: 'Error: Chromium did not start',
    });
    expect(ratio).toBeUndefined();
  });
});
