#!/usr/bin/env node
/**
 * Certificates per second: our renderer (worker threads, cold then warm
 * cache) against the same layout as HTML in headless Chromium, both using
 * every core and writing the same PNG size. Prints rates, their ratio and
 * peak RSS. The benchmark itself is src/lib/bench/certificates-bench.ts.
 *   node scripts/bench-certificates.ts [--n 200] [--dpi 200] [--workers N] [--no-chromium]
 */
import { benchCertificates } from '../src/lib/bench/certificates-bench.ts';
import { CERTIFICATE_DPI } from '../src/lib/certificates/render.ts';
import { commandLine } from '../src/lib/node/command-line.ts';

const { values } = commandLine({
  usage: '用法：node scripts/bench-certificates.ts [--n 200] [--dpi 200] [--workers N] [--no-chromium]',
  options: {
    n: { type: 'string', default: '200' },
    dpi: { type: 'string', default: String(CERTIFICATE_DPI) },
    workers: { type: 'string' },
    'no-chromium': { type: 'boolean', default: false },
  },
});
await benchCertificates(
  {
    n: Number(values.n),
    dpi: Number(values.dpi),
    workers: values.workers ? Number(values.workers) : undefined,
    chromium: !values['no-chromium'],
  },
  (lines) => console.log(lines.join('\n')),
);
