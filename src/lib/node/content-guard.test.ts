import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFixture, editFile } from '../../../tests/helpers/build.ts';
import { CHECKED_FILES_ENV, validationPassed } from './checked-files.ts';
import { guardCollection } from './content-guard.ts';
import { validateContent } from './validate.ts';
import { ValidationCache } from './validation-cache.ts';

let dir: string;
let root: string;
beforeEach(() => {
  ({ dir, content: root } = copyFixture('zgzj-guard-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const addHandler = () =>
  editFile(
    path.join(root, 'stories/test-story.md'),
    '职工书屋延长开放时间。',
    '职工书屋延长开放时间。\n\n<div onmouseover="steal()">书</div>\n',
  );
/** What the build's validation passes to the guard: the keys of the files it found clean. */
const validated = async () => {
  let keys: string[] = [];
  await validateContent(
    root,
    { cache: new ValidationCache(path.join(dir, 'cache.json'), 'v'), onPassed: (k) => (keys = k) },
    dir,
  );
  return new Set(keys);
};

describe('the content guard in Astro’s loader', () => {
  it('refuses a body that breaks the allow-list, on its own', () => {
    addHandler();
    expect(() => guardCollection(root, 'stories', dir, null)).toThrow(/test-story\.md:\d+:\d+ 不能使用 onmouseover/);
  });

  it('does not pass a file validation found a problem in', async () => {
    const clean = await validated();
    addHandler();
    const after = await validated();
    expect(after.size).toBe(clean.size - 1);
    expect(() => guardCollection(root, 'stories', dir, after)).toThrow(/不能使用 onmouseover/);
  });

  it('checks a file changed since validation passed it', async () => {
    const passed = await validated();
    expect(() => guardCollection(root, 'stories', dir, passed)).not.toThrow();
    addHandler();
    expect(() => guardCollection(root, 'stories', dir, passed)).toThrow(/不能使用 onmouseover/);
  });
});

describe('Astro’s loaders in a build', () => {
  it('wait for the build’s validation to pass before they read content', async () => {
    const file = path.join(dir, 'checked-files.json');
    const saved = process.env[CHECKED_FILES_ENV];
    process.env[CHECKED_FILES_ENV] = file;
    try {
      let passed = false;
      const waiting = validationPassed().then(() => (passed = true));
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(passed).toBe(false);
      writeFileSync(file, '[]');
      await waiting;
      expect(passed).toBe(true);
    } finally {
      if (saved === undefined) delete process.env[CHECKED_FILES_ENV];
      else process.env[CHECKED_FILES_ENV] = saved;
    }
  });
});
