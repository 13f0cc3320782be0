/**
 * The benchmark on the sample site (Node only): builds it unless a built one
 * is at hand, then weighs one page of each type, probes search, sizes the
 * index, scores the pages with Lighthouse and measures the web courses.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { measure } from './measure.ts';
import type { BenchSettings } from './options.ts';
import { addRows, type BenchRecord } from './record.ts';
import { indexRow, lighthouseRows, lighthouseSkippedRow, pageTypes, weightRow } from './sample-rows.ts';
import { runSearchProbe } from './search-step.ts';
import { pageWeight } from './weight.ts';

/** The sample site's output folder: --sample, or (quick) the project's dist/, if it holds a site; else a fresh build in `work`. */
async function sampleSite(
  b: BenchRecord,
  o: { settings: BenchSettings; project: string; work: string; env: NodeJS.ProcessEnv },
): Promise<string> {
  const given = o.settings.sample
    ? path.resolve(o.settings.sample)
    : o.settings.sampleFromDist
      ? path.join(o.project, 'dist')
      : undefined;
  if (given && existsSync(path.join(given, 'index.html'))) return given;
  const sample = path.join(o.work, 'sample-dist');
  const t0 = performance.now();
  const built = await measure(process.execPath, ['scripts/build.ts', '--out', sample], {
    cwd: o.project,
    env: { ...o.env, CONTENT_ROOT: '' },
  });
  if (built.status !== 0) throw new Error(`the sample site did not build:\n${built.output.slice(-3000)}`);
  b.log(`sample site built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return sample;
}

export async function runSampleSite(
  b: BenchRecord,
  o: { settings: BenchSettings; project: string; work: string; env: NodeJS.ProcessEnv },
): Promise<void> {
  const sample = await sampleSite(b, o);
  const first = (pattern: string, strip: RegExp) =>
    globSync(pattern, { cwd: path.join(o.project, 'content') })
      .sort()[0]
      ?.replace(strip, '');
  const pages = pageTypes(first);
  const weights = [];
  for (const p of pages) {
    try {
      const w = pageWeight(sample, p.url);
      weights.push({ ...p, ...w });
      addRows(b, [weightRow(p, w)]);
    } catch (error) {
      b.row('weight', p.name, 'failed', (error as Error).message);
    }
  }
  b.details['weights'] = weights;

  await runSearchProbe(b, sample, 'sample site:', false);
  const index = path.join(sample, 'pagefind');
  if (existsSync(index)) {
    const files = globSync('**/*', { cwd: index });
    addRows(b, [
      indexRow(
        files.reduce((n, f) => n + statSync(path.join(index, f)).size, 0),
        files.length,
      ),
    ]);
  }

  if (o.settings.lighthouse) {
    try {
      const { lighthouseScores } = await import('./lighthouse.ts');
      const scores = await lighthouseScores(sample, pages);
      b.details['lighthouse'] = scores;
      addRows(b, lighthouseRows(scores));
    } catch (error) {
      b.row('lighthouse', 'run', 'failed', (error as Error).message.split('\n')[0]);
    }
  } else addRows(b, [lighthouseSkippedRow(o.settings.quick)]);

  // Web courses (issue 18): save time, script before play, Lighthouse on lesson pages.
  const { coursesFigures } = await import('./courses-figures.ts');
  const courses = await coursesFigures(sample, { lighthouse: o.settings.lighthouse }).catch((error: Error) => [
    { section: 'courses', item: 'run', value: 'failed', note: error.message.split('\n')[0] },
  ]);
  addRows(b, courses);
}
