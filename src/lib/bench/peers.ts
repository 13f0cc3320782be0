/**
 * The benchmark's peers (issue 10; Node only): Hugo building the same homes,
 * and our certificates against the same template in headless Chromium
 * (scripts/bench-certificates.ts, in its own process).
 */
import path from 'node:path';
import type { BuildRun } from './build-run.ts';
import { hugoBuild, hugoVersion } from './hugo.ts';
import { measure } from './measure.ts';
import type { BenchSettings } from './options.ts';
import { CERTIFICATES_SKIPPED_ROW, certificateRows, hugoRows, hugoSkippedRow } from './peer-rows.ts';
import { addRows, type BenchRecord } from './record.ts';

export async function runPeers(
  b: BenchRecord,
  o: {
    settings: BenchSettings;
    project: string;
    root: string;
    work: string;
    env: NodeJS.ProcessEnv;
    cold: BuildRun;
  },
): Promise<void> {
  const version = o.settings.hugo ? hugoVersion() : undefined;
  if (version) {
    const h = await hugoBuild(o.root, path.join(o.work, 'hugo'));
    const astro = {
      msPerPage: b.figures.astroMsPerPage!,
      pages: o.cold.pages,
      renderSeconds: o.cold.astro.renderSeconds,
    };
    const { rows, hugoMsPerPage } = hugoRows({ ...h, version }, astro);
    b.figures.hugoMsPerPage = hugoMsPerPage;
    addRows(b, rows);
  } else addRows(b, [hugoSkippedRow(!o.settings.hugo)]);

  const { run, n } = o.settings.certificates;
  if (!run) {
    addRows(b, [CERTIFICATES_SKIPPED_ROW]);
    return;
  }
  const c = await measure(process.execPath, ['scripts/bench-certificates.ts', '--n', String(n)], {
    cwd: o.project,
    env: o.env,
  });
  const { rows, ratio } = certificateRows(c.output, c.status, n);
  if (ratio !== undefined) b.figures.certificateRatio = ratio;
  addRows(b, rows);
}
