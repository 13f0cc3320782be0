import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { globSync } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockAstroFolder } from '../../src/lib/node/build-astro.ts';
import { runBuild } from '../../src/lib/node/build.ts';
import { startEditServer, type EditServer } from '../../src/lib/node/edit-server.ts';
import { createStaticServer } from '../../src/lib/node/static-server.ts';
import { validateAll } from '../../src/lib/node/validate.ts';
import { launchChromium } from '../../src/lib/node/chromium.ts';
import { choose, freePort, publish, writeBody } from '../helpers/cms.ts';

// The editor as an editor uses it: `npm run edit` on a copy of a content
// folder, Decap CMS in Chromium, then validation and a real build of what
// it saved. Screenshots illustrate docs/editor-guide.md.
const PROJECT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(PROJECT, 'tests/fixtures/mini');
// The guide's pictures are refreshed with CMS_SCREENSHOTS=1; other runs take them into the test's folder.
const GUIDE_SHOTS = path.join(PROJECT, 'docs/images/editor');

const STORY = {
  id: 'ye-ban-shu-wu-kai-dao-ling-chen',
  title: '夜班书屋开到凌晨',
  body: '## 背景\n\n园区里三班倒的职工下夜班后无处可去。\n\n## 做法\n\n工会把职工书屋开放到凌晨两点，配了夜读灯和热水。\n\n## 成效\n\n半年里夜班职工借书 1200 多册，书屋成了夜班职工最常去的地方。\n\n## 职工评价\n\n一位叉车司机说：“下了夜班能安安静静看会儿书。”',
};
const PHONE_TITLE = '留了手机号的案例';
const PARTIAL_TITLE = '少了成效一节的案例';

let dir: string;
let content: string;
let server: EditServer;
let astroFolder: { release: () => void } | undefined;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const violations: string[] = [];

const stories = () => readdirSync(path.join(content, 'stories')).sort();
const shot = (name: string) =>
  page.screenshot({
    path: path.join(process.env['CMS_SCREENSHOTS'] === '1' ? GUIDE_SHOTS : path.join(dir, 'shots'), name),
  });

