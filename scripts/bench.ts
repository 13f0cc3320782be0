#!/usr/bin/env node
/**
 * Benchmarks: generate a corpus, build it cold and warm, index it, draw its
 * certificates, compare with Hugo and headless Chromium where available, and
 * weigh the pages. Prints a table and writes bench/results/<date>-<mode>.{json,md}.
 *   npm run bench [-- --quick] [--homes 10000] [--stories 1000] [--seed 1]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { globSync } from 'tinyglobby';
import { generateCorpus } from '../src/lib/bench/corpus.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    homes: { type: 'string' },
    stories: { type: 'string' },
    seed: { type: 'string', default: '1' },
  },
});
const quick = values.quick;
const homes = Number(values.homes ?? (quick ? 300 : 10_000));
const stories = Number(values.stories ?? (quick ? 50 : 1_000));
const project = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(os.tmpdir(), 'zgzj-bench-'));
const content = path.join(work, 'content');
const rows: { step: string; value: string; note?: string }[] = [];
const row = (step: string, value: string, note?: string) => {
  rows.push({ step, value, ...(note ? { note } : {}) });
  console.log(`${step.padEnd(28)} ${value}${note ? `  (${note})` : ''}`);
};

// 1. Corpus: generated homes, stories and honour rolls, with the sample
// site's settings, policy, courses and media.
const started = Date.now();
for (const part of ['site.yaml', 'policies', 'courses', 'lectures', 'media'])
  cpSync(path.join(project, 'content', part), path.join(content, part), { recursive: true });
for (const [rel, text] of generateCorpus({
  homes,
  stories,
  seed: Number(values.seed),
  photos: {
    home: readdirSync(path.join(content, 'media/photos')).map((f) => `../../media/photos/${f}`),
    story: readdirSync(path.join(content, 'media/photos')).map((f) => `../media/photos/${f}`),
  },
})) {
  mkdirSync(path.dirname(path.join(content, rel)), { recursive: true });
  writeFileSync(path.join(content, rel), text);
}
row(
  'corpus',
  `${homes} homes, ${stories} stories`,
  `generated in ${((Date.now() - started) / 1000).toFixed(1)} s, seed ${values.seed}`,
);

/** Runs the whole build under GNU time; returns step times from its output and the peak RSS. */
function build(out: string) {
  const t0 = Date.now();
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', 'PEAK_KB %M', process.execPath, 'scripts/build.ts', '--content', content, '--out', out],
    {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CI: '1' },
      maxBuffer: 1 << 28,
    },
  );
  const output = `${r.stdout}${r.stderr}`;
  if (r.status !== 0) throw new Error(`build failed:\n${output.slice(-3000)}`);
  const steps = [...output.matchAll(/^([①②③④⑤]) (.+)$/gm)].map((m) => m[2]!.split('：')[0]!.trim());
  const times = [...output.matchAll(/用时 ([\d.]+) 秒/g)].map((m) => Number(m[1]));
  return {
    seconds: (Date.now() - t0) / 1000,
    peakMb: Number(/PEAK_KB (\d+)/.exec(output)?.[1] ?? 0) / 1024,
    steps: steps.map((s, i) => [s, times[i] ?? NaN] as const),
    output,
  };
}

// 2. Cold build (fresh Astro cache for this corpus; certificate cache emptied).
rmSync(path.join(project, 'node_modules/.cache/zgzj-images'), { recursive: true, force: true });
const out = path.join(work, 'dist');
const cold = build(out);
const pages = globSync('**/*.html', { cwd: out }).length;
for (const [name, s] of cold.steps) row(`cold: ${name}`, `${s.toFixed(1)} s`);
row(
  'cold build total',
  `${cold.seconds.toFixed(1)} s`,
  `${pages} pages, ${((cold.seconds * 1000) / pages).toFixed(1)} ms/page, peak ${cold.peakMb.toFixed(0)} MB`,
);

// 3. Warm rebuild after one home changed.
const changed = globSync('homes/**/*.md', { cwd: content }).sort()[0]!;
writeFileSync(
  path.join(content, changed),
  readFileSync(path.join(content, changed), 'utf8').replace('summary: ', 'summary: 已更新。'),
);
const warm = build(out);
for (const [name, s] of warm.steps) row(`warm: ${name}`, `${s.toFixed(1)} s`);
row(
  'warm rebuild total',
  `${warm.seconds.toFixed(1)} s`,
  `${((warm.seconds / cold.seconds) * 100).toFixed(0)}% of cold; ${/证书 \d+ 张[^\n]*/.exec(warm.output)?.[0] ?? ''}`,
);

