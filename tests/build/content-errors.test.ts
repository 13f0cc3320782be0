import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockAstroFolder } from '../../src/lib/node/build-astro.ts';
import { PROJECT, buildSite, copyFixture, editFile, runNode } from '../helpers/build.ts';

/** `astro build` alone: no content check before it; like a build's Astro step, it waits for the project's .astro folder. */
async function astroBuild(content: string, out: string) {
  const lock = await lockAstroFolder(PROJECT);
  try {
    return runNode(['node_modules/astro/bin/astro.mjs', 'build'], { CONTENT_ROOT: content, ASTRO_OUT_DIR: out });
  } finally {
    lock.release();
  }
}

/**
 * The small test content copied, built once, broken by `breakIt`, then built again: that build's
 * result, and the home page of the good build, which a failed build must leave alone.
 */
function brokenBuild(prefix: string, breakIt: (content: string) => void) {
  const { dir, content } = copyFixture(prefix);
  const out = path.join(dir, 'dist');
  const good = buildSite(content, out);
  expect(good.code, good.output).toBe(0);
  const before = readFileSync(path.join(out, 'index.html'), 'utf8');
  breakIt(content);
  return { dir, out, before, result: buildSite(content, out) };
}

describe('a build with broken content', () => {
  let built: ReturnType<typeof brokenBuild>;

  beforeAll(() => {
    built = brokenBuild('zgzj-broken-', (content) => {
      const home = path.join(content, 'homes/test-home.md');
      editFile(home, 'level: model', 'level: excellent');
      editFile(home, 'city: jinan', 'city: beijing');
      editFile(path.join(content, 'stories/test-story.md'), 'homes: [test-home]', 'homes: [test-home, no-such-home]');
      editFile(path.join(content, 'lectures/test-lecture.md'), 'date: 2024-03-01', 'date: 2024-02-30');
      cpSync(path.join(content, 'homes/test-home-two.md'), path.join(content, 'stories/test-story.mdx'));
    });
  }, 180_000);

  afterAll(() => rmSync(built.dir, { recursive: true, force: true }));

  it('fails', () => {
    expect(built.result.code).toBe(1);
  });

  it('names each file, line, field and the allowed values, all in one run', () => {
    const lines = built.result.output.split('\n');
    const line = (needle: string) => lines.find((l) => l.includes(needle)) ?? '';
    expect(line('「level」')).toMatch(/homes\/test-home\.md:8:8 .*“excellent”.*qualified（合格）.*model（模范）/);
    expect(line('「city」')).toMatch(/homes\/test-home\.md:5:7 .*“beijing”.*jinan（济南市）/);
    expect(line('no-such-home')).toMatch(/stories\/test-story\.md:7:\d+ .*「homes\[1\]」/);
    expect(line('「date」')).toMatch(/lectures\/test-lecture\.md:5:7 .*这一天不存在/);
    expect(line('重复')).toMatch(/stories\/test-story\.mdx:1:1 .*test-story.*stories\/test-story\.md/);
    expect(built.result.output).toMatch(/内容检查：\d+ 个问题/);
  });

  it('leaves the previous output unchanged', () => {
    expect(readFileSync(path.join(built.out, 'index.html'), 'utf8')).toBe(built.before);
  });
});

describe('a build with code or personal information in content', () => {
  let built: ReturnType<typeof brokenBuild>;

  beforeAll(() => {
    built = brokenBuild('zgzj-guards-', (content) => {
      const story = path.join(content, 'stories/test-story.md');
      editFile(
        story,
        '夜班职工下班后没有去处。',
        '夜班职工下班后没有去处。\n联系人身份证 11010519491231002X，手机 13812345678。\n\n<script>alert(1)</script>',
      );
      writeFileSync(
        path.join(content, 'stories/mdx-story.mdx'),
        readFileSync(story, 'utf8')
          .replace('homes: [test-home]', 'homes: []')
          .replace(/联系人.*\n/, '')
          .replace('<script>alert(1)</script>', 'import X from "./x.js"\n\n共 {1 + 1} 人'),
      );
      editFile(path.join(content, 'homes/test-home.md'), '    alt: 宽敞明亮的职工书屋阅览区\n', '');
    });
  }, 180_000);

  afterAll(() => rmSync(built.dir, { recursive: true, force: true }));

  it('fails naming each file, line and what is wrong, with personal data masked', () => {
    expect(built.result.code).toBe(1);
    const lines = built.result.output.split('\n');
    const line = (needle: string) => lines.find((l) => l.includes(needle)) ?? '';
    expect(line('身份证号码')).toMatch(/stories\/test-story\.md:14:\d+ .*1101\*{10}002X/);
    expect(built.result.output).not.toContain('11010519491231002X');
    expect(line('手机号码')).toMatch(/stories\/test-story\.md:14:\d+ .*138\*{4}5678/);
    expect(line('<script>')).toMatch(/stories\/test-story\.md:16:1 /);
    expect(line('import')).toMatch(/stories\/mdx-story\.mdx:15:1 /);
    expect(line('{…} 表达式')).toMatch(/stories\/mdx-story\.mdx:17:\d+ /);
    expect(line('替代文字')).toMatch(/homes\/test-home\.md:\d+:\d+ .*「photos\[0\]\.alt」/);
  });

  it('leaves the last good output intact', () => {
    expect(readFileSync(path.join(built.out, 'index.html'), 'utf8')).toBe(built.before);
  });
});

describe('astro build itself, when validation is skipped', () => {
  let dir: string;
  let content: string;
  beforeAll(() => {
    ({ dir, content } = copyFixture('zgzj-astro-guard-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses an MDX expression with the validator’s message: nothing an editor writes runs', async () => {
    const story = readFileSync(path.join(content, 'stories/test-story.md'), 'utf8').replace(
      'homes: [test-home]',
      'homes: []',
    );
    writeFileSync(path.join(content, 'stories/evil.mdx'), `${story}\n共 {/* a */ process.env.HOME /* b */} 人\n`);
    const out = path.join(dir, 'dist-mdx');
    const r = await astroBuild(content, out);
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/stories\/evil\.mdx:27:3 正文中不能使用 \{…\} 表达式/);
    expect(r.output).not.toContain(process.env['HOME'] ?? '/root');
    rmSync(path.join(content, 'stories/evil.mdx'));
  }, 180_000);

  it('refuses raw HTML with an event handler in a Markdown story', async () => {
    const file = path.join(content, 'stories/test-story.md');
    editFile(file, '职工书屋延长开放时间。', '职工书屋延长开放时间。\n\n<div\n onmouseover="steal()">书</div>\n');
    const r = await astroBuild(content, path.join(dir, 'dist-md'));
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/stories\/test-story\.md:20:2 不能使用 onmouseover 等事件属性/);
  }, 180_000);
});
