import { describe, expect, it } from 'vitest';
import { chromiumCertificateLines, ourCertificateLines } from './certificates-report.ts';
import { certificateRows } from './peer-rows.ts';

const ours = {
  n: 200,
  dpi: 200,
  pixelWidth: 2339,
  workers: 2,
  cores: 2,
  load: 1.234,
  cold: { seconds: 20, peakRssMb: 512, cpuSeconds: 30 },
  warm: { seconds: 0.5 },
};
const chrome = { seconds: 40, withLaunch: 50, peakRssMb: 900, cpuSeconds: 90 };

describe('the certificate benchmark report', () => {
  it('gives rates, CPU per certificate and peak memory for our renderer', () => {
    expect(ourCertificateLines(ours)).toEqual([
      '证书基准：200 张，A4 横向 200 dpi（2339 px 宽），2 个并行（本机 2 核，开始时负载 1.23）',
      '  satori+resvg 冷缓存：10.0 张/秒（20.0 秒，含启动），CPU 150 毫秒/张，峰值内存 512 MB',
      '  satori+resvg 热缓存：400.0 张/秒（0.50 秒）',
    ]);
  });

  it("sets Chromium's figures against our cold run, with start-up on both sides", () => {
    expect(chromiumCertificateLines(ours, chrome)).toEqual([
      '  Chromium 截图：4.0 张/秒（50.0 秒，含启动；不含启动 5.0 张/秒），CPU 450 毫秒/张，峰值内存 900 MB',
      '  吞吐之比（冷缓存 / Chromium，都含启动）：2.50 倍；每张 CPU 之比：3.00 倍（目标 ≥ 2）',
    ]);
  });

  it('prints what npm run bench reads back: a row per indented line and the ratio', () => {
    const output = [...ourCertificateLines(ours), ...chromiumCertificateLines(ours, chrome)].join('\n');
    const { rows, ratio } = certificateRows(output, 0, 200);
    expect(rows).toHaveLength(4);
    expect(ratio).toBe(2.5);
  });
});
