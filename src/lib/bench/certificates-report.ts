/**
 * What the certificate benchmark prints (pure): rates, CPU per certificate,
 * peak memory, and the ratio issue 10 sets a target for. Its indented lines
 * and its 吞吐之比 line are what `npm run bench` reads back (peer-rows.ts).
 */
import type { ChromiumCertificates } from './certificates-chromium.ts';

export interface OurCertificates {
  n: number;
  dpi: number;
  pixelWidth: number;
  workers: number;
  cores: number;
  /** The 1-minute load average at the start. */
  load: number;
  cold: { seconds: number; peakRssMb: number; cpuSeconds: number };
  warm: { seconds: number };
}

const rate = (n: number, seconds: number) => (n / seconds).toFixed(1);
const perCertificate = (n: number, cpu: number) => ((cpu * 1000) / n).toFixed(0);

/** The heading and our renderer's cold and warm lines. */
export function ourCertificateLines(f: OurCertificates): string[] {
  const { n, cold, warm } = f;
  return [
    `证书基准：${n} 张，A4 横向 ${f.dpi} dpi（${f.pixelWidth} px 宽），${f.workers} 个并行（本机 ${f.cores} 核，开始时负载 ${f.load.toFixed(2)}）`,
    `  satori+resvg 冷缓存：${rate(n, cold.seconds)} 张/秒（${cold.seconds.toFixed(1)} 秒，含启动），CPU ${perCertificate(n, cold.cpuSeconds)} 毫秒/张，峰值内存 ${cold.peakRssMb} MB`,
    `  satori+resvg 热缓存：${rate(n, warm.seconds)} 张/秒（${warm.seconds.toFixed(2)} 秒）`,
  ];
}

/** Chromium's line and the ratios against our cold run, both with start-up (target: 2 or more). */
export function chromiumCertificateLines(ours: OurCertificates, chrome: ChromiumCertificates): string[] {
  const { n, cold } = ours;
  return [
    `  Chromium 截图：${rate(n, chrome.withLaunch)} 张/秒（${chrome.withLaunch.toFixed(1)} 秒，含启动；不含启动 ${rate(n, chrome.seconds)} 张/秒），CPU ${perCertificate(n, chrome.cpuSeconds)} 毫秒/张，峰值内存 ${chrome.peakRssMb} MB`,
    `  吞吐之比（冷缓存 / Chromium，都含启动）：${(chrome.withLaunch / cold.seconds).toFixed(2)} 倍；每张 CPU 之比：${(chrome.cpuSeconds / cold.cpuSeconds).toFixed(2)} 倍（目标 ≥ 2）`,
  ];
}
