import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT, copyFixture, editFile } from '../../../tests/helpers/build.ts';
import { formatProblem, type Problem } from '../content/problem.ts';
import { ENTRY_MAX_BYTES, ENTRY_WARN_BYTES } from './checks.ts';
import { validateAll, validateContent } from './validate.ts';

const hostile = path.join(PROJECT, 'tests/fixtures/hostile/files');

let dir: string;
let root: string;
beforeEach(() => {
  ({ dir, content: root } = copyFixture('zgzj-validate-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const file = (rel: string) => path.join(root, rel);
const edit = (rel: string, from: string, to: string) => editFile(file(rel), from, to);
/** Problems as `file:line message`, with paths relative to the content folder. */
async function problems(): Promise<Problem[]> {
  const result = await validateContent(root, {}, dir);
  return result.problems;
}
const lines = (ps: Problem[]) => ps.map((p) => formatProblem(p).split('\n')[0]!);

describe('validating a content folder', () => {
  it('passes the clean fixture', async () => expect(await problems()).toEqual([]));

  it('names a GBK-encoded story as not UTF-8, with its file and line', async () => {
    cpSync(path.join(hostile, 'gbk-story.md'), file('stories/gbk.md'));
    const [p] = await problems();
    expect(formatProblem(p!)).toMatch(
      /^content\/stories\/gbk\.md:2:\d+ 文件不是 UTF-8 编码（看起来是 GBK\/GB18030 编码）/,
    );
  });

  it('names a UTF-16 file', async () => {
    cpSync(path.join(hostile, 'utf16-story.md'), file('stories/utf16.md'));
    expect((await problems())[0]!.message).toContain('UTF-16');
  });

  it('reports a truncated photo and a file that is not an image, at the field that shows them', async () => {
    cpSync(path.join(hostile, 'truncated.jpg'), file('media/photos/cut.jpg'));
    cpSync(path.join(hostile, 'not-an-image.jpg'), file('media/photos/text.jpg'));
    edit('homes/test-home.md', '/media/photos/room.jpg', '/media/photos/cut.jpg');
    edit(
      'stories/test-story.md',
      '职工书屋延长开放时间。',
      '职工书屋延长开放时间。\n\n![书屋](/media/photos/text.jpg)\n',
    );
    const found = lines(await problems());
    expect(found).toEqual([
      expect.stringMatching(
        /^content\/homes\/test-home\.md:\d+:\d+  「photos\[0\]\.src」 图片文件 \.\.\/media\/photos\/cut\.jpg 已损坏或不是图片/,
      ),
      expect.stringMatching(
        /^content\/stories\/test-story\.md:19:1 图片文件 \/media\/photos\/text\.jpg 已损坏或不是图片/,
      ),
    ]);
  });

  it('reports a missing body image and an image from another site', async () => {
    edit(
      'stories/test-story.md',
      '职工书屋延长开放时间。',
      '![书屋](/media/photos/none.jpg)\n\n![外链](https://x.cn/a.jpg)\n',
    );
    expect(lines(await problems())).toEqual([
      expect.stringMatching(/test-story\.md:17:1 找不到图片文件 \/media\/photos\/none\.jpg/),
      expect.stringMatching(/test-story\.md:19:1 图片“https:\/\/x\.cn\/a\.jpg”在其他网站上/),
    ]);
  });

  it('warns about an oversize entry with its size, and refuses one past the limit', async () => {
    const story = readFileSync(file('stories/test-story.md'), 'utf8');
    writeFileSync(
      file('stories/long.md'),
      story.replace('homes: [test-home]', 'homes: []') + '长文。'.repeat(ENTRY_WARN_BYTES / 9 + 10),
    );
    const [warning] = await problems();
    expect(warning).toMatchObject({ file: 'content/stories/long.md', line: 1, severity: 'warning' });
    expect(warning!.message).toMatch(/文件有 \d+ KB，超过建议的 256 KB/);
    expect(await validateAll(root, { format: 'text', print: () => {} })).toBe(0);
    writeFileSync(
      file('stories/long.md'),
      story.replace('homes: [test-home]', 'homes: []') + '长'.repeat(ENTRY_MAX_BYTES / 3 + 10),
    );
    const [error] = await problems();
    expect(error!.severity).toBeUndefined();
    expect(error!.message).toMatch(/超过上限 4096 KB/);
  });

  it('names a character no certificate font has: file, line, field, person, character, code point', async () => {
    writeFileSync(
      file('people/test-chair.yaml'),
      readFileSync(file('people/test-chair.yaml'), 'utf8').replace(/^name: .*$/m, 'name: 王\u{F0001}'),
    );
    const found = lines(await problems());
    expect(found).toEqual([
      expect.stringMatching(
        /^content\/people\/test-chair\.yaml:1:\d+  「name」 字“\u{F0001}”（U\+F0001）在证书字体.*娘家人“王\u{F0001}”（test-chair）/u,
      ),
    ]);
  });

  it('reads site.yaml through the same Chinese, line-located path: no English, no stack trace', async () => {
    edit('site.yaml', 'baseUrl: https://zgzj.example.cn', 'baseUrl: zgzj.example.cn\nshortname: 之家');
    const out: string[] = [];
    expect(await validateAll(root, { format: 'text', print: (l) => out.push(l) })).toBe(1);
    const text = out.join('\n');
    expect(text).toMatch(/site\.yaml:5:10  「baseUrl」 「网址」应为完整网址/);
    expect(text).toMatch(
      /site\.yaml:6:1  「shortname」 无法识别的字段「shortname」。你是不是想写 shortName（站点简称）？/,
    );
    expect(text).not.toMatch(/Invalid|expected|at .*\.ts:\d+/);
  });

  it('scans lesson captions and site settings for personal information', async () => {
    writeFileSync(
      file('media/lessons/intro.zh-CN.vtt'),
      'WEBVTT\n\n00:00.000 --> 00:02.000\n有事打我手机 138 1234 5678\n',
    );
    edit('site.yaml', 'contact: 职工服务热线 12351', 'contact: 联系人手机 +86 159 5317 8888');
    expect(lines(await problems())).toEqual([
      expect.stringMatching(/^content\/media\/lessons\/intro\.zh-CN\.vtt:4:8 疑似手机号码 138\*\*\*\*5678/),
      expect.stringMatching(/^content\/site\.yaml:\d+:\d+ 疑似手机号码 159\*\*\*\*8888/),
    ]);
  });

  it('lists every problem of every kind in one run, root causes before rule checks', async () => {
    cpSync(path.join(hostile, 'gbk-story.md'), file('stories/gbk.md'));
    edit('lectures/test-lecture.md', 'date: 2024-03-01', 'date: 2024-02-30');
    edit(
      'honors/2024.yaml',
      'person: test-chair\n    level: model\n    conferrer: 山东省总工会',
      'person: test-chair\n    level: model\n    conferrer: 青岛市总工会',
    );
    const result = await validateContent(root, {}, dir);
    expect(result.problems.map((p) => [p.file.replace(/^content\//, ''), p.rule])).toEqual([
      ['lectures/test-lecture.md', undefined],
      ['stories/gbk.md', undefined],
      ['honors/2024.yaml', 'R2'],
    ]);
    expect(result.rulesSkipped).toBe(false);
  });
});
