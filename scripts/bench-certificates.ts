#!/usr/bin/env node
/**
 * Certificates per second: our renderer (worker threads, cold then warm
 * cache) against the same layout as HTML in headless Chromium, both using
 * every core and writing the same PNG size. Prints rates, their ratio and
 * peak RSS.
 *   node scripts/bench-certificates.ts [--n 200] [--dpi 200] [--workers N] [--no-chromium]
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { makeCertificates } from '../src/lib/certificates/batch.ts';
import { launchChromium } from '../src/lib/node/chromium.ts';
import { certificateFileName } from '../src/lib/certificates/file-name.ts';
import { FAMILIES, fontFile } from '../src/lib/certificates/fonts.ts';
import { drawingBodyHtml } from '../src/lib/certificates/html.ts';
import { CERTIFICATE_DPI, certificatePixelWidth } from '../src/lib/certificates/render.ts';
import { sampleCertificates } from '../src/lib/certificates/sample-records.ts';
import { CERTIFICATE_HEIGHT, CERTIFICATE_WIDTH, certificateDrawing } from '../src/lib/certificates/template.ts';
import type { CertificateInput } from '../src/lib/certificates/types.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '200' },
    dpi: { type: 'string', default: String(CERTIFICATE_DPI) },
    workers: { type: 'string' },
    'no-chromium': { type: 'boolean', default: false },
  },
});
const n = Number(values.n);
const dpi = Number(values.dpi);
const pixelWidth = certificatePixelWidth(dpi);
const workers = values.workers ? Number(values.workers) : availableParallelism();

/** Resident memory (MB) and CPU time used so far (s) by this process's descendants: Chromium's processes. */
async function children(): Promise<{ rssMb: number; cpuSeconds: number }> {
  const { readdir } = await import('node:fs/promises');
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      rss.set(Number(entry), (Number(fields[21]) * 4096) / 1048576);
      // utime + stime, in clock ticks of 1/100 s.
      cpu.set(Number(entry), (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // The process ended while we looked.
    }
  }
  let rssMb = 0;
  let cpuSeconds = 0;
  for (const pid of rss.keys()) {
    for (let p = parents.get(pid); p !== undefined && p > 1; p = parents.get(p)) {
      if (p === process.pid) {
        rssMb += rss.get(pid)!;
        cpuSeconds += cpu.get(pid)!;
        break;
      }
    }
  }
  return { rssMb: Math.round(rssMb), cpuSeconds };
}

/** CPU seconds this process (main thread and worker threads) has used. */
function ownCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

interface ChromiumResult {
  seconds: number;
  withLaunch: number;
  peakRssMb: number;
  cpuSeconds: number;
}

async function chromiumRun(records: CertificateInput[], outDir: string): Promise<ChromiumResult> {
  // Fonts are served over loopback: a page from file:// or about:blank may not load file:// fonts.
  const files = new Map<string, string>();
  const faces = FAMILIES.flatMap((family) =>
    family.weights.map((weight) => {
      const name = `${family.prefix}-${weight}.ttf`;
      files.set(`/fonts/${name}`, fontFile(family, weight));
      return `@font-face{font-family:"${family.name}";font-weight:${weight};src:url("/fonts/${name}") format("truetype")}`;
    }),
  ).join('');
  const page0 = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${faces}html,body{margin:0}</style></head><body></body></html>`;
  const server = createServer(async (req, res) => {
    const file = files.get(req.url ?? '');
    if (file) res.end(await readFile(file));
    else res.end(page0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;

  let peak = 0;
  const sampler = setInterval(() => void children().then(({ rssMb }) => (peak = Math.max(peak, rssMb))), 250);
  const launched = performance.now();
  const browser = await launchChromium();
  const scale = pixelWidth / CERTIFICATE_WIDTH;
  const pages = await Promise.all(
    Array.from({ length: workers }, async () => {
      const context = await browser.newContext({
        viewport: { width: CERTIFICATE_WIDTH, height: CERTIFICATE_HEIGHT },
        deviceScaleFactor: scale,
      });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/`);
      // Load every face once, as a long-running renderer would have them.
      await page.evaluate(() => Promise.all([...document.fonts].map((f) => f.load())));
      return page;
    }),
  );
  const cpuBefore = (await children()).cpuSeconds + ownCpuSeconds();
  const started = performance.now();
  let next = 0;
  await Promise.all(
    pages.map(async (page) => {
      while (next < records.length) {
        const input = records[next++]!;
        const body = drawingBodyHtml(certificateDrawing(input));
        await page.evaluate(async (html) => {
          document.body.innerHTML = html;
          await document.fonts.ready;
        }, body);
        const png = await page.screenshot({
          type: 'png',
          clip: { x: 0, y: 0, width: CERTIFICATE_WIDTH, height: CERTIFICATE_HEIGHT },
        });
        await writeFile(join(outDir, certificateFileName(input.serial)), png);
      }
    }),
  );
  const done = performance.now();
  const cpuSeconds = (await children()).cpuSeconds + ownCpuSeconds() - cpuBefore;
  await browser.close();
  clearInterval(sampler);
  server.close();
  return { seconds: (done - started) / 1000, withLaunch: (done - launched) / 1000, peakRssMb: peak, cpuSeconds };
}

const records = sampleCertificates(n);
const load = loadavg()[0]!.toFixed(2);
const work = await mkdtemp(join(tmpdir(), 'bench-certificates-'));
try {
  const options = { records, outDir: join(work, 'out'), cacheDir: join(work, 'cache'), workers, dpi, progress: false };
  const cpuBefore = ownCpuSeconds();
  const cold = await makeCertificates(options);
  const coldCpu = ownCpuSeconds() - cpuBefore;
  const warm = await makeCertificates(options);
  const rate = (seconds: number): string => (n / seconds).toFixed(1);
  const perCert = (cpu: number): string => ((cpu * 1000) / n).toFixed(0);
  console.log(
    `证书基准：${n} 张，A4 横向 ${dpi} dpi（${pixelWidth} px 宽），${workers} 个并行（本机 ${availableParallelism()} 核，开始时负载 ${load}）`,
  );
  console.log(
    `  satori+resvg 冷缓存：${rate(cold.seconds)} 张/秒（${cold.seconds.toFixed(1)} 秒，含启动），CPU ${perCert(coldCpu)} 毫秒/张，峰值内存 ${cold.peakRssMb} MB`,
  );
  console.log(`  satori+resvg 热缓存：${rate(warm.seconds)} 张/秒（${warm.seconds.toFixed(2)} 秒）`);
  if (!values['no-chromium']) {
    await rm(join(work, 'out'), { recursive: true });
    await mkdir(join(work, 'out'));
    const chrome = await chromiumRun(records, join(work, 'out'));
    console.log(
      `  Chromium 截图：${rate(chrome.withLaunch)} 张/秒（${chrome.withLaunch.toFixed(1)} 秒，含启动；不含启动 ${rate(chrome.seconds)} 张/秒），CPU ${perCert(chrome.cpuSeconds)} 毫秒/张，峰值内存 ${chrome.peakRssMb} MB`,
    );
    console.log(
      `  吞吐之比（冷缓存 / Chromium，都含启动）：${(chrome.withLaunch / cold.seconds).toFixed(2)} 倍；每张 CPU 之比：${(chrome.cpuSeconds / coldCpu).toFixed(2)} 倍（目标 ≥ 2）`,
    );
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
