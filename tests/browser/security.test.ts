import { describe, expect, inject, it } from 'vitest';
import { chromiumForFile } from '../helpers/chromium.ts';
import { startNginx } from '../helpers/nginx.ts';
import { builtPages, onePerType } from '../helpers/pages.ts';

const browser = await chromiumForFile();

describe('Content-Security-Policy and outside requests', () => {
  it('raises no CSP violation and requests nothing from another host on any page type', async () => {
    const base = new URL(inject('baseUrl'));
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const outside: string[] = [];
    context.on('request', (r) => {
      const url = new URL(r.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.host !== base.host) outside.push(r.url());
    });
    const page = await context.newPage();
    const violations: string[] = [];
    const pages = onePerType(builtPages(inject('siteDir')));
    expect(pages.length).toBeGreaterThan(10);
    for (const url of pages) {
      await page.goto(base.origin + url, { waitUntil: 'networkidle' });
      // A lesson's player loads when the learner presses play: press it, so video.js and the media run too.
      if (await page.locator('#lesson-play').count()) {
        await page.locator('#lesson-play').click();
        await page.waitForSelector('#lesson-video.vjs-has-started', { timeout: 20_000 });
        await page.waitForTimeout(1500);
      }
      const found = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
      violations.push(...found.map((v) => `${url}: ${v}`));
    }
    expect(violations).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  }, 300_000);

  it('cannot be framed by another page when served by nginx with the shipped include', async () => {
    const nginx = await startNginx(inject('siteDir'));
    const context = await browser.newContext();
    try {
      // A page of no policy of its own that tries to show the site in a frame.
      const page = await context.newPage();
      await page.setContent(`<iframe src="${nginx.url}/verify/" title="framed"></iframe>`, { waitUntil: 'load' });
      const framed = page.frames().find((f) => f !== page.mainFrame());
      expect(framed).toBeDefined();
      // Chromium puts its own error page in place of a refused frame: none of the site is shown.
      expect(framed!.url()).not.toContain(nginx.url);
      expect(await framed!.locator('h1', { hasText: '证书查验' }).count()).toBe(0);
      // The same page opened directly works.
      const direct = await context.newPage();
      await direct.goto(`${nginx.url}/verify/`);
      await expect(direct.locator('h1').textContent()).resolves.toContain('证书查验');
    } finally {
      await context.close();
      await nginx.stop();
    }
  });
});