async function waitForFile(file: string, timeout = 90_000): Promise<string> {
  const end = Date.now() + timeout;
  while (!existsSync(file)) {
    if (Date.now() > end) throw new Error(`${file} was not written`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return readFileSync(file, 'utf8');
}

/** Opens a view of the editor in a fresh page load, leaving whatever the last test left behind. */
async function open(view: string) {
  await page.goto('about:blank');
  await page.goto(`${server.origin}/admin/#/${view}`);
}

async function newStory(title: string) {
  await open('collections/stories/new');
  await page.getByLabel('标题', { exact: true }).fill(title);
  await page.getByLabel('作者', { exact: true }).fill('示例作者 宣传部');
  await page.getByLabel('日期', { exact: true }).fill('2025-06-01');
  await page.getByLabel('摘要', { exact: true }).fill(`${title}：园区工会的做法。`);
}

beforeAll(async () => {
  // Inside the project, where the dev server watches files (not in a dot folder, which it skips),
  // so that the preview updates on save.
  dir = mkdtempSync(path.join(PROJECT, 'cms-test-'));
  content = path.join(dir, 'content');
  cpSync(FIXTURE, content, { recursive: true });
  copyFileSync(path.join(FIXTURE, 'media/photos/room.jpg'), path.join(dir, 'night-reading.jpg'));
  // The dev server writes the project's .astro folder as builds do: other tests' builds wait while it runs.
  astroFolder = await lockAstroFolder(PROJECT);
  server = await startEditServer({ root: content, port: await freePort(), cwd: PROJECT, quiet: true });
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  context.on('request', (r) => requests.push(r.url()));
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.warn(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  page = await context.newPage();
  // Leaving an entry that was refused asks whether to drop the changes: yes.
  page.on('dialog', (d) => void d.accept());
  page.on('console', (m) => {
    if (m.text().startsWith('CSP violation')) violations.push(m.text());
  });
  await page.goto(`${server.origin}/admin/`);
  await page.getByRole('button', { name: '登录' }).click();
  await page
    .getByRole('link', { name: /典型案例/ })
    .first()
    .waitFor();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  astroFolder?.release();
  rmSync(dir, { recursive: true, force: true });
});

// Each save runs the whole site's validation on the server: generous limits for a busy machine.
describe('the content editor at /admin/ (npm run edit)', { timeout: 240_000 }, () => {
  it('opens in Chinese with every collection', async () => {
    for (const name of [
      '典型案例',
      '职工之家',
      '传习所讲稿',
      '培训课程',
      '课程课时',
      '荣誉名单',
      '娘家人',
      '站点设置',
    ]) {
      await expect(page.getByRole('link', { name: new RegExp(name) }).count()).resolves.toBeGreaterThan(0);
    }
    await shot('collections.png');
  });

  it('creates a story with a photo and two homes; the file lands in content/stories/ as the guide describes', async () => {
    const before = stories();
    await newStory(STORY.title);
    await choose(page, '相关职工之家 (可选)', '钢铁', /测试钢铁公司/);
    await choose(page, '相关职工之家 (可选)', '物流', /测试物流园/);
    await page.getByRole('button', { name: '选择图片' }).click();
    await page.locator('input[type=file]').setInputFiles(path.join(dir, 'night-reading.jpg'));
    await page.getByRole('button', { name: '选用已选中项目' }).click();
    await page
      .getByLabel('替代文字 (可选)', { exact: true })
      .fill('夜里十一点的职工书屋，几名穿工装的职工在书架前看书');
    await writeBody(page, STORY.body);
    await page.getByLabel('标题', { exact: true }).scrollIntoViewIfNeeded();
    await shot('story-form.png');
    await publish(page);
    const text = await waitForFile(path.join(content, 'stories', `${STORY.id}.md`));
    expect(stories()).toEqual([...before, `${STORY.id}.md`].sort());
    expect(text).toBe(
      [
        '---',
        `title: ${STORY.title}`,
        'author: 示例作者 宣传部',
        'date: 2025-06-01',
        'homes: [test-home, test-home-two]',
        `summary: ${STORY.title}：园区工会的做法。`,
        'cover:',
        '  src: ../media/photos/night-reading.jpg',
        '  alt: 夜里十一点的职工书屋，几名穿工装的职工在书架前看书',
        'sample: false',
        '---',
        '',
        STORY.body,
        '',
      ].join('\n'),
    );
    await expect.poll(() => existsSync(path.join(content, 'media/photos/night-reading.jpg'))).toBe(true);
  });

  it('shows the saved story in the local preview of the site', async () => {
    const preview = await context.newPage();
    await expect
      .poll(async () => (await preview.goto(`${server.origin}/stories/${STORY.id}/`))?.status(), { timeout: 90_000 })
      .toBe(200);
    await expect(preview.locator('h1').innerText()).resolves.toContain(STORY.title);
    await preview.close();
  });

  it('adds an honour record to a year’s list, keeping the file’s comments', async () => {
    const file = path.join(content, 'honors/2024.yaml');
    const before = readFileSync(file, 'utf8');
    await open('collections/honors/entries/2024');
    await page.getByRole('button', { name: /新增奖项/ }).click();
    await page.getByLabel('编号', { exact: true }).last().fill('t2024-003');
    await page.getByLabel('证书编号', { exact: true }).last().fill('测工家证〔2024〕003');
    await choose(page, '职工之家 (可选)', '物流', /测试物流园/, 'last');
    await choose(page, '等级', '先进', /先进/, 'last');
    await page.getByLabel('命名单位', { exact: true }).last().fill('济南市总工会');
    await page.getByLabel('命名日期', { exact: true }).last().fill('2024-04-28');
    await shot('honour-form.png');
    // A city federation cannot confer on a home outside its city: the whole-site check says so (R2).
    await publish(page);
    await page.getByText(/保存内容失败.*济南市总工会.*R2，第五条/).waitFor({ timeout: 90_000 });
    await page.waitForTimeout(800);
    await shot('refused-rule.png');
    expect(readFileSync(file, 'utf8')).toBe(before);
    const conferrer = page.getByLabel('命名单位', { exact: true }).last();
    await conferrer.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('山东省总工会');
    await publish(page);
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 90_000 }).toContain('t2024-003');
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith(before.trimEnd())).toBe(true);
    expect(after.slice(before.trimEnd().length)).toBe(
      '\n  - id: t2024-003\n    serial: 测工家证〔2024〕003\n    home: test-home-two\n    level: advanced\n    topTen: false\n    conferrer: 山东省总工会\n    conferredOn: 2024-04-28\n',
    );
  });

  it('refuses a story with a mobile number, saying why in Chinese, and writes nothing', async () => {
    const before = stories();
    await newStory(PHONE_TITLE);
    await writeBody(page, STORY.body.replace('配了夜读灯和热水。', '配了夜读灯和热水，联系人手机 13912345678。'));
    await publish(page);
    const toast = page.getByText(/保存内容失败.*手机号码 139\*\*\*\*5678/);
    await toast.waitFor({ timeout: 90_000 });
    await page.waitForTimeout(800); // the notice slides in: let the picture show it
    await shot('refused-phone.png');
    expect(stories()).toEqual(before);
  });

  it('refuses a story without one of its four sections, at the field, and writes nothing', async () => {
    const before = stories();
    await newStory(PARTIAL_TITLE);
    await writeBody(page, STORY.body.replace(/## 成效\n\n[^\n]+\n\n/, ''));
    await publish(page);
    await page
      .getByText(/正文必须依次包含四个小标题/)
      .first()
      .waitFor();
    await page
      .getByText(/正文必须依次包含四个小标题/)
      .first()
      .scrollIntoViewIfNeeded();
    await shot('refused-section.png');
    expect(stories()).toEqual(before);
  });

  it('made no request outside the site and broke none of its Content-Security-Policy', () => {
    const outside = requests.filter((u) => !u.startsWith(`${server.origin}/`) && !/^(blob|data):/.test(u));
    expect(outside).toEqual([]);
    expect(violations).toEqual([]);
    expect(requests.some((u) => u.endsWith('/admin/decap-cms.js'))).toBe(true);
  });
});

describe('what the editor saved, validated and built', () => {
  let out: string;
  let site: ReturnType<typeof createStaticServer>;
  let origin: string;
  const read = (p: string) => readFileSync(path.join(out, p), 'utf8');

  beforeAll(async () => {
    await server.stop();
    // The build below takes the project's .astro folder itself.
    astroFolder?.release();
    const lines: string[] = [];
    expect(await validateAll(content, { format: 'text', print: (l) => lines.push(l) }), lines.join('\n')).toBe(0);
    out = path.join(dir, 'dist');
    const previous = process.env['CONTENT_ROOT'];
    process.env['CONTENT_ROOT'] = content;
    try {
      const code = await runBuild({ out, cwd: PROJECT, quiet: true, print: (l) => lines.push(l) });
      expect(code, lines.join('\n')).toBe(0);
    } finally {
      if (previous === undefined) delete process.env['CONTENT_ROOT'];
      else process.env['CONTENT_ROOT'] = previous;
    }
    site = createStaticServer(out);
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  }, 300_000);

  afterAll(() => new Promise<void>((resolve) => (site ? site.close(() => resolve()) : resolve())));

  it('shows the story at its URL, on both linked homes and in the RSS feed', () => {
    expect(read(`stories/${STORY.id}/index.html`)).toContain(STORY.title);
    for (const home of ['test-home', 'test-home-two'])
      expect(read(`homes/${home}/index.html`)).toContain(`/stories/${STORY.id}/`);
    expect(read('rss.xml')).toContain(STORY.title);
  });

  it('lists the new honour record on its year’s roll', () => {
    expect(read('honors/2024/index.html').includes('测工家证〔2024〕003')).toBe(true);
  });

  it('finds the story in the site search', async () => {
    const p = await context.newPage();
    await p.goto(`${origin}/search/?q=${encodeURIComponent('夜班书屋')}`);
    await p.waitForFunction(() => {
      const s = document.querySelector('#search-status')?.textContent ?? '';
      return s !== '' && !s.includes('正在搜索');
    });
    const urls = await p
      .locator('#results h3 a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(urls).toContain(`/stories/${STORY.id}/`);
    await p.close();
  });

  it('contains nothing of the refused stories', () => {
    for (const file of globSync('**/*.{html,xml,json}', { cwd: out })) {
      const text = read(file);
      expect(text.includes(PHONE_TITLE) || text.includes(PARTIAL_TITLE) || text.includes('13912345678'), file).toBe(
        false,
      );
    }
  });

  it('ships /admin/ out of the sitemap and the search index, noindex, with its own policy', () => {
    const admin = read('admin/index.html');
    expect(admin).toContain('<meta name="robots" content="noindex">');
    expect(admin).toMatch(
      /http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'unsafe-eval'/,
    );
    expect(read('sitemap.xml')).not.toContain('/admin/');
    expect(globSync('pagefind/**/*', { cwd: out }).length).toBeGreaterThan(0);
    expect(existsSync(path.join(out, 'admin/decap-cms.js'))).toBe(true);
  });
});
