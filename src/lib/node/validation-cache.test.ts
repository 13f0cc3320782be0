import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFixture, editFile } from '../../../tests/helpers/build.ts';
import { validateContent } from './validate.ts';
import { ValidationCache } from './validation-cache.ts';

let dir: string;
let root: string;
beforeEach(() => {
  ({ dir, content: root } = copyFixture('zgzj-vcache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const edit = (rel: string, from: RegExp | string, to: string) => editFile(path.join(root, rel), from, to);
const cache = () => new ValidationCache(path.join(dir, 'cache.json'), 'v');
const validate = (c?: ValidationCache) => validateContent(root, c ? { cache: c } : {}, dir);

describe('the validation cache', () => {
  beforeEach(() => {
    // Problems of every kind: schema, a reference, an award rule (R6), personal information, a syntax error.
    edit('homes/test-home-two.md', /^level: \w+$/m, 'level: excellent');
    edit('stories/test-story.md', /^homes: \[.*\]$/m, 'homes: [test-home, no-such-home]');
    edit('homes/test-home.md', '{ year: 2024, percent: 93 }', '{ year: 2024, percent: 60 }');
    edit('stories/test-story.md', /\n## /, '\n联系电话 13800138000。\n\n## ');
    // An image the body shows that is not there.
    edit('stories/test-story.md', /\n## /, '\n![活动照片](../media/photos/hall.jpg)\n\n## ');
    writeFileSync(path.join(root, 'lectures/broken.md'), '---\ntitle: [未闭合\n---\n正文\n');
  });

  it('finds exactly what a check without it finds, cold, warm and after a change', async () => {
    const plain = await validate();
    expect(plain.problems.length).toBeGreaterThan(4);
    const cold = await validate(cache());
    expect(cold.problems).toEqual(plain.problems);
    const files = cold.files!.checked;
    expect(cold.files).toEqual({ reused: 0, checked: files });
    expect(files).toBeGreaterThan(cold.entries);

    const warm = await validate(cache());
    expect(warm.problems).toEqual(plain.problems);
    expect(warm.files).toEqual({ reused: files, checked: 0 });

    edit('homes/test-home.md', '{ year: 2024, percent: 60 }', '{ year: 2024, percent: 93 }');
    const changed = await validate(cache());
    expect(changed.files).toEqual({ reused: files - 1, checked: 1 });
    expect(changed.problems).toEqual((await validate()).problems);
    expect(changed.problems.length).toBe(plain.problems.length - 1);
  });

  it('runs the award rules over every award each time, cached or not', async () => {
    await validate(cache());
    // An award file unchanged, the home it names changed: R6 must see it.
    edit('homes/test-home.md', '{ year: 2024, percent: 60 }', '{ year: 2024, percent: 61 }');
    const warm = await validate(cache());
    expect(warm.problems.filter((p) => p.rule === 'R6')).toEqual(
      (await validate()).problems.filter((p) => p.rule === 'R6'),
    );
    expect(warm.awards).toBeGreaterThan(0);
  });

  it('starts over when what decides the results changed', async () => {
    await validate(cache());
    const other = new ValidationCache(path.join(dir, 'cache.json'), 'another version');
    expect((await validate(other)).files?.reused).toBe(0);
  });

  it('keeps the images a body shows, and checks every time that they are there', async () => {
    const missing = (r: Awaited<ReturnType<typeof validate>>) =>
      r.problems.filter((p) => p.file.endsWith('test-story.md') && p.message.includes('hall.jpg'));
    const cold = await validate(cache());
    expect(missing(cold)).toHaveLength(1);
    const warm = await validate(cache());
    expect(warm.files?.checked).toBe(0);
    expect(missing(warm)).toEqual(missing(cold));
    copyFileSync(path.join(root, 'media/photos/room.jpg'), path.join(root, 'media/photos/hall.jpg'));
    const added = await validate(cache());
    expect(added.files?.checked).toBe(0);
    expect(missing(added)).toEqual([]);
  });
});
