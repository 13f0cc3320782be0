#!/usr/bin/env node
/**
 * Benchmarks (issues 10 and 14): generate a corpus and build it with the real
 * build (`scripts/build.ts`) cold, again with nothing changed, and warm after
 * one home and one story changed, each step timed with its peak memory and
 * the Astro step profiled by kind of page; check the warm output against a
 * cold build of the same content, byte for byte; compare with Hugo and
 * headless Chromium, probe search, weigh the sample site's pages and score
 * them with Lighthouse. Prints a table and writes bench/results/<date>-<mode>.{json,md}.
 *   npm run bench [-- --quick] [--homes 10000] [--stories 1000] [--courses 50]
 *     [--seed 1] [--sample DIR] [--lighthouse | --no-lighthouse] [--certificates] [--no-hugo] [--no-verify] [--keep]
 * --quick (CI: 300 homes) skips Lighthouse and the certificate comparison with Chromium unless asked for;
 * --no-verify skips the cold build that the warm output is compared with.
 * bench/README.md explains every figure.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { globSync } from 'tinyglobby';
import { benchBuild } from '../src/lib/bench/build-run.ts';
import { buildRows, profileRows } from '../src/lib/bench/build-rows.ts';
import { writeCorpus } from '../src/lib/bench/generate.ts';
import { hugoBuild, hugoVersion } from '../src/lib/bench/hugo.ts';
import { measure, type Measured } from '../src/lib/bench/measure.ts';
import { MET_LABEL, judgeTargets, markdownTable, textTable, type Figures, type Row } from '../src/lib/bench/report.ts';
import { snapshotProject } from '../src/lib/bench/snapshot.ts';
import { pageWeight } from '../src/lib/bench/weight.ts';
import { compareSites } from '../src/lib/node/compare-sites.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    homes: { type: 'string' },
    stories: { type: 'string' },
    courses: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'as-of': { type: 'string', default: '2026-06-30' },
    sample: { type: 'string' },
    lighthouse: { type: 'boolean' },
    certificates: { type: 'boolean' },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-hugo': { type: 'boolean', default: false },
    'no-verify': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const quick = values.quick;
const size = {
  homes: Number(values.homes ?? (quick ? 300 : 10_000)),
  stories: Number(values.stories ?? (quick ? 50 : 1_000)),
  courses: Number(values.courses ?? (quick ? 5 : 50)),
  seed: Number(values.seed),
  asOf: values['as-of'],
};
const runLighthouse = !values['no-lighthouse'] && (values.lighthouse ?? !quick);
const project = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(os.tmpdir(), 'zgzj-bench-'));
const root = path.join(work, 'content');
const node = process.execPath;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CI: '1' };
const loadStart = os.loadavg().map((x) => Number(x.toFixed(2)));
// Astro builds run in a private copy of the project (snapshot.ts says why).
const astroProject = snapshotProject(project, path.join(work, 'project'));
const rows: Row[] = [];
const figures: Figures = { homes: size.homes };
const details: Record<string, unknown> = {};
const log = (line: string) => console.error(`[bench] ${line}`);
const row = (section: string, item: string, value: string, note?: string) => {
  rows.push({ section, item, value, ...(note ? { note } : {}) });
  log(`${section} · ${item}: ${value}${note ? ` (${note})` : ''}`);
};
const mb = (m: Measured) => `${m.peakTreeMb} MB`;
const sec = (s: number) => `${s.toFixed(1)} s`;

// 1. Corpus.
let t0 = performance.now();
const corpus = writeCorpus({ root, project, ...size });
row(
  'corpus',
  'generated',
  `${size.homes} homes, ${size.stories} stories, ${size.courses} courses`,
  `${corpus.files} files in ${sec((performance.now() - t0) / 1000)}, seed ${size.seed}; .md only; ${corpus.photos.length} photos and ${corpus.lessonMedia.length} lesson videos reused`,
);

const cacheHome = path.join(work, 'cache');
const buildIn = (out: string, fresh = false) =>
  benchBuild({ cwd: astroProject, root, out, cacheHome, env, ...(fresh ? { fresh } : {}) });

// 2. Cold build: the real `npm run build`, every cache empty (ZGZJ_CACHE_DIR is the run's own).
const out = path.join(work, 'site');
const cold = await buildIn(out);
for (const r of [...buildRows('cold', cold), ...profileRows('cold profile', cold)])
  row(r.section, r.item, r.value, r.note);
const astroStep = cold.steps.find((s) => s.name === 'astro')!;
figures.astroMsPerPage = (astroStep.seconds * 1000) / cold.pages;
figures.coldSeconds = cold.measured.seconds;
const peaks = [cold.peakMb];

// 3. The same build again with nothing changed.
const unchanged = await buildIn(out);
row(
  'unchanged',
  'total',
  sec(unchanged.measured.seconds),
  `${((unchanged.measured.seconds / cold.measured.seconds) * 100).toFixed(1)}% of cold; ${unchanged.result === 'unchanged' ? 'content, code and dates unchanged: the last site kept' : 'rebuilt'}; peak ${unchanged.peakMb} MB`,
);
figures.unchangedSeconds = unchanged.measured.seconds;
peaks.push(unchanged.peakMb);

// 4. Warm rebuild after one home and one story changed, into the same output as `npm run build` does.
const changed = [
  globSync('homes/**/*.md', { cwd: root }).sort()[0]!,
  globSync('stories/*.md', { cwd: root }).sort()[0]!,
];
for (const rel of changed) {
  const file = path.join(root, rel);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^summary: /m, 'summary: 本页已更新。'));
}
const warm = await buildIn(out);
for (const r of [...buildRows('warm', warm), ...profileRows('warm profile', warm)])
  row(r.section, r.item, r.value, r.note);
