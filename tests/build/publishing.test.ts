import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A propaganda editor's path: scaffold a story, change its title, point it
// at a home, build. The story must then be in the list, the feed, the
// sitemap and on its home's page.
const project = path.resolve(import.meta.dirname, '../..');
const run = (args: string[]) =>
  spawnSync(process.execPath, args, {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });

describe('publishing a new story', () => {
  let dir: string;
  let out: string;
  let file: string;
  let built: { status: number | null; output: string };
  const read = (p: string) => readFileSync(path.join(out, p), 'utf8');

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'zgzj-publish-'));
    const content = path.join(dir, 'content');
    out = path.join(dir, 'dist');
    cpSync(path.join(project, 'tests/fixtures/mini'), content, { recursive: true });
    const made = run(['scripts/new.ts', 'story', '职工书屋夜读活动', '--content', content]);
    expect(made.status, made.stderr).toBe(0);
    file = path.join(project, /已新建：(.+)/.exec(made.stdout)![1]!.trim());
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      text
        .replace('title: "职工书屋夜读活动"', 'title: "夜读活动走进职工书屋"')
        .replace('homes: []', 'homes: [test-home]'),
    );
    const b = run(['scripts/build.ts', '--content', content, '--out', out]);
    built = { status: b.status, output: `${b.stdout}${b.stderr}` };
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the file by the title in pinyin and builds without other edits', () => {
    expect(path.basename(file)).toBe('zhi-gong-shu-wu-ye-du-huo-dong.md');
    expect(built.status, built.output).toBe(0);
  });

  it('shows the story in the list, the feed, the sitemap and on its home page', () => {
    const id = 'zhi-gong-shu-wu-ye-du-huo-dong';
    expect(read('stories/index.html')).toContain('夜读活动走进职工书屋');
    expect(read(`stories/${id}/index.html`)).toContain('夜读活动走进职工书屋');
    expect(read('rss.xml')).toContain('<title>夜读活动走进职工书屋</title>');
    expect(read('sitemap.xml')).toContain(`/stories/${id}/</loc>`);
    expect(read('homes/test-home/index.html')).toContain(`/stories/${id}/`);
  });
});
