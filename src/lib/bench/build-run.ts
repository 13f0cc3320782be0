/**
 * One run of the real build (`scripts/build.ts`) for the benchmark (Node
 * only): its wall time, each step's time and peak memory (the process tree
 * sampled while the step's numbered heading is the last one printed) and the
 * figures the build reports about each step (`--report`).
 */
import { readFileSync, rmSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import type { AstroPagesReport } from '../build/astro-pages.ts';
import type { BuildReport } from '../node/build.ts';
import { readAstroLog, type AstroLog } from './astro-log.ts';
import { measure, type Measured } from './measure.ts';

export interface BuildStepRun {
  name: string;
  seconds: number;
  /** CPU seconds of the step, its child processes included; of all the steps under its heading together. */
  cpuSeconds: number;
  /** The build's numbered heading the step ran under (steps side by side share one). */
  heading: number;
  peakMb: number;
  stats: Record<string, unknown>;
}

export interface BuildRun {
  measured: Measured;
  result: BuildReport['result'];
  /** CPU seconds of the whole build. */
  cpuSeconds: number;
  steps: BuildStepRun[];
  /** HTML pages in the output. */
  pages: number;
  peakMb: number;
  astro: AstroLog;
  /** Pages rendered and reused by kind, when Astro ran. */
  profile?: AstroPagesReport | undefined;
}

export async function benchBuild(o: {
  /** The project copy the build runs in (snapshot.ts). */
  cwd: string;
  root: string;
  out: string;
  /** ZGZJ_CACHE_DIR of the run: the benchmark's caches start empty and stay out of the project's. */
  cacheHome: string;
  env: NodeJS.ProcessEnv;
  fresh?: boolean;
}): Promise<BuildRun> {
  const reportFile = `${o.out}.report.json`;
  rmSync(reportFile, { force: true });
  const measured = await measure(
    process.execPath,
    ['scripts/build.ts', '--content', o.root, '--out', o.out, '--report', reportFile, ...(o.fresh ? ['--fresh'] : [])],
    { cwd: o.cwd, env: { ...o.env, ZGZJ_CACHE_DIR: o.cacheHome }, phases: /^[\u2460-\u2469] / },
  );
  if (measured.status !== 0) throw new Error(`the build failed:\n${measured.output.slice(-3000)}`);
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as BuildReport;
  const steps = report.steps.map((s) => ({
    name: s.name,
    seconds: s.seconds,
    cpuSeconds: s.cpuSeconds,
    heading: s.heading,
    // Steps that run side by side share a heading, and its peak.
    peakMb: measured.phases[s.heading - 1]?.peakTreeMb ?? 0,
    stats: s.stats,
  }));
  const astroStep = steps.find((s) => s.name === 'astro');
  return {
    measured,
    result: report.result,
    cpuSeconds: report.cpuSeconds,
    steps,
    pages: globSync('**/*.html', { cwd: o.out }).length,
    peakMb: Math.max(0, ...measured.phases.map((p) => p.peakTreeMb)),
    astro: readAstroLog(measured.output),
    profile: astroStep ? (astroStep.stats as unknown as AstroPagesReport) : undefined,
  };
}