row(
  'warm',
  'what re-ran',
  `${((warm.measured.seconds / cold.measured.seconds) * 100).toFixed(1)}% of cold`,
  `changed ${changed.join(' and ')}: ${warm.profile?.rendered} of ${warm.profile?.pages} pages rendered`,
);
figures.warmSeconds = warm.measured.seconds;
peaks.push(warm.peakMb);
figures.peakMb = Math.max(...peaks);
details['builds'] = { cold: cold.steps, unchanged: unchanged.steps, warm: warm.steps };

// 5. The warm output against a cold build of the same content: every file, byte for byte.
if (!values['no-verify']) {
  const check = path.join(work, 'site-cold');
  const again = await buildIn(check, true);
  const c = compareSites(out, check);
  const same = !c.differ.length && !c.onlyA.length && !c.onlyB.length;
  row(
    'warm',
    'same as a cold build',
    same ? 'identical' : 'DIFFERENT',
    same
      ? `${c.files} files, byte for byte (cold build of the same content in ${sec(again.measured.seconds)})`
      : `${c.differ.length} differ (e.g. ${c.differ.slice(0, 3).join(' ')}), ${c.onlyA.length} only in warm, ${c.onlyB.length} only in cold`,
  );
  rmSync(check, { recursive: true, force: true });
}

// 6. Peers: Hugo on the same home pages.
const hugo = values['no-hugo'] ? undefined : hugoVersion();
if (hugo) {
  const h = await hugoBuild(root, path.join(work, 'hugo'));
  figures.hugoMsPerPage = (h.seconds * 1000) / h.pages;
  row(
    'peers',
    'hugo, the same homes as .md',
    sec(h.seconds),
    `${h.pages} pages, ${figures.hugoMsPerPage.toFixed(2)} ms/page, peak ${mb(h)}; ${hugo.split(' ')[1]}`,
  );
  row(
    'peers',
    'astro / hugo per page',
    `${(figures.astroMsPerPage / figures.hugoMsPerPage).toFixed(1)}x`,
    `astro ${figures.astroMsPerPage.toFixed(2)} ms/page (whole astro build step / its pages)`,
  );
  if (cold.astro.renderSeconds !== undefined)
    row(
      'peers',
      'astro rendering only / hugo',
      `${((cold.astro.renderSeconds * 1000) / cold.pages / figures.hugoMsPerPage).toFixed(1)}x`,
      `astro's "generating static routes" phase: ${((cold.astro.renderSeconds * 1000) / cold.pages).toFixed(2)} ms/page`,
    );
} else
  row('peers', 'hugo', 'skipped', values['no-hugo'] ? '--no-hugo' : 'hugo is not installed (apt-get install -y hugo)');

