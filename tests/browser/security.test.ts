import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { builtPages, onePerType } from '../helpers/pages.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

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

  it('serves the security headers with every page', async () => {
    const res = await fetch(`${inject('baseUrl')}/`);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toContain('max-age=');
    expect(res.headers.get('referrer-policy')).toBeTruthy();
  });
});
