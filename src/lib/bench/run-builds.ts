/**
 * The benchmark's builds (issues 10 and 14; Node only): the corpus, the real
 * build (`scripts/build.ts`) cold, again with nothing changed, warm after
 * one home and one story changed, and (unless told not to) a cold build of
 * the same content that the warm output must equal byte for byte.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { compareSites } from '../node/compare-sites.ts';
import { benchBuild, type BuildRun } from './build-run.ts';
import { buildRows, profileRows, sameAsColdRow, unchangedRow, warmShareRow } from './build-rows.ts';
import { writeCorpus } from './generate.ts';
import type { CorpusSize } from './options.ts';
import { addRows, type BenchRecord } from './record.ts';

export interface BuildsContext {
  /** The project the corpus takes its photos and lesson videos from. */
  project: string;
  /** The private copy the builds run in (snapshot.ts). */
  astroProject: string;
  /** The run's own folder: content, output, caches. */
  work: string;
  env: NodeJS.ProcessEnv;
  size: CorpusSize;
  verify: boolean;
}

const sec = (s: number) => `${s.toFixed(1)} s`;

/** Generates the corpus and builds it; returns the content root, the output folder and the cold build. */
export async function runBuilds(
  b: BenchRecord,
  o: BuildsContext,
): Promise<{ root: string; out: string; cold: BuildRun }> {
  const { size } = o;
  const root = path.join(o.work, 'content');
  const t0 = performance.now();
  const corpus = writeCorpus({ root, project: o.project, ...size });
  b.row(
    'corpus',
    'generated',
    `${size.homes} homes, ${size.stories} stories, ${size.courses} courses`,
    `${corpus.files} files in ${sec((performance.now() - t0) / 1000)}, seed ${size.seed}; .md only; ${corpus.photos.length} photos and ${corpus.lessonMedia.length} lesson videos reused`,
  );

  const cacheHome = path.join(o.work, 'cache');
  const buildIn = (out: string, fresh = false) =>
    benchBuild({ cwd: o.astroProject, root, out, cacheHome, env: o.env, ...(fresh ? { fresh } : {}) });

  // Cold: the real `npm run build`, every cache empty (ZGZJ_CACHE_DIR is the run's own).
  const out = path.join(o.work, 'site');
  const cold = await buildIn(out);
  addRows(b, [...buildRows('cold', cold), ...profileRows('cold profile', cold)]);
  const astroStep = cold.steps.find((s) => s.name === 'astro')!;
  b.figures.astroMsPerPage = (astroStep.seconds * 1000) / cold.pages;
  b.figures.coldSeconds = cold.measured.seconds;

  const unchanged = await buildIn(out);
  addRows(b, [unchangedRow(unchanged, cold)]);
  b.figures.unchangedSeconds = unchanged.measured.seconds;

  // Warm, after one home and one story changed, into the same output as `npm run build` does.
  const changed = [
    globSync('homes/**/*.md', { cwd: root }).sort()[0]!,
    globSync('stories/*.md', { cwd: root }).sort()[0]!,
  ];
  for (const rel of changed) {
    const file = path.join(root, rel);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^summary: /m, 'summary: 本页已更新。'));
  }
  const warm = await buildIn(out);
  addRows(b, [...buildRows('warm', warm), ...profileRows('warm profile', warm), warmShareRow(warm, cold, changed)]);
  b.figures.warmSeconds = warm.measured.seconds;
  b.figures.peakMb = Math.max(cold.peakMb, unchanged.peakMb, warm.peakMb);
  b.details['builds'] = { cold: cold.steps, unchanged: unchanged.steps, warm: warm.steps };

  if (o.verify) {
    const check = path.join(o.work, 'site-cold');
    const again = await buildIn(check, true);
    addRows(b, [sameAsColdRow(compareSites(out, check), again.measured.seconds)]);
    rmSync(check, { recursive: true, force: true });
  }
  return { root, out, cold };
}