const certificatePeer = values.certificates ?? !quick;
if (!certificatePeer) {
  row(
    'peers',
    'certificates vs Chromium',
    'skipped',
    '--quick (add --certificates, or run scripts/bench-certificates.ts)',
  );
} else {
  const n = quick ? '24' : '200';
  const c = await measure(node, ['scripts/bench-certificates.ts', '--n', n], { cwd: project, env });
  for (const line of c.output.split('\n').filter((l) => l.startsWith('  ')))
    row('peers', `certificates (${n})`, line.trim());
  const ratio = /吞吐之比[^：]*：([\d.]+) 倍/.exec(c.output)?.[1];
  if (ratio) figures.certificateRatio = Number(ratio);
  if (c.status !== 0) row('peers', 'certificates', 'failed', c.output.trim().split('\n').at(-1));
}

// 7a. Search: a first and a second query (bytes, time), and recall; on the corpus here, on the sample below.
async function searchRows(site: string, label: string, judged: boolean) {
  if (!existsSync(path.join(site, 'pagefind/pagefind.js'))) {
    row('search', `${label} probe`, 'skipped', 'no search index was built');
    return;
  }
  try {
    const { probeSearch } = await import('../src/lib/bench/search-probe.ts');
    const s = await probeSearch(site, '职工书屋', '帮扶困难职工', [
      '娘家人',
      '职工书屋',
      '八有',
      '户外劳动者驿站',
      '工作室',
    ]);
    if (judged) {
      figures.firstSearchBytes = s.first.bytes;
      figures.firstSearchMs = s.first.answerMs;
    }
    row(
      'search',
      `${label} first query “${s.first.query}”`,
      `${(s.first.bytes / 1024).toFixed(0)} KB, answered in ${s.first.answerMs} ms`,
      `${s.first.requests} Pagefind requests; loading Pagefind took ${s.first.loadMs} ms before that; ${s.first.pageMs} ms from navigation; ${s.first.results} results; facet counts ${s.first.facetsMs} ms after the query, ${(s.first.afterBytes / 1024).toFixed(0)} KB more`,
    );
    row(
      'search',
      `${label} second query “${s.second.query}”`,
      `${(s.second.bytes / 1024).toFixed(0)} KB more, answered in ${s.second.answerMs} ms`,
      `${s.second.requests} more Pagefind requests; ${s.second.results} results`,
    );
    const expected = s.recall.reduce((n, r) => n + r.expected, 0);
    const missing = s.recall.reduce((n, r) => n + r.missing.length, 0);
    if (judged) figures.recall = expected ? (expected - missing) / expected : 1;
    for (const r of s.recall)
      row(
        'search',
        `${label} recall “${r.query}”`,
        `${r.expected - r.missing.length}/${r.expected}`,
        r.missing.length ? `missing e.g. ${r.missing.slice(0, 3).join(' ')}` : `${r.found} results`,
      );
  } catch (error) {
    row('search', `${label} probe`, 'failed', (error as Error).message.split('\n')[0]);
  }
}
await searchRows(out, 'corpus:', true);

// 7b. Page weight and Lighthouse on the sample site.
let sample = values.sample ? path.resolve(values.sample) : quick ? path.join(project, 'dist') : undefined;
if (!sample || !existsSync(path.join(sample, 'index.html'))) {
  sample = path.join(work, 'sample-dist');
  t0 = performance.now();
  const b = await measure(node, ['scripts/build.ts', '--out', sample], {
    cwd: project,
    env: { ...env, CONTENT_ROOT: '' },
  });
  if (b.status !== 0) throw new Error(`the sample site did not build:\n${b.output.slice(-3000)}`);
  log(`sample site built in ${sec((performance.now() - t0) / 1000)}`);
}
const first = (pattern: string, strip: RegExp) =>
  globSync(pattern, { cwd: path.join(project, 'content') })
    .sort()[0]
    ?.replace(strip, '');
