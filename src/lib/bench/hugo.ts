/**
 * The peer: the same home pages, as the same plain Markdown files, built by
 * Hugo with a minimal layout (one list and one single template) — the floor
 * of what a static site generator spends per page (Node only).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { measure, type Measured } from './measure.ts';

/** Hugo's version line, or undefined when Hugo is not installed. */
export function hugoVersion(): string | undefined {
  const r = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

const SINGLE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>
`;
const LIST = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>
`;

/**
 * How many times Hugo builds the homes. One build's time varied from 2.7 to 10.7 s between runs on
 * the 2-core machine of bench/results, the same corpus and version, most of it system time; the
 * ratio to Astro takes the median build, and the row shows the range.
 */
export const HUGO_RUNS = 5;

/**
 * Builds the homes of `contentRoot` with Hugo in `dir` `runs` times, each into an empty folder;
 * returns each build's measurement and the pages written.
 */
export async function hugoBuild(
  contentRoot: string,
  dir: string,
  runs = HUGO_RUNS,
): Promise<{ runs: Measured[]; pages: number }> {
  mkdirSync(path.join(dir, 'layouts/_default'), { recursive: true });
  writeFileSync(
    path.join(dir, 'hugo.toml'),
    'baseURL = "https://zgzj.example.cn/"\nlanguageCode = "zh-CN"\ntitle = "基准"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n',
  );
  writeFileSync(path.join(dir, 'layouts/_default/single.html'), SINGLE);
  writeFileSync(path.join(dir, 'layouts/_default/list.html'), LIST);
  cpSync(path.join(contentRoot, 'homes'), path.join(dir, 'content/homes'), { recursive: true });
  const results: Measured[] = [];
  for (let i = 0; i < runs; i++) {
    rmSync(path.join(dir, 'public'), { recursive: true, force: true });
    results.push(
      await measure('hugo', ['--quiet', '--source', dir, '--destination', path.join(dir, 'public')], { cwd: dir }),
    );
  }
  return { runs: results, pages: globSync('**/*.html', { cwd: path.join(dir, 'public') }).length };
}
