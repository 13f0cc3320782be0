/**
 * One benchmark run (issues 10 and 14; Node only): in a folder of its own,
 * the corpus and its builds (run-builds.ts), the peers (peers.ts), search on
 * the corpus (search-step.ts) and the sample site (sample-site.ts), judged
 * against the targets (report.ts). bench/README.md explains every figure.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchSettings } from './options.ts';
import { benchRecord } from './record.ts';
import { judgeTargets } from './report.ts';
import { benchCommand, type BenchResult } from './results.ts';
import { runBuilds } from './run-builds.ts';
import { runPeers } from './peers.ts';
import { runSampleSite } from './sample-site.ts';
import { runSearchProbe } from './search-step.ts';
import { snapshotProject } from './snapshot.ts';

const loadavg = () => os.loadavg().map((x) => Number(x.toFixed(2)));

/**
 * Runs the benchmark on `project` as `settings` say; `log` takes the progress
 * lines. Returns the result and the run's folder (every cache of the run is
 * in it, the project's own are untouched), for the caller to remove or keep.
 */
export async function runBench(
  settings: BenchSettings,
  o: { project: string; args: readonly string[]; log: (line: string) => void },
): Promise<BenchResult & { work: string }> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'zgzj-bench-'));
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CI: '1' };
  const loadStart = loadavg();
  // Astro builds run in a private copy of the project (snapshot.ts says why).
  const astroProject = snapshotProject(o.project, path.join(work, 'project'));
  const b = benchRecord(settings.size.homes, o.log);
  const shared = { settings, project: o.project, work, env };

  const { root, out, cold } = await runBuilds(b, {
    ...shared,
    astroProject,
    size: settings.size,
    verify: settings.verify,
  });
  await runPeers(b, { ...shared, root, cold });
  await runSearchProbe(b, out, 'corpus:', true);
  await runSampleSite(b, shared);

  return {
    work,
    meta: {
      date: new Date().toISOString(),
      mode: settings.quick ? 'quick' : 'full',
      cores: os.availableParallelism(),
      cpu: os.cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      loadStart,
      loadEnd: loadavg(),
      command: benchCommand(o.args),
      corpus: settings.size,
    },
    rows: b.rows,
    figures: b.figures,
    targets: judgeTargets(b.figures),
    details: b.details,
  };
}