const pageTypes = [
  { name: 'home page', url: '/' },
  { name: 'homes list', url: '/homes/' },
  { name: 'a home', url: `/homes/${first('homes/**/[^_]*.md', /^.*\/|\.md$/g)}/` },
  { name: 'a lesson', url: `/courses/${first('courses/*/[0-9]*.md', /^courses\/|\.md$/g)}/` },
  { name: 'a story', url: `/stories/${first('stories/[^_]*.md', /^stories\/|\.md$/g)}/` },
  { name: 'search', url: '/search/' },
];
const kb = (n: number) => (n / 1024).toFixed(1);
const weights = [];
for (const p of pageTypes) {
  try {
    const w = pageWeight(sample, p.url);
    weights.push({ ...p, ...w });
    row(
      'weight',
      `${p.name} ${p.url}`,
      `${kb(w.total.gzip)} KB gz / ${kb(w.total.brotli)} KB br`,
      `raw ${kb(w.total.raw)} KB: HTML ${kb(w.html.raw)} (gz ${kb(w.html.gzip)}, br ${kb(w.html.brotli)}), CSS ${kb(w.css.raw)} (gz ${kb(w.css.gzip)}, br ${kb(w.css.brotli)}), JS ${kb(w.js.raw)} (gz ${kb(w.js.gzip)}, br ${kb(w.js.brotli)})`,
    );
  } catch (error) {
    row('weight', p.name, 'failed', (error as Error).message);
  }
}
details['weights'] = weights;
await searchRows(sample, 'sample site:', false);
if (existsSync(path.join(sample, 'pagefind'))) {
  const files = globSync('**/*', { cwd: path.join(sample, 'pagefind') });
  const bytes = files.reduce((n, f) => n + statSync(path.join(sample!, 'pagefind', f)).size, 0);
  row('search', 'sample site: index', `${(bytes / 2 ** 20).toFixed(1)} MB`, `${files.length} files`);
}
if (runLighthouse) {
  try {
    const { lighthouseScores } = await import('../src/lib/bench/lighthouse.ts');
    const scores = await lighthouseScores(sample, pageTypes);
    details['lighthouse'] = scores;
    for (const s of scores)
      row(
        'lighthouse',
        `${s.name} ${s.url}`,
        Object.values(s.scores).join(' / '),
        `performance / accessibility / best practices / SEO; Lighthouse ${s.lighthouse}, mobile, simulated throttling`,
      );
  } catch (error) {
    row('lighthouse', 'run', 'failed', (error as Error).message.split('\n')[0]);
  }
} else row('lighthouse', 'run', 'skipped', quick ? '--quick (add --lighthouse to run it)' : '--no-lighthouse');

// 7c. Web courses (issue 18): save time, script before play, Lighthouse on lesson pages.
const { coursesFigures } = await import('../src/lib/bench/courses-figures.ts');
for (const r of await coursesFigures(sample, { lighthouse: runLighthouse }).catch((error: Error) => [
  { section: 'courses', item: 'run', value: 'failed', note: error.message.split('\n')[0] },
]))
  row(r.section, r.item, r.value, r.note);

// 8. Report.
const targets = judgeTargets(figures);
const meta = {
  date: new Date().toISOString(),
  mode: quick ? 'quick' : 'full',
  cores: os.availableParallelism(),
  cpu: os.cpus()[0]?.model ?? 'unknown',
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  /** Load averages (1, 5, 15 min) at the start and the end: other work on the machine slows every step. */
  loadStart,
  loadEnd: os.loadavg().map((x) => Number(x.toFixed(2))),
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  corpus: size,
};
const table = rows.map((r) => [r.section, r.item, r.value, r.note ?? '']);
const targetRows = targets.map((t) => [t.target, t.measured, MET_LABEL(t.met), t.margin]);
console.log(`\n${textTable(['section', 'item', 'value', 'note'], table)}\n`);
console.log(`${textTable(['target (issues 14 and 10)', 'measured', '', 'margin'], targetRows)}\n`);
const dir = path.join(project, 'bench/results');
mkdirSync(dir, { recursive: true });
const name = `${meta.date.slice(0, 10)}-${meta.mode}`;
writeFileSync(
  path.join(dir, `${name}.json`),
  `${JSON.stringify({ ...meta, rows, figures, targets, details }, null, 2)}\n`,
);
writeFileSync(
  path.join(dir, `${name}.md`),
  `# Benchmark, ${meta.mode} run, ${meta.date.slice(0, 16).replace('T', ' ')} UTC

Machine: ${meta.cores} cores (${meta.cpu}), ${meta.memoryGb} GB memory, Node ${meta.node};
load average ${meta.loadStart.join(' / ')} at the start, ${meta.loadEnd.join(' / ')} at the end.
Command: \`${meta.command}\`. What each figure means: [bench/README.md](../README.md).

## Targets (issue 14; certificates and recall: issue 10)

${markdownTable(['target', 'measured', 'result', 'margin'], targetRows)}

## Figures

${markdownTable(['section', 'item', 'value', 'note'], table)}
`,
);
console.log(`written bench/results/${name}.json and .md`);
// Every cache of the run is under `work` (ZGZJ_CACHE_DIR), the project's own are untouched.
if (!values.keep) rmSync(work, { recursive: true, force: true });
else log(`kept ${work}`);
