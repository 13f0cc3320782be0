#!/usr/bin/env node
/**
 * Benchmarks (issue 10): generate a corpus, build it cold step by step, build
 * it again after one home changed, compare with Hugo and headless Chromium,
 * probe search, weigh the sample site's pages and score them with Lighthouse.
 * Prints a table and writes bench/results/<date>-<mode>.{json,md}.
 *   npm run bench [-- --quick] [--homes 10000] [--stories 1000] [--courses 50]
 *     [--seed 1] [--sample DIR] [--lighthouse | --no-lighthouse] [--certificates] [--no-hugo] [--keep]
 * --quick (CI: 300 homes) skips Lighthouse and the certificate comparison with Chromium unless asked for.
 * bench/README.md explains every figure.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { globSync } from 'tinyglobby';
import { readAstroLog } from '../src/lib/bench/astro-log.ts';
import { writeCorpus } from '../src/lib/bench/generate.ts';
import { hugoBuild, hugoVersion } from '../src/lib/bench/hugo.ts';
import { measure, type Measured } from '../src/lib/bench/measure.ts';
import { MET_LABEL, judgeTargets, markdownTable, textTable, type Figures, type Row } from '../src/lib/bench/report.ts';
import { RESULT_PREFIX } from '../src/lib/bench/step.ts';
import { snapshotProject } from '../src/lib/bench/snapshot.ts';
import { pageWeight } from '../src/lib/bench/weight.ts';

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

interface BuildRun {
  steps: { name: string; m: Measured; note: string }[];
  seconds: number;
  peakMb: number;
  pages: number;
  astro: ReturnType<typeof readAstroLog>;
}

/** One build, step by step as scripts/build.ts runs them, each in its own measured process. */
async function build(out: string): Promise<BuildRun> {
  const steps: BuildRun['steps'] = [];
  const validate = await measure(node, ['scripts/validate-content.ts', '--content', root], { cwd: project, env });
  if (validate.status !== 0) throw new Error(`the corpus does not validate:\n${validate.output.slice(-3000)}`);
  steps.push({ name: 'validate', m: validate, note: validate.output.trim().split('\n').at(-1) ?? '' });
  const astro = await measure(node, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: astroProject,
    env: { ...env, ASTRO_OUT_DIR: out, CONTENT_ROOT: root },
  });
  if (astro.status !== 0) throw new Error(`astro build failed:\n${astro.output.slice(-3000)}`);
  const alog = readAstroLog(astro.output);
  const pages = globSync('**/*.html', { cwd: out }).length;
  steps.push({
    name: 'astro build',
    m: astro,
    note: `${pages} pages; rendering ${alog.renderSeconds?.toFixed(1)} s; images ${alog.imagesProcessed} processed, ${alog.imagesReused} from cache`,
  });
  for (const [name, args] of [
    ['search index', ['search', out]],
    ['certificates + share images', ['images', out, root, work]],
  ] as const) {
    const m = await measure(node, ['src/lib/bench/step.ts', ...args], { cwd: project, env });
    if (m.status !== 0) throw new Error(`${name} failed:\n${m.output.slice(-3000)}`);
    const result = JSON.parse(
      m.output
        .split('\n')
        .find((l) => l.startsWith(RESULT_PREFIX))!
        .slice(RESULT_PREFIX.length),
    );
    details[`${path.basename(out)} ${name}`] = result;
    steps.push({
      name,
      m,
      note:
        name === 'search index'
          ? `${result.pages} pages indexed, ${result.files} files, ${(result.bytes / 1048576).toFixed(1)} MB`
          : `${result.certificates.total} certificates (${result.certificates.rendered} drawn, ${result.certificates.cached} cached, ${result.certificates.seconds.toFixed(1)} s); share images ${result.shareRendered} drawn, ${result.shareCached} cached`,
    });
  }
  return {
    steps,
    seconds: steps.reduce((n, s) => n + s.m.seconds, 0),
    peakMb: Math.max(...steps.map((s) => s.m.peakTreeMb)),
    pages,
    astro: alog,
  };
}

