/**
 * Certificates per second (issue 10; Node only): our renderer (worker
 * threads, cold then warm cache) against the same layout as HTML in
 * headless Chromium, both on every core, writing the same PNG size.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCertificates } from '../certificates/batch.ts';
import { certificatePixelWidth } from '../certificates/render.ts';
import { sampleCertificates } from '../certificates/sample-records.ts';
import { chromiumCertificates, ownCpuSeconds } from './certificates-chromium.ts';
import { chromiumCertificateLines, ourCertificateLines } from './certificates-report.ts';

/** Runs the benchmark for `n` sample certificates; `print` takes each part's lines as soon as it is measured. */
export async function benchCertificates(
  o: { n: number; dpi: number; workers?: number | undefined; chromium: boolean },
  print: (lines: string[]) => void,
): Promise<void> {
  const records = sampleCertificates(o.n);
  const workers = o.workers ?? availableParallelism();
  const pixelWidth = certificatePixelWidth(o.dpi);
  const load = loadavg()[0]!;
  const work = await mkdtemp(join(tmpdir(), 'bench-certificates-'));
  try {
    const outDir = join(work, 'out');
    const options = { records, outDir, cacheDir: join(work, 'cache'), workers, dpi: o.dpi, progress: false };
    const cpuBefore = ownCpuSeconds();
    const cold = await makeCertificates(options);
    const cpuSeconds = ownCpuSeconds() - cpuBefore;
    const warm = await makeCertificates(options);
    const ours = {
      ...{ n: o.n, dpi: o.dpi, pixelWidth, workers, cores: availableParallelism(), load },
      cold: { seconds: cold.seconds, peakRssMb: cold.peakRssMb, cpuSeconds },
      warm: { seconds: warm.seconds },
    };
    print(ourCertificateLines(ours));
    if (!o.chromium) return;
    await rm(outDir, { recursive: true });
    await mkdir(outDir);
    print(chromiumCertificateLines(ours, await chromiumCertificates(records, { outDir, pixelWidth, workers })));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
