/**
 * Measures the content editor for its design note (src/lib/cms/README.md;
 * Node only): what /admin/ downloads (raw, gzip, brotli), the time until the
 * editor shows its collections, and the time from 发布 to the page in the
 * local preview, in headless Chromium against the editing server.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../node/chromium.ts';
import { startEditServer } from '../node/edit-server.ts';
import { openLines, publishLines, type AdminDownload } from './cms-report.ts';

const gzip = (b: Buffer) => gzipSync(b, { level: 9 }).length;

/** Opens the editor `runs` times in fresh contexts; returns each time to the stories list and what /admin/ sent. */
async function timeOpens(browser: Browser, origin: string, runs: number): Promise<[number[], AdminDownload]> {
  const opens: number[] = [];
  const bodies = new Map<string, Buffer>();
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    page.on('response', (r) => {
      if (r.ok())
        void r.body().then(
          (b) => bodies.set(r.url(), b),
          () => undefined,
        );
    });
    await page.goto(`${origin}/admin/`);
    await page.getByRole('button', { name: '登录' }).click();
    const t0 = Date.now();
    await page.goto('about:blank');
    await page.goto(`${origin}/admin/#/collections/stories`);
    await page
      .getByRole('link', { name: /典型案例/ })
      .first()
      .waitFor();
    opens.push(Date.now() - t0);
    await context.close();
  }
  const admin = [...bodies].filter(([url]) => url.includes('/admin/')).map(([, body]) => body);
  const sum = (f: (b: Buffer) => number) => admin.reduce((n, b) => n + f(b), 0);
  const brotli = (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return [opens, { files: bodies.size, raw: sum((b) => b.length), gzip: sum(gzip), brotli: sum(brotli) }];
}

/** Publishes `runs` new stories; returns each time from 立即发布 to the page in the preview. */
async function timePublishes(browser: Browser, origin: string, runs: number): Promise<number[]> {
  const saves: number[] = [];
  const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  await page.goto(`${origin}/admin/`);
  await page.getByRole('button', { name: '登录' }).click();
  for (let i = 0; i < runs; i++) {
    const title = `测量保存到预览第${i + 1}篇`;
    await page.goto('about:blank');
    await page.goto(`${origin}/admin/#/collections/stories/new`);
    await page.getByLabel('标题', { exact: true }).fill(title);
    await page.getByLabel('作者', { exact: true }).fill('测量');
    await page.getByLabel('日期', { exact: true }).fill('2025-06-01');
    await page.getByLabel('摘要', { exact: true }).fill('测量用。');
    await page.getByLabel('网址（文件名） (可选)', { exact: true }).fill(`measure-${i + 1}`);
    await page.getByRole('button', { name: '发布' }).first().click();
    const t0 = Date.now();
    await page.getByRole('menuitem', { name: '立即发布' }).click();
    const url = `${origin}/stories/measure-${i + 1}/`;
    for (;;) {
      const r = await fetch(url).catch(() => undefined);
      if (r?.ok && (await r.text()).includes(title)) break;
      await new Promise((res) => setTimeout(res, 50));
    }
    saves.push(Date.now() - t0);
  }
  return saves;
}

/**
 * Runs the measurements on a copy of `content` inside `project` (the editing
 * server serves the project); `print` takes each part's lines as it is done.
 */
export async function measureEditor(
  o: { project: string; content: string; runs: number },
  print: (lines: string[]) => void,
): Promise<void> {
  const dir = mkdtempSync(path.join(o.project, 'cms-test-'));
  const root = path.join(dir, 'content');
  cpSync(o.content, root, { recursive: true });
  const server = await startEditServer({ root, port: 4399, cwd: o.project, quiet: true });
  const browser = await launchChromium();
  try {
    const [opens, download] = await timeOpens(browser, server.origin, o.runs);
    print(openLines(download, opens));
    const saves = await timePublishes(browser, server.origin, o.runs);
    const decap = readFileSync(path.join(o.project, 'node_modules/decap-cms/dist/decap-cms.js'));
    print(publishLines(saves, { raw: decap.length, gzip: gzip(decap) }));
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
