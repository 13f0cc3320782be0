#!/usr/bin/env node
/**
 * Measures the content editor for its design note (src/lib/cms/README.md):
 * what /admin/ downloads (raw, gzip, brotli), the time until the editor
 * shows its collections, and the time from 发布 to the page in the local
 * preview. Works on a copy of a content folder inside the project.
 *   node scripts/cms-figures.ts [--content tests/fixtures/mini] [--runs 3]
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { launchChromium } from '../src/lib/node/chromium.ts';
import { startEditServer } from '../src/lib/node/edit-server.ts';

const { values } = parseArgs({
  options: { content: { type: 'string', default: 'tests/fixtures/mini' }, runs: { type: 'string', default: '3' } },
});
const project = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(project, 'cms-test-'));
const root = path.join(dir, 'content');
cpSync(path.resolve(values.content), root, { recursive: true });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

const server = await startEditServer({ root, port: 4399, cwd: project, quiet: true });
const browser = await launchChromium();
try {
  const opens: number[] = [];
  const bodies = new Map<string, Buffer>();
  for (let i = 0; i < Number(values.runs); i++) {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    page.on('response', (r) => {
      if (r.ok())
        void r.body().then(
          (b) => bodies.set(r.url(), b),
          () => undefined,
        );
    });
    await page.goto(`${server.origin}/admin/`);
    await page.getByRole('button', { name: '登录' }).click();
    const t0 = Date.now();
    await page.goto('about:blank');
    await page.goto(`${server.origin}/admin/#/collections/stories`);
    await page
      .getByRole('link', { name: /典型案例/ })
      .first()
      .waitFor();
    opens.push(Date.now() - t0);
    await context.close();
  }
  let raw = 0;
  let gz = 0;
  let br = 0;
  for (const [url, body] of bodies) {
    if (!url.includes('/admin/')) continue;
    raw += body.length;
    gz += gzipSync(body, { level: 9 }).length;
    br += brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  console.log(`/admin/ 下载：${bodies.size} 个文件，原始 ${kb(raw)}，gzip ${kb(gz)}，brotli ${kb(br)}`);
  console.log(`打开编辑器到显示内容列表：中位数 ${median(opens)} ms（${opens.join('、')} ms）`);

  const saves: number[] = [];
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${server.origin}/admin/`);
  await page.getByRole('button', { name: '登录' }).click();
  for (let i = 0; i < Number(values.runs); i++) {
    const title = `测量保存到预览第${i + 1}篇`;
    await page.goto('about:blank');
    await page.goto(`${server.origin}/admin/#/collections/stories/new`);
    await page.getByLabel('标题', { exact: true }).fill(title);
    await page.getByLabel('作者', { exact: true }).fill('测量');
    await page.getByLabel('日期', { exact: true }).fill('2025-06-01');
    await page.getByLabel('摘要', { exact: true }).fill('测量用。');
    await page.getByLabel('网址（文件名） (可选)', { exact: true }).fill(`measure-${i + 1}`);
    await page.getByRole('button', { name: '发布' }).first().click();
    const t0 = Date.now();
    await page.getByRole('menuitem', { name: '立即发布' }).click();
    const url = `${server.origin}/stories/measure-${i + 1}/`;
    for (;;) {
      const r = await fetch(url).catch(() => undefined);
      if (r?.ok && (await r.text()).includes(title)) break;
      await new Promise((res) => setTimeout(res, 50));
    }
    saves.push(Date.now() - t0);
  }
  console.log(`点“立即发布”到本地预览显示新页面：中位数 ${median(saves)} ms（${saves.join('、')} ms）`);
  const decap = readFileSync(path.join(project, 'node_modules/decap-cms/dist/decap-cms.js'));
  console.log(`decap-cms.js 单文件：原始 ${kb(decap.length)}，gzip ${kb(gzipSync(decap, { level: 9 }).length)}`);
} finally {
  await browser.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