// 4. Peers: Hugo on the same pages as plain Markdown.
if (spawnSync('hugo', ['version']).status === 0) {
  const hugo = path.join(work, 'hugo');
  mkdirSync(path.join(hugo, 'layouts/_default'), { recursive: true });
  writeFileSync(
    path.join(hugo, 'hugo.toml'),
    'baseURL = "https://example.cn/"\nlanguageCode = "zh-CN"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n',
  );
  writeFileSync(
    path.join(hugo, 'layouts/_default/single.html'),
    '<!doctype html><html lang="zh-CN"><title>{{ .Title }}</title><main><h1>{{ .Title }}</h1>{{ .Content }}</main></html>',
  );
  writeFileSync(
    path.join(hugo, 'layouts/_default/list.html'),
    '<!doctype html><html lang="zh-CN"><title>{{ .Title }}</title><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></html>',
  );
  cpSync(path.join(content, 'homes'), path.join(hugo, 'content/homes'), { recursive: true });
  cpSync(path.join(content, 'stories'), path.join(hugo, 'content/stories'), { recursive: true });
  const t0 = Date.now();
  const r = spawnSync('hugo', ['--quiet', '-s', hugo], { encoding: 'utf8' });
  const s = (Date.now() - t0) / 1000;
  const astroStep = cold.steps.find(([n]) => n.includes('Astro'))?.[1] ?? NaN;
  row(
    'hugo (same pages, .md)',
    r.status === 0 ? `${s.toFixed(1)} s` : 'failed',
    `Astro page generation is ${(astroStep / s).toFixed(1)}x Hugo's time`,
  );
} else row('hugo', 'skipped', "Debian's hugo package is not installed (apt-get install -y hugo)");

// 5. Search index.
const index = path.join(out, 'pagefind');
const files = globSync('**/*', { cwd: index });
const bytes = files.reduce((n, f) => n + statSync(path.join(index, f)).size, 0);
row('search index', `${(bytes / 1024 / 1024).toFixed(1)} MB`, `${files.length} files`);

// 6. Page weight of the sample site's page types (HTML + CSS + JS, gzip).
const sample = path.join(project, 'dist');
const weigh = (url: string) => {
  const file = path.join(sample, url, 'index.html');
  const html = readFileSync(file, 'utf8');
  const assets = [...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]!);
  return gzipSync(html).length + assets.reduce((n, a) => n + gzipSync(readFileSync(path.join(sample, a))).length, 0);
};
try {
  for (const url of [
    '/',
    '/homes/',
    '/homes/jinan-steel-works/',
    '/stories/',
    '/search/',
    '/courses/labour-law/01-labour-contract/',
  ])
    row(`weight ${url}`, `${(weigh(url) / 1024).toFixed(1)} KB gz`);
} catch {
  row('page weight', 'skipped', 'build the sample site first (npm run build)');
}

// 7. Certificates against headless Chromium.
const certs = spawnSync(process.execPath, ['scripts/bench-certificates.ts', '--n', quick ? '24' : '200'], {
  cwd: project,
  encoding: 'utf8',
});
for (const line of certs.stdout.split('\n').filter((l) => /张\/秒|\/s|ratio|比|RSS|MB/i.test(l)))
  row('certificates', line.trim());
row('lighthouse', 'not run', 'the lighthouse package is not installed in this project yet');

const meta = {
  date: new Date().toISOString(),
  mode: quick ? 'quick' : 'full',
  cores: os.availableParallelism(),
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  command: `npm run bench${quick ? ' -- --quick' : ''}`,
};
const dir = path.join(project, 'bench/results');
mkdirSync(dir, { recursive: true });
const name = `${meta.date.slice(0, 10)}-${meta.mode}`;
writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify({ ...meta, rows }, null, 2)}\n`);
writeFileSync(
  path.join(dir, `${name}.md`),
  `# Bench ${meta.mode}, ${meta.date}\n\n${meta.cores} cores, ${meta.memoryGb} GB, Node ${meta.node}. Command: \`${meta.command}\`\n\n| step | value | note |\n| --- | --- | --- |\n${rows.map((r) => `| ${r.step} | ${r.value} | ${r.note ?? ''} |`).join('\n')}\n`,
);
console.log(`\nwritten bench/results/${name}.json and .md`);
rmSync(work, { recursive: true, force: true });