function report(label: string, run: BuildRun) {
  for (const s of run.steps) row(label, s.name, sec(s.m.seconds), `peak ${mb(s.m)}; ${s.note}`);
  row(
    label,
    'total',
    sec(run.seconds),
    `${run.pages} pages, ${((run.seconds * 1000) / run.pages).toFixed(1)} ms/page, peak ${run.peakMb} MB`,
  );
}

// 2. Cold build: a new content root, so Astro's cache for it and the image cache under `work` are empty.
const out = path.join(work, 'dist-cold');
const cold = await build(out);
report('cold', cold);
const astroStep = cold.steps.find((s) => s.name === 'astro build')!.m;
figures.astroMsPerPage = (astroStep.seconds * 1000) / cold.pages;
figures.coldSeconds = cold.seconds;
figures.peakMb = cold.peakMb;

// 3. Warm rebuild after one home changed, into a fresh folder as scripts/build.ts does.
const changed = globSync('homes/**/*.md', { cwd: root }).sort()[0]!;
const file = path.join(root, changed);
writeFileSync(file, readFileSync(file, 'utf8').replace(/^summary: /m, 'summary: 本页已更新。'));
const outWarm = path.join(work, 'dist-warm');
const warm = await build(outWarm);
report('warm', warm);
const differing = globSync('**/*.html', { cwd: outWarm }).filter(
  (f) => !existsSync(path.join(out, f)) || !readFileSync(path.join(out, f)).equals(readFileSync(path.join(outWarm, f))),
);
row(
  'warm',
  'what re-ran',
  `${((warm.seconds / cold.seconds) * 100).toFixed(0)}% of cold`,
  `changed ${changed}; validation re-read everything; Astro re-rendered all ${warm.astro.pages ?? warm.pages} pages (${differing.length} came out different), content sync ${warm.astro.contentSyncSeconds ?? '?'} s vs ${cold.astro.contentSyncSeconds ?? '?'} s cold, images ${warm.astro.imagesReused} from cache; Pagefind re-indexed every page; certificates and share images from the cache`,
);
figures.warmSeconds = warm.seconds;

// 4. Peers: Hugo on the same home pages.
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

// 5a. Search: a first and a second query (bytes, time), and recall; on the corpus here, on the sample below.
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
      `${s.first.requests} Pagefind requests; loading Pagefind took ${s.first.loadMs} ms before that; ${s.first.pageMs} ms from navigation; ${s.first.results} results`,
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

// 5b. Page weight and Lighthouse on the sample site.
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

// 5c. Web courses (issue 18): save time, script before play, Lighthouse on lesson pages.
const { coursesFigures } = await import('../src/lib/bench/courses-figures.ts');
for (const r of await coursesFigures(sample, { lighthouse: runLighthouse }).catch((error: Error) => [
  { section: 'courses', item: 'run', value: 'failed', note: error.message.split('\n')[0] },
]))
  row(r.section, r.item, r.value, r.note);

// 6. Report.
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
console.log(`${textTable(['target (issue 10)', 'measured', '', 'margin'], targetRows)}\n`);
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

## Targets (issue 10)

${markdownTable(['target', 'measured', 'result', 'margin'], targetRows)}

## Figures

${markdownTable(['section', 'item', 'value', 'note'], table)}
`,
);
console.log(`written bench/results/${name}.json and .md`);
if (!values.keep) {
  rmSync(work, { recursive: true, force: true });
  // Astro's cache for this content root (astro.config.mjs names it by a hash of the root).
  const hash = createHash('sha256').update(root).digest('hex').slice(0, 12);
  rmSync(path.join(project, 'node_modules/.astro', hash), { recursive: true, force: true });
} else log(`kept ${work}`);
