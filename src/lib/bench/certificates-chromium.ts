/**
 * The certificate benchmark's peer (issue 10; Node only, Linux): the same
 * template as HTML (html.ts) screenshot by headless Chromium, one page per
 * worker, at the same PNG size; its time with and without start-up, its
 * processes' peak memory and CPU time.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { certificateFileName } from '../certificates/file-name.ts';
import { FAMILIES, fontFile } from '../certificates/fonts.ts';
import { drawingBodyHtml } from '../certificates/html.ts';
import { CERTIFICATE_HEIGHT, CERTIFICATE_WIDTH, certificateDrawing } from '../certificates/template.ts';
import type { CertificateInput } from '../certificates/types.ts';
import { launchChromium } from '../node/chromium.ts';
import { treeRss } from './measure.ts';

export interface ChromiumCertificates {
  seconds: number;
  withLaunch: number;
  peakRssMb: number;
  cpuSeconds: number;
}

/** CPU seconds this process (main thread and worker threads) has used. */
export function ownCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** Chromium's processes: this process's descendants. */
const chromiumTree = () => treeRss(process.pid, false);

/** A page that declares every certificate face, and the font files it loads, served on loopback. */
async function fontServer(): Promise<{ origin: string; close: () => void }> {
  // Over loopback: a page from file:// or about:blank may not load file:// fonts.
  const files = new Map<string, string>();
  const faces = FAMILIES.flatMap((family) =>
    family.weights.map((weight) => {
      const name = `${family.prefix}-${weight}.ttf`;
      files.set(`/fonts/${name}`, fontFile(family, weight));
      return `@font-face{font-family:"${family.name}";font-weight:${weight};src:url("/fonts/${name}") format("truetype")}`;
    }),
  ).join('');
  const page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${faces}html,body{margin:0}</style></head><body></body></html>`;
  const server = createServer(async (req, res) => {
    const file = files.get(req.url ?? '');
    if (file) res.end(await readFile(file));
    else res.end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

/** Draws `records` into `outDir` with `workers` Chromium pages at `pixelWidth` px wide. */
export async function chromiumCertificates(
  records: readonly CertificateInput[],
  o: { outDir: string; pixelWidth: number; workers: number },
): Promise<ChromiumCertificates> {
  const server = await fontServer();
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, Math.round(chromiumTree().totalMb))), 250);
  const launched = performance.now();
  const browser = await launchChromium();
  const pages = await Promise.all(
    Array.from({ length: o.workers }, async () => {
      const context = await browser.newContext({
        viewport: { width: CERTIFICATE_WIDTH, height: CERTIFICATE_HEIGHT },
        deviceScaleFactor: o.pixelWidth / CERTIFICATE_WIDTH,
      });
      const page = await context.newPage();
      await page.goto(`${server.origin}/`);
      // Load every face once, as a long-running renderer would have them.
      await page.evaluate(() => Promise.all([...document.fonts].map((f) => f.load())));
      return page;
    }),
  );
  const cpuBefore = chromiumTree().cpuSeconds + ownCpuSeconds();
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
        await writeFile(join(o.outDir, certificateFileName(input.serial)), png);
      }
    }),
  );
  const done = performance.now();
  const cpuSeconds = chromiumTree().cpuSeconds + ownCpuSeconds() - cpuBefore;
  await browser.close();
  clearInterval(sampler);
  server.close();
  return { seconds: (done - started) / 1000, withLaunch: (done - launched) / 1000, peakRssMb: peak, cpuSeconds };
}
